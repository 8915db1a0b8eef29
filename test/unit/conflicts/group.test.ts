import * as assert from 'assert';
import { DEFAULT_CONFLICT_OPTIONS, groupClaims } from '../../../src/engine/conflicts/index';
import type { ClaimRef } from '../../../src/engine/types';
import { claim, count, date, km, miles, names } from './fixtures';

const group = (refs: ClaimRef[], options = DEFAULT_CONFLICT_OPTIONS) => groupClaims(refs, options, names);
const conflictsOf = (refs: ClaimRef[], options = DEFAULT_CONFLICT_OPTIONS) => group(refs, options).flatMap((g) => g.conflicts);

describe('groupClaims', () => {
  it('finds the seed-style conflict: "up to 500 km" in one article, 2,000 km in another', () => {
    const a = km('table.md', 500, { qualifier: 'at-most' });
    const b = km('report.md', 2000);
    const c = miles('wire.txt', 1243);
    const groups = group([a, b, c]);
    assert.strictEqual(groups.length, 1);
    assert.strictEqual(groups[0].claims.length, 3);
    const pairs = groups[0].conflicts.map((x) => [x.a.doc, x.b.doc].sort().join('/')).sort();
    assert.deepStrictEqual(pairs, ['report.md/table.md', 'table.md/wire.txt']);
    assert.strictEqual(groups[0].conflicts[0].attribute, 'range');
    assert.strictEqual(groups[0].conflicts[0].subject, 'product:oreshnik');
  });

  it('folds case, articles and plural forms of one attribute into one group, but not near-synonyms', () => {
    const groups = group([km('a', 500, { attribute: 'range' }), km('b', 2000, { attribute: 'The Range' }), km('c', 2000, { attribute: 'ranges' })]);
    assert.strictEqual(groups.length, 1);
    assert.strictEqual(groups[0].attribute, 'range');
    assert.strictEqual(groups[0].conflicts.length, 2);
    const apart = group([km('a', 400, { attribute: 'engagement range' }), km('b', 600, { attribute: 'detection range' })]);
    assert.strictEqual(apart.length, 2);
  });

  it('never compares two figures whose subject the claims stage could not find', () => {
    const unknown = [km('a', 500, { subject: 'unknown' }), km('b', 2000, { subject: 'unknown' })];
    assert.deepStrictEqual(conflictsOf(unknown), []);
    assert.strictEqual(conflictsOf([km('a', 500), km('b', 2000)]).length, 1, 'the same figures about one named subject do conflict');
  });

  it('puts Mach and km/h figures about one speed in one group', () => {
    const groups = group([
      claim('a', { dimension: 'mach', value: 10, unit: 'Mach', attribute: 'speed' }),
      claim('b', { dimension: 'speed', value: 2000 / 3.6, unit: 'm/s', attribute: 'speed' }),
    ]);
    assert.strictEqual(groups.length, 1);
    assert.strictEqual(groups[0].dimension, 'speed');
    assert.strictEqual(groups[0].conflicts.length, 1);
  });

  describe('never compares', () => {
    it('different subjects with the same attribute and a similar figure', () => {
      const refs = [km('a', 500, { subject: 'product:oreshnik' }), km('b', 2000, { subject: 'product:iskander' })];
      assert.strictEqual(group(refs).length, 2);
      assert.deepStrictEqual(conflictsOf(refs), []);
    });

    it('different attributes of one subject: a harvest target against the harvest, planned against actual', () => {
      const tonnes = (doc: string, n: number, attribute: string) =>
        claim(doc, { dimension: 'mass', value: n * 1000, unit: 'kg', subject: 'place:ukraine', attribute });
      assert.deepStrictEqual(conflictsOf([tonnes('a', 60e6, 'grain harvest target'), tonnes('b', 45e6, 'grain harvest')]), []);
      const troops = (doc: string, n: number, attribute: string) => count(doc, n, 'troops', { attribute });
      assert.deepStrictEqual(conflictsOf([troops('a', 4000, 'planned troops'), troops('b', 2500, 'troops')]), []);
    });

    it('counts of different things', () => {
      const refs = [count('a', 800, 'servicemen', { attribute: 'troops' }), count('b', 4000, 'soldiers', { attribute: 'troops' })];
      assert.deepStrictEqual(conflictsOf(refs), []);
    });

    it('troops in one exercise against troops in another', () => {
      const refs = [count('a', 4000, 'troops', { subject: 'event:zapad-2021' }), count('b', 12000, 'troops', { subject: 'event:vostok-2022' })];
      assert.deepStrictEqual(conflictsOf(refs), []);
    });

    it('one document against itself, unless asked', () => {
      const refs = [km('same.md', 500, { start: 10 }), km('same.md', 2000, { start: 900 })];
      assert.deepStrictEqual(conflictsOf(refs), []);
      assert.strictEqual(conflictsOf(refs, { ...DEFAULT_CONFLICT_OPTIONS, sameDocument: true }).length, 1);
    });

    it('claims about a vague, unresolved subject', () => {
      for (const subject of ['it', '', 'they', 'the other', 'this one']) {
        const refs = [km('a', 500, { subject }), km('b', 2000, { subject })];
        assert.deepStrictEqual(conflictsOf(refs), [], `subject ${JSON.stringify(subject)}`);
      }
      assert.strictEqual(conflictsOf([km('a', 500, { subject: 'the missile' }), km('b', 2000, { subject: 'missile' })]).length, 1);
    });

    it('claims with no attribute or one that only names the kind of figure', () => {
      assert.deepStrictEqual(conflictsOf([km('a', 500, { attribute: '' }), km('b', 2000, { attribute: '' })]), []);
      const incidental = [date('a', '2025-01-01', '2025-12-31', { attribute: 'date' }), date('b', '2026-01-01', '2026-12-31', { attribute: 'Date' })];
      assert.deepStrictEqual(group(incidental), []);
    });
  });

  it('reports every cross-document pair of a small group, once, with the earlier document as "this"', () => {
    const refs = [
      count('b.md', 10, 'agreements'),
      count('a.md', 12, 'agreements'),
      count('c.md', 10, 'agreements'),
      count('a.md', 12, 'agreements'),
    ];
    refs[3] = { doc: 'a.md', claim: { ...refs[1].claim } }; // the same claim twice in the input
    const conflicts = conflictsOf(refs);
    assert.deepStrictEqual(
      conflicts.map((c) => `${c.a.doc}:${c.a.claim.value}-${c.b.doc}:${c.b.claim.value}`),
      ['a.md:12-b.md:10', 'a.md:12-c.md:10'],
    );
  });

  it('stays near-linear: 50,000 claims in 5,000 groups', () => {
    const refs: ClaimRef[] = [];
    for (let g = 0; g < 5000; g++) {
      for (let i = 0; i < 10; i++) {
        // Two figures per group, alternating across ten documents: 25 conflicting pairs per group.
        refs.push(km(`doc${i}`, i % 2 === 0 ? 500 : 2000, { subject: `product:system-${g}`, start: g * 10 + i }));
      }
    }
    const groups = group(refs);
    assert.strictEqual(groups.length, 5000);
    assert.strictEqual(groups.reduce((n, g) => n + g.claims.length, 0), 50_000);
    assert.strictEqual(groups.reduce((n, g) => n + g.conflicts.length, 0), 5000 * 25);
  });

  it('compacts a huge group to one conflict per claim and disagreeing figure', () => {
    const refs: ClaimRef[] = [];
    for (let i = 0; i < 200; i++) refs.push(km(`doc${i}`, i < 100 ? 500 : 2000, { start: 1 }));
    const groups = group(refs);
    assert.strictEqual(groups.length, 1);
    const conflicts = groups[0].conflicts;
    assert.ok(conflicts.length <= 200, `${conflicts.length} conflicts`);
    const involved = new Set(conflicts.flatMap((c) => [c.a.doc, c.b.doc]));
    assert.strictEqual(involved.size, 200);
    for (const c of conflicts) assert.notStrictEqual(c.a.claim.value, c.b.claim.value);
  });

  it('keeps agreeing figures in the value group', () => {
    const groups = group([date('a', '2023-03-14', '2023-03-14'), date('b', '2023-03-14', '2023-03-14'), date('c', '2023-03-15', '2023-03-15')]);
    assert.strictEqual(groups.length, 1);
    assert.strictEqual(groups[0].claims.length, 3);
    assert.strictEqual(groups[0].conflicts.length, 2);
  });
});
