import * as assert from 'assert';
import fc from 'fast-check';
import { createAnalyzer } from '../../../src/engine';
import { assertReportSpans } from './invariants';

// 10k cases by default (CI); FUZZ_RUNS=100000 for the longer optional run.
const RUNS = Number(process.env.FUZZ_RUNS ?? 10000);

const NEWS_WORDS = [
  'Putin', 'moscow', 'Belarus’s', "Russia's", 'NATO', 'U.S.', 'Institute', 'for', 'the', 'Study', 'of', 'War', '(ISW)',
  'Oreshnik', 'Su-57', 'Kh-101', 'range', 'of', 'up', 'to', '2,000', 'km', '1,240', 'miles', 'mid-2024', 'March', '14,',
  '2023', 'ten', 'agreements', '$1.3bn', '12%', 'per', 'cent', 'Mach', '10', '–', '|', '---|---|', '\n', '\r\n', '#',
  '- ', '1.', 'Zürich', 'Erdoğan', '😀', '\u0301', '\uD800', '\uDC00', '\u0000', '“', '”', '…', 'between', 'and', '5 000',
];

const newsLike = fc.array(fc.constantFrom(...NEWS_WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  newsLike,
);

function analyze(texts: string[]) {
  const analyzer = createAnalyzer();
  const map = new Map<string, string>();
  texts.forEach((text, i) => {
    map.set(`doc${i}.txt`, text);
    analyzer.corpus.upsert(`doc${i}.txt`, text);
  });
  return { report: analyzer.report(), map };
}

describe('engine under random input (property-based)', function () {
  this.timeout(0);

  it(`never throws, keeps spans in bounds and on UTF-16 boundaries, and is deterministic (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 3 }), (texts) => {
        const first = analyze(texts);
        assertReportSpans(first.report, first.map);
        assert.deepStrictEqual(analyze(texts).report, first.report);
      }),
      { numRuns: RUNS, seed: 20261122 },
    );
  });

  it('survives edits: update and remove leave a consistent index', () => {
    fc.assert(
      fc.property(fc.array(newsLike, { minLength: 2, maxLength: 4 }), newsLike, (texts, replacement) => {
        const analyzer = createAnalyzer();
        texts.forEach((t, i) => analyzer.corpus.upsert(`d${i}`, t));
        analyzer.corpus.upsert('d0', replacement);
        analyzer.corpus.remove('d1');
        const fresh = createAnalyzer();
        fresh.corpus.upsert('d0', replacement);
        texts.slice(2).forEach((t, i) => fresh.corpus.upsert(`d${i + 2}`, t));
        const norm = (r: ReturnType<typeof analyzer.report>) => ({ ...r, documents: [...r.documents].sort((a, b) => a.path.localeCompare(b.path)) });
        assert.deepStrictEqual(norm(analyzer.report()).documents, norm(fresh.report()).documents);
        const conflictKeys = (r: ReturnType<typeof analyzer.report>) =>
          r.conflicts.map((c) => `${c.a.path}:${c.a.start}|${c.b.path}:${c.b.start}|${c.note}`).sort();
        assert.deepStrictEqual(conflictKeys(analyzer.report()), conflictKeys(fresh.report()));
      }),
      { numRuns: Math.max(200, Math.floor(RUNS / 20)), seed: 7 },
    );
  });
});
