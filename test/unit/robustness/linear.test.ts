import * as assert from 'assert';
import { generateCorpus } from '../../../bench/generate';
import { createAnalyzer } from '../../../src/engine';

// Analysis time must grow linearly with input size. Asserted by RATIO over a doubling series (time(2n) / time(n)),
// never by absolute time, so a slow or busy machine does not fail it and a fast one does not hide a quadratic
// stage. Each point is the median of a few runs; times under FLOOR_MS are raised to it so noise on tiny inputs
// cannot produce a large ratio. A linear stage doubles (ratio ~2); ≤ 3 leaves room for n log n and noise; a
// quadratic one quadruples.
const MAX_RATIO = 3;
const FLOOR_MS = 40;
const REPEATS = 3;
// A run slower than this ends the series after its ratio is checked, so a quadratic stage fails fast instead of
// taking minutes at the next size.
const STOP_AFTER_MS = 15_000;

function analyse(text: string): void {
  const analyzer = createAnalyzer();
  analyzer.corpus.upsert('input.txt', text);
  analyzer.corpus.entities();
  analyzer.corpus.duplicates();
  analyzer.corpus.conflicts();
}

function timeMs(text: string): number {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    analyse(text);
    times.push(performance.now() - t0);
    // One run this slow already shows the growth; repeating it would only make CI wait.
    if (times[i] > STOP_AFTER_MS) return times[i];
  }
  return times.sort((a, b) => a - b)[Math.floor(REPEATS / 2)];
}

function assertLinear(make: (n: number) => string, sizes: number[], unit: string): void {
  const points: string[] = [];
  let previous: number | undefined;
  for (const n of sizes) {
    const ms = timeMs(make(n));
    points.push(`${n.toLocaleString('en-US')} ${unit}: ${ms.toFixed(0)} ms`);
    if (previous !== undefined) {
      const ratio = Math.max(ms, FLOOR_MS) / Math.max(previous, FLOOR_MS);
      assert.ok(ratio <= MAX_RATIO, `time grew ${ratio.toFixed(1)}× when the input doubled (limit ${MAX_RATIO}×): ${points.join('; ')}`);
    }
    if (ms > STOP_AFTER_MS) break;
    previous = ms;
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

describe('analysis time grows linearly with input size (ratio per doubling)', function () {
  this.timeout(0);

  // Fails today (see bench/PROFILE.md): the reuse stage links every pair of alike sentences of one long document.
  it('realistic articles as one document: 12.5k → 100k words', () => {
    assertLinear(articles, [12_500, 25_000, 50_000, 100_000], 'words');
  });

  // The shapes below are the hostile inputs of issue 9 at doubling sizes.
  it('one long line of prose without line breaks: 25k → 200k chars', () => {
    assertLinear((n) => articles(n / 5).replace(/\n+/g, ' ').slice(0, n), [25_000, 50_000, 100_000, 200_000], 'chars');
  });

  // Fails today (see bench/PROFILE.md): claims/attach.ts clauseSubject looks back over the whole sentence per figure.
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
