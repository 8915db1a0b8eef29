import { strict as assert } from 'node:assert';
import { createReuseIndex } from '../../../src/engine/reuse/index';
import { scanDocument } from '../../../src/engine/text/scan';

/** Kinds of the links between two one-sentence articles, at the default restatement threshold. */
function kindsBetween(a: string, b: string): string[] {
  const index = createReuseIndex({});
  index.upsert(scanDocument('a.txt', a));
  index.upsert(scanDocument('b.txt', b));
  return index.links().map((l) => l.kind);
}

const PORT = 'The port authority will close the northern terminal for two weeks to dredge the channel.';
const MUSEUM = 'The museum will reopen its east wing in spring after repairs to the roof.';

// Each short sentence's words recur in the long one, but most of the long one is news the short one does not
// carry: overlap measured against the larger sentence too keeps one shared fact among many from being a
// restatement (the smaller-bag overlap alone scored these pairs well above the threshold).
describe('reuse: restatements and what the longer sentence adds', () => {
  it('links a rewording that adds only a source', () => {
    assert.deepEqual(kindsBetween(PORT, 'The port authority will shut the northern terminal for a fortnight while the channel is dredged, officials said.'), ['restated']);
  });

  it('does not link a sentence that reports the same fact as the last of many', () => {
    assert.deepEqual(
      kindsBetween(
        PORT,
        "Shipping lines rerouted cargo to rival harbours, dockers' unions called a strike, fishermen blockaded the quay, hoteliers feared empty rooms and the mayor demanded compensation after the port authority said it would close the northern terminal to dredge the channel.",
      ),
      [],
    );
  });

  it('does not link a sentence that mentions it in passing', () => {
    assert.deepEqual(
      kindsBetween(
        MUSEUM,
        'Ticket prices will rise, forty guides will be hired, a cafe will be built, volunteers are sought and a festival of maps, music and theatre is planned, the director said, as the museum readies its east wing for spring after roof repairs.',
      ),
      [],
    );
  });
});
