import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createEntityStage } from '../../../src/engine/entities/index';
import { scanDocument } from '../../../src/engine/text/scan';

const stage = createEntityStage({ entities: [{ name: 'Acme', type: 'organization', aliases: ['A.C.'] }], ignore: ['Paris'] });
// Pieces that exercise every rule: names, titles, designations, acronyms, apostrophes, headings and tables.
const PIECES = [
  'Putin', 'Vladimir', 'President', 'the', 'of', 'and', 'Institute', 'War', '(ISW)', 'ISW', 'Su-57', 'TB2', 'Kh-', '-101',
  "'s", '’s', 'Belarus', 'moscow', 'KYIV', 'Paris', 'Lake', 'Storm', 'al-', 'O’', 'U.S.', 'A.C.', 'said', 'missile', 'in',
  'Zapad-2021', '48N6', 'MeteoSwiss', 'Acme', '.', ',', ':', '|', '\n', '\n# ', '\n- ', ' ', 'é', '\u0301', '\ud83d\ude00', '\ud800',
];

describe('entity stage under random input', () => {
  it('never throws, returns sorted in-bounds spans that match the text, and is deterministic', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.array(fc.constantFrom(' ', ''), { maxLength: 40 }), (pieces, gaps) => {
        const text = pieces.map((p, k) => p + (gaps[k] ?? ' ')).join('');
        const doc = scanDocument('r', text);
        const ms = stage.find(doc);
        ms.forEach((m, k) => {
          assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
          assert.equal(text.slice(m.start, m.end), m.text);
          if (k > 0) assert.ok(ms[k - 1].end <= m.start);
          assert.notEqual(m.text.toLowerCase(), 'paris');
        });
        assert.deepEqual(stage.find(scanDocument('r', text)), ms);
        stage.merge(new Map([['r', ms]]));
      }),
      { numRuns: 1000, seed: 42 },
    );
  });
});
