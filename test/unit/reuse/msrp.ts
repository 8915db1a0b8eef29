/**
 * Scores duplicate links on the Microsoft Research Paraphrase Corpus (news sentence pairs labelled paraphrase 1/0):
 *   npx tsx test/unit/reuse/msrp.ts .cache/msrp/msr_paraphrase_train.txt [--thresholds 0.4,0.45,0.5] [--batch 400]
 * The corpus is third-party data: keep it under the git-ignored .cache/ (TSV: Quality, #1 ID, #2 ID, #1 String,
 * #2 String). Each pair puts sentence 1 in one document and sentence 2 in another. Pairs are indexed in batches so
 * that IDF is that of news text; a batch never holds one MSRP sentence twice (MSRP reuses sentences across pairs,
 * which would be exact copies). A pair counts as linked when any link joins its two documents; a link between
 * documents of two different pairs is counted as false ("cross"), since those pairs are other sentences about
 * the same kind of event. See test/unit/reuse/README.md for the numbers.
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../../src/engine';

interface Pair {
  label: number;
  ids: [string, string];
  texts: [string, string];
}

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const thresholds = flag('--thresholds', '0.45').split(',').map(Number);
const batchSize = Number(flag('--batch', '400'));

const pairs: Pair[] = readFileSync(args[0], 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [quality, id1, id2, s1, s2] = line.split('\t');
    return { label: Number(quality), ids: [id1, id2], texts: [s1, s2] };
  });

const batches: number[][] = [];
const batchIds: Array<Set<string>> = [];
pairs.forEach((p, i) => {
  let b = batches.findIndex((batch, k) => batch.length < batchSize && !p.ids.some((id) => batchIds[k].has(id)));
  if (b < 0) b = batches.push([]) - 1, batchIds.push(new Set());
  batches[b].push(i);
  p.ids.forEach((id) => batchIds[b].add(id));
});

const RANK: Record<string, number> = { exact: 3, edited: 2, restated: 1 };
const pct = (x: number) => (100 * x).toFixed(1);
const positives = pairs.filter((p) => p.label === 1).length;
console.log(`${pairs.length} pairs (${positives} paraphrases), ${batches.length} batches`);
for (const threshold of thresholds) {
  const linked = new Map<number, string>();
  let cross = 0;
  for (const batch of batches) {
    const analyzer = createAnalyzer({ reuse: { restatedThreshold: threshold } });
    for (const i of batch) pairs[i].texts.forEach((text, side) => analyzer.corpus.upsert(`p${i}-${side}.txt`, text));
    for (const link of analyzer.corpus.duplicates()) {
      const pa = link.a.doc.split('-')[0], pb = link.b.doc.split('-')[0];
      if (pa !== pb) cross++;
      else if (link.a.doc !== link.b.doc) {
        const i = Number(pa.slice(1));
        if (!linked.has(i) || RANK[link.kind] > RANK[linked.get(i)!]) linked.set(i, link.kind);
      }
    }
  }
  const rows = ['all', 'exact', 'edited', 'restated'].map((kind) => {
    let tp = 0, fp = 0;
    for (const [i, k] of linked) if (kind === 'all' || k === kind) pairs[i].label === 1 ? tp++ : fp++;
    const p = tp + fp > 0 ? tp / (tp + fp) : 1, r = tp / positives;
    return `${kind} ${tp + fp} P ${pct(p)} R ${pct(r)} F1 ${pct(p + r > 0 ? (2 * p * r) / (p + r) : 0)}`;
  });
  const right = [...linked].filter(([i]) => pairs[i].label === 1).length;
  console.log(`threshold ${threshold}: ${rows.join(' | ')} | cross-pair links ${cross}, P counting them ${pct(right / Math.max(1, linked.size + cross))}`);
}
