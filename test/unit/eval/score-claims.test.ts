import { strict as assert } from 'node:assert';
import { scoreClaims, subjectCorrect, valueCorrect } from '../../eval/score-claims';
import { article, claim, report } from './fixtures';

describe('eval claim scoring', () => {
  it('compares values with a relative tolerance, dates by interval and ranges by both bounds', () => {
    const km = claim('a.txt', '2,000 km', 0);
    assert.ok(valueCorrect(km, { start: 0, end: 8, value: 2000000.0001 }));
    assert.ok(!valueCorrect(km, { start: 0, end: 8, value: 2000 }));
    const date = claim('a.txt', 'mid-2024', 0, { dimension: 'date', interval: ['2024-05-01', '2024-08-31'], value: Date.UTC(2024, 4, 1) });
    assert.ok(valueCorrect(date, { start: 0, end: 8, interval: ['2024-05-01', '2024-08-31'], value: 0 }));
    assert.ok(!valueCorrect(date, { start: 0, end: 8, interval: ['2024-01-01', '2024-12-31'], value: Date.UTC(2024, 4, 1) }));
    const range = claim('a.txt', '1,500–2,000 km', 0, { value: 1500000, low: 1500000, high: 2000000 });
    assert.ok(valueCorrect(range, { start: 0, end: 14, value: 1750000, low: 1500000, high: 2000000 }));
    assert.ok(!valueCorrect(range, { start: 0, end: 14, value: 1500000 }));
  });

  it('accepts a subject given as an entity id whose record names the gold subject', () => {
    const records = new Map([['product:s-400', { id: 'product:s-400', name: 'S-400', aliases: ['S-400 Triumf'] }]]);
    assert.ok(subjectCorrect('S-400 Triumf', 'product:s-400', records));
    assert.ok(subjectCorrect('security treaty', 'Security Treaty', records));
    assert.ok(subjectCorrect('Zürich', 'place:zurich', new Map()), 'unknown ids fall back to their slug');
    assert.ok(!subjectCorrect('Oreshnik', 'product:s-400', records));
  });

  it('scores spans exactly and by overlap, and attributes only on matched claims', () => {
    const gold = [article('a.txt', [], [claim('a.txt', 'up to 2,000 km', 10), claim('a.txt', '500 km', 40, { value: 500000 })])];
    const scores = scoreClaims(
      gold,
      report({
        documents: [
          {
            path: 'a.txt',
            entities: [],
            claims: [
              { start: 16, end: 24, value: 2000000, unit: 'm', subject: 'Oreshnik', attribute: 'range', dimension: 'length' },
              { start: 60, end: 65, value: 12, unit: '', subject: 'x', attribute: 'count', dimension: 'count' },
            ],
          },
        ],
      }),
    );
    assert.equal(scores.exact.tp, 0);
    assert.equal(scores.overlap.tp, 1);
    assert.equal(scores.overlap.predicted, 2);
    assert.equal(scores.overlap.gold, 2);
    assert.deepEqual([scores.value.correct, scores.value.total], [1, 1]);
    assert.equal(scores.qualifier.correct, 1, 'neither side has a qualifier');
    assert.equal(scores.attribute.correct, 1);
  });
});
