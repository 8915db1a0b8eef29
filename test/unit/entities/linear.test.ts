import assert from 'node:assert/strict';
import { createEntityStage } from '../../../src/engine/entities/index';
import { scanDocument } from '../../../src/engine/text/scan';
import type { ScannedDocument } from '../../../src/engine/types';

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

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[1];
}

function timed(doc: ScannedDocument): number {
  const t = performance.now();
  stage.find(doc);
  return performance.now() - t;
}

describe('entity stage: time grows linearly on hostile input', function () {
  this.timeout(60_000);
  for (const [label, { unit, n }] of Object.entries(SHAPES)) {
    it(`${label}: doubling the input at most triples the time`, () => {
      const small = scanDocument('s', unit.repeat(n));
      const large = scanDocument('l', unit.repeat(2 * n));
      // Warm the JIT on both sizes, then alternate, so neither size is charged for compilation or a GC pause.
      for (let r = 0; r < 3; r++) {
        stage.find(small);
        stage.find(large);
      }
      const smallTimes: number[] = [];
      const largeTimes: number[] = [];
      for (let r = 0; r < 3; r++) {
        smallTimes.push(timed(small));
        largeTimes.push(timed(large));
      }
      // Timer resolution on a tiny input would make the ratio noise; a floor keeps it meaningful.
      const ratio = Math.max(median(largeTimes), 1) / Math.max(median(smallTimes), 1);
      assert.ok(ratio <= 3, `time(2n)/time(n) = ${ratio.toFixed(2)}`);
      assert.ok(stage.find(large).every((m) => m.end <= large.text.length));
    });
  }
});
