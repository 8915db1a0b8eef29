import { generateCorpus } from '../../../bench/generate';
import { createAnalyzer } from '../../../src/engine';
import { CpuTimer } from '../support/cpuRatio';

// Analysis time must grow linearly with input size, by ratio (see test/unit/support/cpuRatio.ts).
/** Linear growth allows time(k·n) ≤ SLACK · k · time(n); a quadratic stage grows 64× over the 8× series. */
const SLACK = 1.6;
const BASE_FLOOR_MS = 20;
/** A one-line text has longer sentences for the claim windows; beyond this it is doing different, worse work. */
const FLATTENED_SLACK = 3;

function analyse(text: string): void {
  const analyzer = createAnalyzer();
  analyzer.corpus.upsert('input.txt', text);
  analyzer.corpus.entities();
  analyzer.corpus.duplicates();
  analyzer.corpus.conflicts();
}

function assertLinear(make: (n: number) => string, sizes: number[], unit: string): void {
  const timer = new CpuTimer();
  const sized = (n: number): [string, () => void] => {
    const text = make(n);
    return [`${n.toLocaleString('en-US')} ${unit}`, () => analyse(text)];
  };
  const base = sized(sizes[0]);
  for (const n of sizes.slice(1)) timer.assertRatio(base, sized(n), SLACK * (n / sizes[0]), BASE_FLOOR_MS);
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
    new CpuTimer().assertRatio(['with line breaks', () => analyse(text)], ['on one line', () => analyse(flat)], FLATTENED_SLACK, BASE_FLOOR_MS);
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
