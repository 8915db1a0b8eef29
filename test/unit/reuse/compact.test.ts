import { strict as assert } from 'node:assert';
import { createReuseIndex } from '../../../src/engine/reuse/index';
import { prepareDoc, shingleParams } from '../../../src/engine/reuse/prepare';
import { scanDocument } from '../../../src/engine/text/scan';

// The index keeps a prepared form of every document and every link for the life of the corpus: these tests pin
// down that the compact forms still give the same offsets and texts as the scanned document.

// More than 64 words, so that an edit at the start lies beyond the aligner's reach of the copied passage.
const FILLER_A =
  'Markets in Asia closed higher on Friday as investors weighed new trade figures from the region. ' +
  'Farmers in the south reported a late harvest after weeks of unusual frost and dry winds. ' +
  'A local museum reopened its west wing with a show of maps drawn by sailors two centuries ago. ' +
  'The city council voted to extend the tram line toward the airport despite objections from shop owners. ' +
  'Teachers said the new curriculum leaves little time for music, sport and art in the final years.';
const SOURCE = 'Putin told reporters that the missile has a range of up to 2,000 kilometres and could be deployed in the second half of next year.';
const COPY = 'Putin told reporters that the missile has a range of up to 1,500 kilometres and could be deployed in the second half of next year.';
const FILLER_B = 'The weather service warned of heavy rain in the mountains over the weekend and advised drivers to take care.';

describe('reuse: compact document and link storage', () => {
  it('keeps word and sentence offsets, not token objects', () => {
    const doc = scanDocument('a.txt', `${FILLER_A}\n${SOURCE} It said so twice.`);
    const prepared = prepareDoc(doc, 0, shingleParams(8));
    for (const [key, value] of Object.entries(prepared)) {
      const compact = typeof value === 'string' || typeof value === 'number' || ArrayBuffer.isView(value);
      assert.ok(compact, `${key} is not a string, number or typed array`);
    }
    const words = doc.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
    assert.deepEqual([...prepared.wordStart], words.map((t) => t.start));
    assert.deepEqual([...prepared.wordEnd], words.map((t) => t.end));
    assert.deepEqual([...prepared.sentenceStart], doc.sentences.map((s) => s.start));
    assert.deepEqual([...prepared.sentenceEnd], doc.sentences.map((s) => s.end));
    doc.sentences.forEach((s, i) => {
      const inside = words.filter((w) => w.start >= doc.tokens[s.tokenStart].start && w.end <= s.end);
      assert.equal(prepared.sentenceWordTo[i] - prepared.sentenceWordFrom[i], inside.length);
    });
  });

  it('cuts the texts of changed figures from the current text after edits move the copy', () => {
    const index = createReuseIndex();
    // Headings have no restatement bags, so the pair is a copy only: the case whose stored links an edit shifts.
    const b = `# ${COPY}\n${FILLER_B}`;
    index.upsert(scanDocument('b.txt', b));
    let a = `${FILLER_A}\n# ${SOURCE}`;
    // Repeated edits of one document let the index shift its stored links instead of aligning again.
    for (const edit of ['Update: ', 'Breaking news from the capital. ', 'Earlier: ']) {
      a = edit + a;
      index.upsert(scanDocument('a.txt', a));
      const links = index.linksFor('a.txt');
      assert.equal(links.length, 1);
      const change = links[0].changes?.[0];
      assert.ok(change);
      assert.equal(change.a.text, '2,000');
      assert.equal(a.slice(change.a.start, change.a.end), '2,000');
      assert.equal(change.b.text, '1,500');
      assert.equal(b.slice(change.b.start, change.b.end), '1,500');
    }
  });
});
