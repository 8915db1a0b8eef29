import * as assert from 'assert';
import { generateCorpus } from '../../../bench/generate';
import { createAnalyzer } from '../../../src/engine';

// Analysis time must grow linearly with input size. Asserted by RATIO to the smallest input, never by absolute
// time, so a slow or busy machine does not fail it and a fast one does not hide a quadratic stage. Noise (JIT,
// garbage collection, other processes) only ever makes a run slower, so each size keeps the fastest CPU time seen
// and a point over the limit is measured again before the test fails. A floor on the base time stops a few
// milliseconds of noise on a tiny input from producing a large ratio; a quadratic stage still shows, because over
// the 8× series it grows 64× against a limit of 12.8×.
/** Linear growth allows time(k·n) ≤ SLACK · k · time(n). */
const SLACK = 1.6;
const BASE_FLOOR_MS = 20;
/** Each measurement runs until this much CPU time has accumulated, so small inputs are measured many times. */
const MIN_TOTAL_MS = 200;
const MAX_REPEATS = 9;
const REMEASURE_ATTEMPTS = 3;
/** A one-line text has longer sentences for the claim windows; beyond this it is doing different, worse work. */
const FLATTENED_SLACK = 3;
const STOP_AFTER_MS = 15_000;

function analyse(text: string): void {
  const analyzer = createAnalyzer();
  analyzer.corpus.upsert('input.txt', text);
  analyzer.corpus.entities();
  analyzer.corpus.duplicates();
  analyzer.corpus.conflicts();
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The fastest of several runs in CPU time: other processes on a shared machine inflate wall time, not CPU time. */
function fastestMs(text: string): number {
  let best = Infinity;
  let total = 0;
  for (let i = 0; i < MAX_REPEATS && (i < 2 || total < MIN_TOTAL_MS); i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = cpuMs();
    analyse(text);
    const ms = cpuMs() - t0;
    total += ms;
    best = Math.min(best, ms);
    if (ms > STOP_AFTER_MS) break;
  }
  return best;
}

function assertLinear(make: (n: number) => string, sizes: number[], unit: string): void {
  const best = new Map<number, number>();
  const measure = (n: number) => {
    const ms = Math.min(best.get(n) ?? Infinity, fastestMs(make(n)));
    best.set(n, ms);
    return ms;
  };
  const describe = () => [...best].map(([n, ms]) => `${n.toLocaleString('en-US')} ${unit}: ${ms.toFixed(0)} ms`).join('; ');
  measure(sizes[0]);
  for (const n of sizes.slice(1)) {
    const allowed = SLACK * (n / sizes[0]);
    let ratio = Infinity;
    for (let attempt = 0; attempt < REMEASURE_ATTEMPTS && ratio > allowed; attempt++) {
      const ms = measure(n);
      if (attempt > 0) measure(sizes[0]);
      ratio = ms / Math.max(best.get(sizes[0])!, BASE_FLOOR_MS);
    }
    assert.ok(ratio <= allowed, `time grew ${ratio.toFixed(1)}× for ${n / sizes[0]}× the input (limit ${allowed.toFixed(1)}×): ${describe()}`);
    if (best.get(n)! > STOP_AFTER_MS) break;
  }
}

const corpus = generateCorpus({ size: 180, seed: 99 });
/** About `words` words of realistic articles, one after another, as one long document. */
function articles(words: number): string {
  const parts: string[] = [];
  let total = 0;
  for (const a of corpus.articles) {
    if (total >= words) break;
    parts.push(a.text);
    total += a.words;
  }
  return parts.join('\n');
}
const repeatTo = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

describe('analysis time grows linearly with input size (by ratio to the smallest input)', function () {
  this.timeout(0);

  it('realistic articles as one document: 12.5k → 100k words', () => {
    assertLinear(articles, [12_500, 25_000, 50_000, 100_000], 'words');
  });

  // The shapes below are the hostile inputs of issue 9 at doubling sizes.
  it('one long line of prose without line breaks: 25k → 200k chars', () => {
    assertLinear((n) => articles(n / 5).replace(/\n+/g, ' ').slice(0, n), [25_000, 50_000, 100_000, 200_000], 'chars');
  });

  // Flattening must not change the cost by much: pipes of the flattened tables once turned the line into a table
  // whose cells held thousands of words each, and every claim re-read its cell (8 s for 25k chars; 50 ms broken).
  it('one long line of prose costs about as much as the same text with its line breaks', () => {
    const text = articles(10_000);
    const flat = text.replace(/\n+/g, ' ');
    let ratio = Infinity;
    for (let attempt = 0; attempt < REMEASURE_ATTEMPTS && ratio > FLATTENED_SLACK; attempt++) {
      ratio = fastestMs(flat) / Math.max(fastestMs(text), BASE_FLOOR_MS);
    }
    assert.ok(ratio <= FLATTENED_SLACK, `the one-line text took ${ratio.toFixed(1)}× as long (limit ${FLATTENED_SLACK}×)`);
  });

  it('one long line of one repeated clause: 25k → 200k chars', () => {
    assertLinear((n) => repeatTo('Putin said the Oreshnik has a range of 2,000 km and ', n), [25_000, 50_000, 100_000, 200_000], 'chars');
  });

  it('repeated digits: 12.5k → 100k chars', () => {
    assertLinear((n) => '9'.repeat(n), [12_500, 25_000, 50_000, 100_000], 'chars');
  });

  it('repeated punctuation: 12.5k → 100k chars', () => {
    assertLinear((n) => '.'.repeat(n), [12_500, 25_000, 50_000, 100_000], 'chars');
  });

  it('NUL-separated names: 12.5k → 100k chars', () => {
    assertLinear((n) => repeatTo('Minsk\u0000Moscow\u0000', n), [12_500, 25_000, 50_000, 100_000], 'chars');
  });

  it('digit groups and number words: 12.5k → 100k chars', () => {
    assertLinear((n) => repeatTo('1,', n) + ' ' + repeatTo('two thousand and ', n / 2), [12_500, 25_000, 50_000, 100_000], 'chars');
  });
});
