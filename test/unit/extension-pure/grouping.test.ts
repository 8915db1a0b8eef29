import * as assert from 'assert';
import type { Conflict, DuplicateLink, EntityRecord } from '../../../src/engine/types';
import { clusterLinks, disagreeingValues, groupConflicts, matchesFilter, sortEntities } from '../../../src/extension/trees/grouping';
import { claim, km } from '../conflicts/fixtures';

const entity = (name: string, mentions: number, aliases: string[] = []): EntityRecord => ({ id: `person:${name}`, name, type: 'person', aliases, mentions });
const conflict = (a: ReturnType<typeof km>, b: ReturnType<typeof km>): Conflict => ({
  subject: a.claim.subject,
  attribute: a.claim.attribute,
  dimension: a.claim.dimension,
  note: `${a.claim.text} vs ${b.claim.text}`,
  a,
  b,
});

describe('view grouping', () => {
  it('sorts entities by mentions (ties by name) or by name', () => {
    const list = [entity('Zelensky', 3), entity('Putin', 9), entity('Austin', 3)];
    assert.deepStrictEqual(sortEntities(list, 'mentions').map((e) => e.name), ['Putin', 'Austin', 'Zelensky']);
    assert.deepStrictEqual(sortEntities(list, 'name').map((e) => e.name), ['Austin', 'Putin', 'Zelensky']);
    assert.deepStrictEqual(list.map((e) => e.name), ['Zelensky', 'Putin', 'Austin'], 'the input is not reordered');
  });

  it('filters by name or alias, case-insensitively', () => {
    const putin = entity('Vladimir Putin', 5, ['Putin', 'the Kremlin leader']);
    assert.ok(matchesFilter(putin, 'vladimir'));
    assert.ok(matchesFilter(putin, 'KREMLIN'));
    assert.ok(matchesFilter(putin, ''));
    assert.ok(!matchesFilter(putin, 'biden'));
  });

  it('groups conflicts by subject then attribute, and lists each disagreeing figure once', () => {
    const a = km('a.md', 500, { start: 10 });
    const b = km('b.md', 2000, { start: 20 });
    const c = km('c.md', 1000, { start: 30 });
    const speed = claim('a.md', { dimension: 'speed', value: 3000, attribute: 'speed', start: 40 });
    const speedB = claim('b.md', { dimension: 'speed', value: 1000, attribute: 'speed', start: 50 });
    const other = km('d.md', 10, { subject: 'product:kh-101', start: 60 });
    const otherB = km('e.md', 90, { subject: 'product:kh-101', start: 70 });
    const conflicts = [conflict(a, b), conflict(a, c), conflict(speed, speedB), conflict(other, otherB)];
    const grouped = groupConflicts(conflicts);
    assert.deepStrictEqual([...grouped.keys()], ['product:oreshnik', 'product:kh-101']);
    assert.deepStrictEqual([...grouped.get('product:oreshnik')!.keys()], ['range', 'speed']);
    const values = disagreeingValues(grouped.get('product:oreshnik')!.get('range')!);
    assert.deepStrictEqual(values.map((v) => v.ref.claim.text), ['500 km', '1000 km', '2000 km']);
    assert.strictEqual(values[0].conflicts.length, 2, '500 km takes part in both conflicts');
  });

  it('clusters duplicate links and keeps each passage once, largest cluster first', () => {
    const link = (cluster: string, a: [string, number], b: [string, number], kind: DuplicateLink['kind'] = 'exact', similarity = 1): DuplicateLink => ({
      kind,
      similarity,
      cluster,
      a: { doc: a[0], start: a[1], end: a[1] + 50 },
      b: { doc: b[0], start: b[1], end: b[1] + 50 },
    });
    const clusters = clusterLinks([
      link('c1', ['x.md', 0], ['y.md', 10]),
      link('c2', ['p.md', 0], ['q.md', 0], 'edited', 0.9),
      link('c2', ['p.md', 0], ['r.md', 5], 'restated', 0.7),
      link('c2', ['q.md', 0], ['r.md', 5], 'edited', 0.8),
    ]);
    assert.deepStrictEqual(clusters.map((c) => c.id), ['c2', 'c1']);
    assert.deepStrictEqual(clusters[0].copies.map((p) => p.doc), ['p.md', 'q.md', 'r.md']);
    assert.deepStrictEqual(clusters[0].kinds, ['edited', 'restated']);
    assert.strictEqual(clusters[0].similarity, 0.7);
  });
});
