import { strict as assert } from 'node:assert';
import { createReuseIndex } from '../../../src/engine/reuse/index';
import { scanDocument } from '../../../src/engine/text/scan';

/** Kinds of the links between two one-sentence articles. */
function kindsBetween(a: string, b: string): string[] {
  const index = createReuseIndex({});
  index.upsert(scanDocument('a.txt', a));
  index.upsert(scanDocument('b.txt', b));
  return index.links().map((l) => l.kind);
}

describe('reuse: restatements and figures', () => {
  // Both pairs score well above the threshold on their words; only their figures say they report other data.
  it('does not link one market-report frame filled in with other figures', () => {
    assert.deepEqual(
      kindsBetween(
        'In early trading the harbour freight index climbed 41 points, or 0.6 percent, to 7,218 on heavy volume.',
        'Helped by shipping stocks, the harbour freight index was up 12 points, or 0.2 percent, at 7,190 as volume stayed heavy in early trading.',
      ),
      [],
    );
  });

  it('does not link two results lines that share no figure', () => {
    assert.deepEqual(
      kindsBetween(
        'Quarterly revenue at the bottling group fell 4 percent to $310 million, below analyst forecasts.',
        'Analysts had forecast more, but the bottling group saw its quarterly revenue fall 9 percent to $275 million.',
      ),
      [],
    );
  });

  it('still links a restatement that changed its one figure', () => {
    assert.deepEqual(
      kindsBetween(
        'The regional council approved 12 new ferry routes across the northern lakes after a long debate.',
        'After a long debate, new ferry routes across the northern lakes, 15 of them, won approval from the regional council.',
      ),
      ['restated'],
    );
  });

  it('still links a restatement that keeps one of its figures and changes others', () => {
    assert.deepEqual(
      kindsBetween(
        'The regional council approved 12 new ferry routes across the northern lakes in 2023 after a long debate.',
        'In 2023, after a long debate, 14 new ferry routes across the northern lakes won approval from the regional council, costing 8 million.',
      ),
      ['restated'],
    );
  });
});
