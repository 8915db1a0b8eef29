import { strict as assert } from 'node:assert';
import { scoreConflicts } from '../../eval/score-conflicts';
import { claim, report } from './fixtures';

describe('eval conflict scoring', () => {
  const a500 = claim('a.txt', '500 km', 10, { value: 500000 });
  const b2000 = claim('b.txt', '2,000 km', 20);
  const c2000 = claim('c.txt', '1,243 miles', 30);
  const iskander = claim('c.txt', '500 km', 80, { subject: 'Iskander-M', value: 500000 });
  const gold = {
    conflicts: [{ a: a500, b: b2000 }],
    agreements: [{ a: b2000, b: c2000 }],
    traps: [{ a: iskander, b: b2000, why: 'different subjects' }],
  };
  const side = (c: typeof a500) => ({ path: c.file, start: c.start, end: c.end });

  it('matches predicted pairs in either orientation and separates traps and agreements', () => {
    const scores = scoreConflicts(
      gold,
      report({
        conflicts: [
          { a: side(b2000), b: side(a500) },
          { a: side(iskander), b: side(b2000) },
          { a: side(b2000), b: side(c2000) },
          { a: side(a500), b: { path: 'a.txt', start: 0, end: 3 } },
        ],
      }),
    );
    assert.equal(scores.pairs.tp, 1);
    assert.equal(scores.pairs.recall, 1);
    assert.equal(scores.pairs.precision, 0.25);
    assert.equal(scores.trapsReported, 1);
    assert.equal(scores.agreementsReported, 1);
    assert.equal(scores.otherFalse, 1);
    assert.match(scores.trapHits[0].why, /different subjects/);
  });

  it('reports missed conflicts', () => {
    const scores = scoreConflicts(gold, report({}));
    assert.equal(scores.pairs.recall, 0);
    assert.equal(scores.missed.length, 1);
  });
});
