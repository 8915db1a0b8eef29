import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Postings } from '../../../src/engine/reuse/postings';
import { prepareDoc, shingleParams } from '../../../src/engine/reuse/prepare';
import { scanDocument } from '../../../src/engine/text/scan';

describe('reuse postings', () => {
  it('stops listing a key at the cap but keeps counting, and removes a document\'s postings', () => {
    const postings = new Postings(3);
    for (let doc = 0; doc < 5; doc++) postings.add(42, doc, doc * 10);
    assert.equal(postings.count(42), 5);
    const listed = postings.get(42) as number[];
    assert.deepEqual(listed.map((p) => [Postings.doc(p), Postings.pos(p)]), [[0, 0], [1, 10], [2, 20]]);
    postings.remove(42, 1);
    assert.equal(postings.count(42), 4);
    postings.remove(42, 4); // beyond the cap: only the count changes
    assert.equal(postings.count(42), 3);
    postings.remove(42, 0);
    postings.remove(42, 2);
    assert.equal(postings.count(42), 1);
  });
});

describe('reuse fingerprints', () => {
  const vocabulary = ['river', 'council', 'bridge', 'winter', 'market', 'harvest', 'rain', 'station', 'library', 'lane', 'noise', 'site'];
  const words = (min: number, max: number) => fc.array(fc.constantFrom(...vocabulary), { minLength: min, maxLength: max });

  it('share a fingerprint whenever two texts share a run of minExactWords words', () => {
    const params = shingleParams(8);
    fc.assert(
      fc.property(words(0, 30), words(0, 30), words(8, 20), words(0, 30), words(0, 30), (a1, b1, shared, a2, b2) => {
        const a = prepareDoc(scanDocument('a', [...a1, 'alpha', ...shared, 'omega', ...a2].join(' ')), 0, params);
        const b = prepareDoc(scanDocument('b', [...b1, 'gamma', ...shared, 'delta', ...b2].join(' ')), 1, params);
        const inA = new Set(a.fpHash);
        return [...b.fpHash].some((h) => inA.has(h));
      }),
      { numRuns: 300 },
    );
  });
});
