// Writes a generated corpus in a worker thread: generating 10k articles takes seconds of CPU and hundreds of MB,
// which must not block or bloat the extension host whose responsiveness the load test measures.
import * as fs from 'fs';
import * as path from 'path';
import { parentPort, workerData } from 'worker_threads';
import { generateCorpus } from '../../../bench/generate';

/** What the load test passes in `workerData`. */
export interface LoadCorpusRequest {
  folder: string;
  size: number;
  wordsPerArticle: number;
}

/** What the worker posts back once every file is written. */
export interface LoadCorpusResult {
  files: number;
  words: number;
}

async function main(): Promise<void> {
  const { folder, size, wordsPerArticle } = workerData as LoadCorpusRequest;
  const corpus = generateCorpus({ size, wordsPerArticle });
  fs.mkdirSync(folder, { recursive: true });
  for (let i = 0; i < corpus.articles.length; i += 200) {
    await Promise.all(corpus.articles.slice(i, i + 200).map((a) => fs.promises.writeFile(path.join(folder, a.id), a.text)));
  }
  const result: LoadCorpusResult = { files: corpus.articles.length, words: corpus.words };
  parentPort!.postMessage(result);
}

// A rejection is unhandled and ends the worker with an 'error' event, which fails the test's setup.
void main();
