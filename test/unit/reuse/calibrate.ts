/**
 * Prints the restatement similarity of hand-written positive and negative pairs (restatements.json), each pair
 * scored inside a background corpus (the development articles and seeds) so that IDF is realistic:
 *   npx tsx test/unit/reuse/calibrate.ts
 * The threshold goes between the weakest positives and the strongest negatives.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scanDocument } from '../../../src/engine/text/scan';
import { SentenceIndex } from '../../../src/engine/reuse/restated';
import { TermDictionary } from '../../../src/engine/reuse/terms';
import { prepareDoc, shingleParams } from '../../../src/engine/reuse/prepare';

const bags = (terms: TermDictionary, id: string, text: string, num: number) => {
  const doc = scanDocument(id, text);
  return terms.sentenceTerms(prepareDoc(doc, num, shingleParams(8)), doc);
};

const root = join(__dirname, '../../..');
const pairs = JSON.parse(readFileSync(join(__dirname, 'restatements.json'), 'utf8')) as Record<'positive' | 'negative', [string, string][]>;
const background = ['seeds', 'test/fixtures/articles'].flatMap((dir) =>
  readdirSync(join(root, dir)).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(root, dir, f), 'utf8')),
);

function score(a: string, b: string): number {
  const terms = new TermDictionary();
  const index = new SentenceIndex(
    { threshold: 0, minContentTerms: 3, minSharedContent: 3, minSharedRatio: 0.4, entityWeight: 0.3, candidateDf: 200, minSharedRare: 2, minSharedUnits: 2 },
    terms,
  );
  background.forEach((text, i) => index.add(i, bags(terms, `bg${i}`, text, i)));
  const [sa] = bags(terms, 'a', a, 1000);
  const [sb] = bags(terms, 'b', b, 1001);
  index.add(1000, [sa]);
  index.add(1001, [sb]);
  return index.similarity(sa, sb);
}

for (const kind of ['positive', 'negative'] as const) {
  const scores = pairs[kind].map(([a, b]) => ({ s: score(a, b), a }));
  scores.sort((p, q) => p.s - q.s);
  console.log(`${kind}: ${scores.map((x) => x.s.toFixed(2)).join(' ')}`);
  if (kind === 'positive') for (const x of scores.slice(0, 5)) console.log(`   weak: ${x.s.toFixed(2)} ${x.a}`);
  else for (const x of scores.slice(-5)) console.log(`   strong: ${x.s.toFixed(2)} ${x.a}`);
}
