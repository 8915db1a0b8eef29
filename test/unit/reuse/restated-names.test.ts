import { strict as assert } from 'node:assert';
import { createReuseIndex } from '../../../src/engine/reuse/index';
import { scanDocument } from '../../../src/engine/text/scan';

/** Links between two one-paragraph articles, with unrelated filler so that the shared words are not everywhere. */
function linksBetween(a: string, b: string) {
  const index = createReuseIndex({});
  index.upsert(scanDocument('a.txt', a));
  index.upsert(scanDocument('b.txt', b));
  return index.links();
}

describe('reuse: restatements and names', () => {
  it('proposes a rewrite by the names it kept when its words are common in the corpus', () => {
    // 250 other sentences use every content word of the pair, so only the names are rare enough to propose it.
    const index = createReuseIndex({});
    for (let d = 0; d < 25; d++) {
      const filler = Array.from({ length: 10 }, (_, i) => `Officials in Town${d}x${i} said heated debate delayed sluice repairs after approval on Monday.`);
      index.upsert(scanDocument(`filler-${d}.txt`, filler.join(' ')));
    }
    index.upsert(scanDocument('a.txt', 'Mayor Oksana Hrytsenko of Zhovtneve approved the sluice repairs on Monday after a heated debate.'));
    index.upsert(scanDocument('b.txt', 'After heated debate on Monday, the sluice repairs won approval from Oksana Hrytsenko, mayor of Zhovtneve.'));
    const between = index.links().filter((l) => [l.a.doc, l.b.doc].sort().join() === 'a.txt,b.txt');
    assert.deepEqual(between.map((l) => l.kind), ['restated']);
  });

  it('does not link the same wording about two different named subjects', () => {
    const links = linksBetween(
      'Engineers say the Kestrel-10 patrol vessel reaches a top speed of 60 km/h at full throttle.',
      'At full throttle, the Harrier-12 cargo aircraft reaches a top speed of 900 km/h, engineers say.',
    );
    assert.deepEqual(links.map((l) => l.kind), []);
  });

  it('does not link one stock frame about other people and places, even when a name or two recur', () => {
    const links = linksBetween(
      'On Friday we heard that Kallas is due in Nestelobrovo near Odessa to discuss the canoes on Sunday, ECB officials say.',
      'Later, Peskov is due in Velsokpolovo near Odessa to discuss the beggars on Sunday, IMF officials say.',
    );
    assert.deepEqual(links.map((l) => l.kind), []);
  });

  it('does not call one stock frame with every content word swapped an edited copy', () => {
    const links = linksBetween(
      'The council wrapped up the agreement covering videos and turnarounds in Tekostdubyn for the winter.',
      'The council wrapped up the agreement covering sightings and optimists in Mirsokyn for the winter.',
    );
    assert.deepEqual(links.map((l) => l.kind), []);
  });
});
