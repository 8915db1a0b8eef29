/**
 * Throughput check of the reuse index on synthetic articles (not a unit test; run by hand):
 *   npx tsx test/unit/reuse/measure.ts 1000 10000
 * Articles are random sentences over a Zipf-distributed vocabulary; a tenth of them get an exact copy of a passage
 * from an earlier article, a tenth an edited copy (words changed, inserted, dropped). Prints time, heap and the
 * recall / precision of the planted copies.
 */
import { createReuseIndex, DEFAULT_REUSE_OPTIONS } from '../../../src/engine/reuse/index';
import { scanDocument } from '../../../src/engine/text/scan';
import type { ScannedDocument } from '../../../src/engine/types';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCAB = 30000;
function word(i: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let w = '';
  let n = i + 27;
  while (n > 0) {
    w += letters[n % 26];
    n = Math.floor(n / 26);
  }
  return w;
}
const words = Array.from({ length: VOCAB }, (_, i) => word(i));

function corpus(n: number, seed: number) {
  const r = rng(seed);
  const zipf = () => words[Math.min(VOCAB - 1, Math.floor(Math.exp(r() * Math.log(VOCAB)) - 1))];
  const sentence = () => {
    const len = 12 + Math.floor(r() * 16);
    const ws = Array.from({ length: len }, zipf);
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    return ws.join(' ') + '.';
  };
  const texts: string[] = [];
  const planted: Array<{ from: number; to: number; kind: string }> = [];
  for (let d = 0; d < n; d++) {
    const paragraphs: string[] = [];
    let count = 0;
    while (count < 700) {
      const p = Array.from({ length: 3 }, sentence).join(' ');
      paragraphs.push(p);
      count += p.split(' ').length;
    }
    const roll = r();
    if (d > 0 && roll < 0.2) {
      const from = Math.floor(r() * d);
      const src = texts[from].split('\n')[1].split(' ').slice(0, 60);
      const copy = roll < 0.1 ? src : src.map((w) => (r() < 0.06 ? zipf() : w)).filter(() => r() > 0.03);
      paragraphs.splice(3, 0, copy.join(' '));
      planted.push({ from, to: d, kind: roll < 0.1 ? 'exact' : 'edited' });
    }
    texts.push(paragraphs.join('\n'));
  }
  return { texts, planted };
}

function run(n: number) {
  const { texts, planted } = corpus(n, 42);
  const docs: ScannedDocument[] = texts.map((t, i) => scanDocument(`doc${String(i).padStart(6, '0')}`, t));
  // Typed arrays live outside the V8 heap, so they are counted separately (arrayBuffers).
  const used = () => {
    global.gc?.();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const heap0 = used();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const index = createReuseIndex(DEFAULT_REUSE_OPTIONS);
  for (const d of docs) index.upsert(d);
  const t1 = performance.now();
  const links = index.links();
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const heap = (used() - heap0) / 2 ** 20;
  const found = new Set(links.map((l) => `${l.a.doc}|${l.b.doc}`));
  const expected = new Set(planted.map((p) => `${docs[p.from].id}|${docs[p.to].id}`));
  // Two articles that copied the same source passage are copies of each other too.
  const source = new Map<string, string>();
  const root = (id: string): string => (source.has(id) ? root(source.get(id)!) : id);
  for (const p of planted) source.set(docs[p.to].id, docs[p.from].id);
  let hit = 0;
  for (const e of expected) if (found.has(e)) hit++;
  let good = 0;
  for (const f of found) {
    const [a, b] = f.split('|');
    if (root(a) === root(b)) good++;
  }
  const byKind: Record<string, number> = {};
  for (const l of links) byKind[l.kind] = (byKind[l.kind] ?? 0) + 1;
  const words = docs.reduce((s, d) => s + d.tokens.length, 0);
  console.log(
    `${n} docs, ${(words / 1e6).toFixed(1)}M tokens: upsert ${(t1 - t0).toFixed(0)} ms, links ${(t2 - t1).toFixed(0)} ms, ` +
      `total ${((t2 - t0) / 1000).toFixed(2)} s (cpu ${cpuSeconds.toFixed(2)} s), index memory ${heap.toFixed(0)} MB, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB; ` +
      `planted recall ${(hit / expected.size).toFixed(3)}, precision ${(good / Math.max(1, found.size)).toFixed(3)}, links ${JSON.stringify(byKind)}`,
  );
  return cpuSeconds;
}

const sizes = process.argv.slice(2).map(Number);
const times = sizes.map(run);
if (times.length === 2) console.log(`scaling ratio (cpu time) ${(times[1] / times[0]).toFixed(2)} for ${sizes[1] / sizes[0]}x the articles`);
