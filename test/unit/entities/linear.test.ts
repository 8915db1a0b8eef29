import assert from 'node:assert/strict';
import { createEntityStage } from '../../../src/engine/entities/index';
import { scanDocument } from '../../../src/engine/text/scan';
import { CpuTimer } from '../support/cpuRatio';

const stage = createEntityStage({ entities: [], ignore: [] });

// Hostile shapes that once made `find` quadratic: a single "sentence" of thousands of capitals (NUL bytes are
// no separators), one huge line of prose, a camel-case word thousands of letters long, endless acronym
// definitions and organisation names joined by "and".
const SHAPES: Record<string, { unit: string; n: number }> = {
  'names separated by NUL bytes': { unit: 'Minsk\u0000Moscow\u0000', n: 8000 },
  'one line of prose': { unit: 'Putin said the Oreshnik has a range of 2,000 km and ', n: 4000 },
  'capitalised words without end': { unit: 'Minsk Moscow ', n: 8000 },
  'one camel-case word': { unit: 'AbCD', n: 50_000 },
  'acronym definitions': { unit: 'Institute for the Study of War (ISW) ', n: 4000 },
  'names joined by and': { unit: 'Securities and ', n: 8000 },
};

/** Doubling a linear stage's input doubles its time; the limit leaves room for noise and n log n. */
const DOUBLING_LIMIT = 3;
const FLOOR_MS = 1;

describe('entity stage: time grows linearly on hostile input', function () {
  this.timeout(60_000);
  for (const [label, { unit, n }] of Object.entries(SHAPES)) {
    it(`${label}: doubling the input at most triples the time`, () => {
      const small = scanDocument('s', unit.repeat(n));
      const large = scanDocument('l', unit.repeat(2 * n));
      new CpuTimer().assertRatio([`${n} units`, () => stage.find(small)], [`${2 * n} units`, () => stage.find(large)], DOUBLING_LIMIT, FLOOR_MS);
      assert.ok(stage.find(large).every((m) => m.end <= large.text.length));
    });
  }
});
