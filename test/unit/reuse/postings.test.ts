import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Postings } from '../../../src/engine/reuse/postings';

/** The behaviour the typed-array table must keep: a plain map of lists, capped, with overflow counts. */
class ModelPostings {
  private readonly lists = new Map<number, number[]>();
  private readonly extra = new Map<number, number>();
  constructor(private readonly cap: number) {}
  add(key: number, doc: number, pos: number): void {
    const list = this.lists.get(key) ?? [];
    if (list.length < this.cap) this.lists.set(key, [...list, Postings.pack(doc, pos)]);
    else this.extra.set(key, (this.extra.get(key) ?? 0) + 1);
  }
  remove(key: number, doc: number): void {
    const list = this.lists.get(key) ?? [];
    const at = list.findIndex((p) => Postings.doc(p) === doc);
    if (at >= 0) {
      const rest = list.filter((_, i) => i !== at);
      if (rest.length) this.lists.set(key, rest);
      else this.lists.delete(key);
    } else if (this.extra.has(key)) {
      const n = this.extra.get(key)! - 1;
      if (n) this.extra.set(key, n);
      else this.extra.delete(key);
    }
  }
  listed(key: number): number[] {
    return this.lists.get(key) ?? [];
  }
  count(key: number): number {
    return this.listed(key).length + (this.extra.get(key) ?? 0);
  }
  get size(): number {
    return this.lists.size;
  }
}

const listedOf = (p: Postings, key: number): number[] => {
  const got = p.get(key);
  return got === undefined ? [] : typeof got === 'number' ? [got] : [...got];
};

describe('reuse postings table', () => {
  it('answers like a map of capped lists through growth, removals and reuse of freed slots', () => {
    // Few distinct low bits make long probe runs; thousands of keys force several doublings.
    const key = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 0x3fffffff }), fc.integer({ min: 0, max: 8 }).map((k) => k * 1024));
    const op = fc.record({ add: fc.boolean(), key, doc: fc.integer({ min: 0, max: 6000 }), pos: fc.integer({ min: 0, max: 5000 }) });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1500, maxLength: 3000 }), (ops) => {
        const real = new Postings(3);
        const model = new ModelPostings(3);
        const added: Array<[number, number]> = [];
        for (const o of ops) {
          if (o.add || added.length === 0) {
            real.add(o.key, o.doc, o.pos);
            model.add(o.key, o.doc, o.pos);
            added.push([o.key, o.doc]);
          } else {
            // Removals name an occurrence that was added, as the index does.
            const [k, d] = added.splice(o.pos % added.length, 1)[0];
            real.remove(k, d);
            model.remove(k, d);
          }
        }
        assert.equal(real.size, model.size);
        for (const [k] of added) {
          assert.deepEqual(listedOf(real, k), model.listed(k));
          assert.equal(real.count(k), model.count(k));
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('forgets every key once all its postings are removed, and finds keys added after', () => {
    const postings = new Postings(4);
    for (let k = 0; k < 5000; k++) postings.add(k * 7, k % 13, k);
    for (let k = 0; k < 5000; k++) postings.remove(k * 7, k % 13);
    assert.equal(postings.size, 0);
    assert.equal(postings.get(7), undefined);
    postings.add(7, 2, 3);
    assert.deepEqual(listedOf(postings, 7), [Postings.pack(2, 3)]);
  });
});
