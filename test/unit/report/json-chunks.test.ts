import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createAnalyzer } from '../../../src/engine';
import { jsonChunks } from '../../../src/engine/report/json-chunks';

const joined = (value: unknown, depth?: number) => [...jsonChunks(value, depth)].join('');
const expected = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('report: JSON in pieces', () => {
  it('writes exactly what JSON.stringify writes for the seeds report, at every expansion depth', () => {
    const analyzer = createAnalyzer();
    const seeds = join(__dirname, '../../../seeds');
    for (const name of ['000_24c4a358f596b150.txt', '002_abe37b12b1baed6c.txt']) analyzer.corpus.upsert(name, readFileSync(join(seeds, name), 'utf8'));
    const report = analyzer.report();
    assert.ok(report.documents.length === 2 && report.duplicates.length > 0);
    for (const depth of [0, 1, 3, 6]) assert.equal(joined(report, depth), expected(report), `depth ${depth}`);
  });

  it('matches JSON.stringify on any JSON value, and on the values it leaves out or turns into null', () => {
    const withGaps = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        fc.constant(undefined),
        fc.date({ noInvalidDate: true }),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), withGaps), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        assert.equal(joined(value, depth), expected(value));
      }),
      { numRuns: 500 },
    );
  });

  it('gives a list of 200,000 items in pieces of bounded size, none holding the whole', () => {
    const big = { items: Array.from({ length: 200_000 }, (_, k) => ({ k, text: `item ${k}` })) };
    const chunks = [...jsonChunks(big)];
    assert.ok(chunks.length > 50, `${chunks.length} pieces`);
    const longest = Math.max(...chunks.map((c) => c.length));
    assert.ok(longest < 200_000, `longest piece ${longest} characters`);
    assert.equal(chunks.join(''), expected(big));
  });
});
