import { strict as assert } from 'node:assert';
import { createReuseIndex, DEFAULT_REUSE_OPTIONS } from '../../../src/engine/reuse/index';
import { SYNONYM_STEMS } from '../../../src/engine/reuse/synonyms';
import { scanDocument } from '../../../src/engine/text/scan';

const BACKGROUND_A =
  'Farmers in the south reported a late harvest after weeks of rain. Local markets opened early on Saturday. ' +
  'The regional council plans to repair the bridge over the river before winter.';
const BACKGROUND_B =
  'The city library will extend its opening hours during the exam season. A new cycling lane is due next spring. ' +
  'Residents complained about noise from the construction site near the station.';

function restatedBetween(a: string, b: string) {
  const index = createReuseIndex(DEFAULT_REUSE_OPTIONS);
  index.upsert(scanDocument('a.txt', `${BACKGROUND_A} ${a}`));
  index.upsert(scanDocument('b.txt', `${b} ${BACKGROUND_B}`));
  return index.links().filter((l) => l.kind === 'restated');
}

describe('reuse: restatements that swap words for synonyms', () => {
  it('links rewrites whose verbs and nouns were swapped for their usual equivalents', () => {
    // Without the groups neither pair shares enough words: inked/signed, permits/allowed, soil/territory; and
    // probe/investigate/inquiry, warned/cautioned, fell/dropped.
    const pairs: Array<[string, string]> = [
      ['The accord inked on Friday permits the army to station warplanes on Latvian soil.', 'Latvian territory will host army warplanes, as allowed by the accord signed on Friday.'],
      ['Inspectors will probe why the bridge fell, officials warned.', 'Officials cautioned that an inquiry will investigate why the bridge dropped.'],
    ];
    for (const [a, b] of pairs) assert.equal(restatedBetween(a, b).length, 1, a);
  });

  it('keeps words with another common sense out of the groups: a walkout is not an attack', () => {
    // "strike" is also a walkout, "launch" is also a product launch, "station" is also a building.
    for (const word of ['strike', 'launch', 'station', 'base', 'order', 'show']) assert.equal(SYNONYM_STEMS.has(word), false, word);
    const links = restatedBetween(
      'Teachers across the region went on strike on Monday to demand higher wages and smaller classes.',
      'Rebels across the region launched an attack on Monday to demand higher wages and smaller classes.',
    );
    assert.equal(links.length, 0);
  });
});
