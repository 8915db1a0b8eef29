import { strict as assert } from 'node:assert';
import { generateCorpus } from '../../../bench/generate';
import { createReuseIndex, DEFAULT_REUSE_OPTIONS } from '../../../src/engine/reuse/index';
import { scanDocument } from '../../../src/engine/text/scan';
import type { ReuseOptions } from '../../../src/engine/types';

/** Inserts `insert` at `at`, or deletes `length` characters there: the kind of change one keystroke makes. */
function editAt(text: string, at: number, insert: string, length = 0): string {
  return text.slice(0, at) + insert + text.slice(at + length);
}

/**
 * A fresh index over the final texts, documents added in the order they were last added to the edited index: which
 * of many documents sharing a stock phrase stand for it (postings past the cap) follows that order.
 */
function fromScratch(texts: ReadonlyMap<string, string>, options: ReuseOptions) {
  const index = createReuseIndex(options);
  for (const [id, text] of texts) index.upsert(scanDocument(id, text));
  return index;
}

describe('reuse index under edits', function () {
  this.timeout(60_000);
  {
    it('gives the links of a fresh build after adds, edits and removes', () => {
      // Two corpus-wide inputs are outside what an edit recomputes, and are pinned here: restatement scores use
      // corpus-wide IDF from when a pair was scored (threshold 2 turns restatements off), and which documents stand
      // for a shingle seen past the postings cap follows insertion order (K = 100 puts the cap, 4K occurrences,
      // above what 50 articles hold).
      const options = { ...DEFAULT_REUSE_OPTIONS, restatedThreshold: 2, boilerplateDocs: 100 };
      const corpus = generateCorpus({ size: 50, seed: 7 });
      const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
      const index = createReuseIndex(options);
      for (const [id, text] of texts) index.upsert(scanDocument(id, text));
      const before = index.links();
      assert.ok(before.length > 20, `the corpus has planted copies (${before.length} links)`);

      // The sources of planted copies, so that edits land on linked documents.
      const linked = [...new Set(corpus.copies.map((c) => c.source.doc))].sort().slice(0, 5);
      assert.equal(linked.length, 5);
      const keystrokes = (id: string, at: number) => {
        // Typing: several small edits in a row, each followed by a look at the document's links.
        for (const ch of ['x', 'y', ' ']) {
          const text = editAt(texts.get(id)!, at, ch);
          texts.delete(id);
          texts.set(id, text);
          index.upsert(scanDocument(id, texts.get(id)!));
          index.linksFor(id);
        }
      };
      keystrokes(linked[0], 10);
      keystrokes(linked[1], Math.floor(texts.get(linked[1])!.length / 2));
      keystrokes(linked[2], texts.get(linked[2])!.length - 5);
      // A planted copy's source passage edited away, and one replaced by another article's opening.
      const copy = corpus.copies.find((c) => c.source.doc === linked[3])!;
      const replace = (id: string, text: string) => {
        texts.delete(id);
        texts.set(id, text);
        index.upsert(scanDocument(id, text));
      };
      replace(linked[3], editAt(texts.get(linked[3])!, copy.source.start, '', copy.source.end - copy.source.start));
      replace(linked[4], editAt(texts.get(linked[4])!, 0, texts.get(linked[0])!.slice(0, 400) + '\n'));
      index.links();

      const removed = [...corpus.copies.map((c) => c.copy.doc)].filter((id) => !linked.includes(id)).slice(0, 3);
      assert.equal(new Set(removed).size, 3);
      for (const id of removed) {
        index.remove(id);
        texts.delete(id);
      }

      const expected = fromScratch(texts, options).links();
      assert.deepEqual(index.links(), expected);
      assert.notDeepEqual(expected, before, 'the edits changed the links');
      for (const id of texts.keys()) {
        const mine = expected.filter((l) => l.a.doc === id || l.b.doc === id);
        assert.deepEqual(index.linksFor(id), mine, `links of ${id}`);
      }
    });
  }
});
