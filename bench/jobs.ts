/** One measurement job; the harness runs each in a fresh process so peak memory belongs to that job alone. */
import { readFileSync, writeFileSync } from 'node:fs';
import { generateCorpus, type Article, type Corpus } from './generate';
import { measureEditLatency, type LatencyRun } from './latency';
import { maxRssMb, measureBaselines, measurePipeline, measureReuseIndex, measureStages, STAGES, wordsIn, type BaselineRun, type Stage } from './measure';
import { measureQuality, type Quality } from './quality';

export type JobName = 'generate' | 'stages' | 'pipeline' | 'reuse' | 'baselines' | 'latency';

export interface Rate {
  ms: number;
  wordsPerSec: number;
  articlesPerSec: number;
}

export interface StagesResult {
  articles: number;
  words: number;
  stages: Record<Stage, Rate>;
  total: Rate;
  counts: ReturnType<typeof measureStages>['counts'];
  peakRssMb: number;
  maxRssMb: number;
}

export interface PipelineResult {
  articles: number;
  words: number;
  pipeline: Rate & { indexMs: number; corpusMs: number };
  peakRssMb: number;
  maxRssMb: number;
  quality: Quality;
}

/** The duplicated-passage index alone, as issue 5 states its goal: time, memory and planted-link quality. */
export interface ReuseResult {
  articles: number;
  words: number;
  reuse: Rate & { scanMs: number; linksMs: number };
  peakRssMb: number;
  maxRssMb: number;
  links: number;
  linkRecall: number;
  linkPrecisionOverall: number;
  recallByKind: Quality['recallByKind'];
}

export interface JobOptions {
  seed: number;
  size: number;
  /**
   * The generated corpus as JSON (written by the `generate` job). Read from a file, the corpus costs a job only its
   * text: generating it in the job would leave the generator's freed memory in the job's peak RSS.
   */
  corpusFile?: string;
  /** Words of the long article opened in the editor (latency job). */
  latencyWords?: number;
  edits?: number;
}

const rate = (ms: number, words: number, articles: number): Rate => ({
  ms,
  wordsPerSec: words / (ms / 1000),
  articlesPerSec: articles / (ms / 1000),
});

/** One long article made of several generated ones (another seed), as a reader's open document. */
export function longArticle(seed: number, words: number): string {
  const parts: string[] = [];
  let total = 0;
  const { articles } = generateCorpus({ size: Math.ceil(words / 650) + 1, seed: seed + 1 });
  for (const a of articles) {
    if (total >= words) break;
    parts.push(a.text);
    total += a.words;
  }
  return parts.join('\n');
}

export type JobValue = { corpusFile: string } | StagesResult | PipelineResult | ReuseResult | BaselineRun | LatencyRun;

export function runJob(job: 'generate', options: JobOptions): { corpusFile: string };
export function runJob(job: 'stages', options: JobOptions): StagesResult;
export function runJob(job: 'pipeline', options: JobOptions): PipelineResult;
export function runJob(job: 'reuse', options: JobOptions): ReuseResult;
export function runJob(job: 'baselines', options: JobOptions): BaselineRun;
export function runJob(job: 'latency', options: JobOptions): LatencyRun;
export function runJob(job: JobName, options: JobOptions): JobValue;
export function runJob(job: JobName, options: JobOptions): JobValue {
  if (job === 'generate') {
    writeFileSync(options.corpusFile!, JSON.stringify(generateCorpus({ size: options.size, seed: options.seed })));
    return { corpusFile: options.corpusFile! };
  }
  const corpus: Corpus = options.corpusFile ? JSON.parse(readFileSync(options.corpusFile, 'utf8')) : generateCorpus({ size: options.size, seed: options.seed });
  const articles: Article[] = corpus.articles;
  const words = wordsIn(articles);
  if (job === 'stages') {
    const run = measureStages(articles);
    const stages = Object.fromEntries(STAGES.map((s) => [s, rate(run.ms[s], words, articles.length)])) as Record<Stage, Rate>;
    const totalMs = STAGES.reduce((n, s) => n + run.ms[s], 0);
    return { articles: articles.length, words, stages, total: rate(totalMs, words, articles.length), counts: run.counts, peakRssMb: run.peakRssMb, maxRssMb: maxRssMb() };
  }
  if (job === 'pipeline') {
    const run = measurePipeline(articles);
    const quality = measureQuality(corpus, run.analyzer.corpus.duplicates(), run.analyzer.corpus.conflicts());
    return {
      articles: articles.length,
      words,
      pipeline: { ...rate(run.ms, words, articles.length), indexMs: run.indexMs, corpusMs: run.corpusMs },
      peakRssMb: run.peakRssMb,
      maxRssMb: maxRssMb(),
      quality,
    };
  }
  if (job === 'reuse') {
    const run = measureReuseIndex(articles);
    const quality = measureQuality(corpus, run.links, []);
    return {
      articles: articles.length,
      words,
      reuse: { ...rate(run.ms, words, articles.length), scanMs: run.scanMs, linksMs: run.linksMs },
      peakRssMb: run.peakRssMb,
      maxRssMb: maxRssMb(),
      links: run.links.length,
      linkRecall: quality.linkRecall,
      linkPrecisionOverall: quality.linkPrecisionOverall,
      recallByKind: quality.recallByKind,
    };
  }
  if (job === 'baselines') return measureBaselines(articles);
  return measureEditLatency(articles, longArticle(options.seed, options.latencyWords ?? 20_000), options.edits ?? 30);
}
