import * as assert from 'assert';
import { generateCorpus } from '../../../bench/generate';
import { createAnalyzer } from '../../../src/engine';

// Analysis time must grow linearly with input size. Asserted by RATIO over a doubling series (time(2n) / time(n)),
// never by absolute time, so a slow or busy machine does not fail it and a fast one does not hide a quadratic
// stage. Each point is the median of a few runs; times under FLOOR_MS are raised to it so noise on tiny inputs
// cannot produce a large ratio. A linear stage doubles (ratio ~2); ≤ 3 leaves room for n log n and noise; a
// quadratic one quadruples.
/** Linear growth allows time(k·n) ≤ SLACK · k · time(n); quadratic growth over an 8× series would be 64×. */
const SLACK = 1.6;
/** Each size is analysed until this much CPU time has accumulated, so small inputs are measured many times. */
const MIN_TOTAL_MS = 150;
const MAX_REPEATS = 7;
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
function timeMs(text: string): number {
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
  return Math.max(best, 1);
}

function assertLinear(make: (n: number) => string, sizes: number[], unit: string): void {
  const points: string[] = [];
  const base = timeMs(make(sizes[0]));
  points.push(`${sizes[0].toLocaleString('en-US')} ${unit}: ${base.toFixed(0)} ms`);
  for (const n of sizes.slice(1)) {
    const ms = timeMs(make(n));
    points.push(`${n.toLocaleString('en-US')} ${unit}: ${ms.toFixed(0)} ms`);
    const allowed = SLACK * (n / sizes[0]);
    assert.ok(ms / base <= allowed, `time grew ${(ms / base).toFixed(1)}× for ${n / sizes[0]}× the input (limit ${allowed.toFixed(1)}×): ${points.join('; ')}`);
    if (ms > STOP_AFTER_MS) break;
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
