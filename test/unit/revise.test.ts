import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { createAnalyzer } from '../../src/engine';
import { diffRegion, editWindow, moveSpan, shiftAcross } from '../../src/engine/revise';

const SEED = readFileSync(join(__dirname, '../../seeds/002_abe37b12b1baed6c.txt'), 'utf8');

/** Mentions and claims as comparable strings. */
const spans = (r: { mentions: Array<{ start: number; end: number; entity: string }>; claims: Array<{ start: number; end: number; subject: string; attribute: string; value: number }> }) => [
  ...r.mentions.map((m) => `m ${m.start}:${m.end} ${m.entity}`),
  ...r.claims.map((c) => `c ${c.start}:${c.end} ${c.subject} ${c.attribute} ${c.value}`),
];

function indexed(id: string, text: string) {
  const analyzer = createAnalyzer({});
  analyzer.corpus.upsert(id, text);
  analyzer.corpus.entities();
  return analyzer;
}

describe('revise: quick re-analysis around an edit', () => {
  it('finds the changed region of an insertion, a deletion and a replacement inside repeated letters', () => {
    assert.deepStrictEqual(diffRegion('aaa bbb', 'aaa xbbb'), { start: 4, oldEnd: 4, newEnd: 5 });
    assert.deepStrictEqual(diffRegion('aaaa', 'aaa'), { start: 3, oldEnd: 4, newEnd: 3 });
    assert.deepStrictEqual(diffRegion('range 500 km', 'range 900 km'), { start: 6, oldEnd: 7, newEnd: 7 });
    assert.deepStrictEqual(diffRegion('same', 'same'), { start: 4, oldEnd: 4, newEnd: 4 });
  });

  it('analyses the edited lines with the non-blank lines before them as context, and refuses long lines', () => {
    const text = 'one\n\ntwo\nthree\nfour five\nsix';
    const at = text.indexOf('five');
    const window = editWindow(text, { start: at, oldEnd: at, newEnd: at + 1 }, 100);
    assert.ok(window);
    assert.strictEqual(text.slice(window.start, window.end), 'four five');
    assert.strictEqual(text.slice(window.contextStart, window.start), 'two\nthree\n');
    assert.strictEqual(editWindow(text, { start: at, oldEnd: at, newEnd: at + 1 }, 5), null);
  });

  it('moves spans after an edit, keeps those before, and drops those it touches', () => {
    const edit = { start: 10, oldEnd: 12, newEnd: 15 };
    assert.deepStrictEqual(moveSpan({ start: 2, end: 9 }, edit), { start: 2, end: 9 });
    assert.deepStrictEqual(moveSpan({ start: 13, end: 20 }, edit), { start: 16, end: 23 });
    assert.strictEqual(moveSpan({ start: 5, end: 10 }, edit), null);
    assert.strictEqual(moveSpan({ start: 11, end: 14 }, edit), null);
    assert.deepStrictEqual(shiftAcross({ start: 0, end: 40 }, edit), { start: 0, end: 43 }, 'a passage holding the edit stretches');
    assert.strictEqual(shiftAcross({ start: 11, end: 40 }, edit), null);
  });

  it('answers like a full analysis for a name typed into a line, with later offsets moved', () => {
    const text = 'The Oreshnik missile was shown in Minsk.\nIts range is 2,000 km, officials said.\nPresident Vladimir Putin spoke in Moscow.\n';
    const analyzer = indexed('a.txt', text);
    const at = text.indexOf('officials');
    const edited = `${text.slice(0, at)}Angela Merkel and ${text.slice(at)}`;
    const revised = analyzer.corpus.revise('a.txt', edited);
    assert.ok(revised);
    const full = indexed('a.txt', edited);
    assert.deepStrictEqual(spans(revised), spans({ mentions: full.corpus.mentionsOf('a.txt'), claims: full.corpus.claimsOf('a.txt') }));
    assert.ok(revised.mentions.some((m) => edited.slice(m.start, m.end) === 'Angela Merkel' && m.type === 'person'));
    const putin = revised.mentions.find((m) => m.entity === 'person:vladimir-putin');
    assert.strictEqual(putin && edited.slice(putin.start, putin.end), 'Vladimir Putin', 'offsets after the edit moved');
  });

  it('drops a figure whose words the edit broke and keeps the short name resolved through the full name above', () => {
    const text = 'Vladimir Putin visited Minsk.\n\nThe talks lasted long.\nLater, Putin said the Oreshnik has a range of 5,000 km.\n';
    const analyzer = indexed('b.txt', text);
    const at = text.indexOf('5,000') + 1;
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const revised = analyzer.corpus.revise('b.txt', edited);
    assert.ok(revised);
    assert.ok(!revised.claims.some((c) => c.value === 5_000_000), 'the broken figure is gone');
    const putin = revised.mentions.find((m) => edited.slice(m.start, m.end) === 'Putin');
    assert.strictEqual(putin?.entity, 'person:vladimir-putin', 'the window alone could not tell which Putin');
  });

  it('agrees exactly with the full analysis after most one-letter edits of a seed article', () => {
    let text = SEED;
    const analyzer = indexed('seed.txt', text);
    let agreed = 0;
    const edits = 40;
    for (let k = 0; k < edits; k++) {
      let at = Math.floor(((k + 0.5) / edits) * text.length);
      while (at < text.length && !/[a-z]/i.test(text[at])) at++;
      const edited = `${text.slice(0, at)}e${text.slice(at)}`;
      const revised = analyzer.corpus.revise('seed.txt', edited);
      assert.ok(revised, 'a one-letter edit is revised locally');
      analyzer.corpus.upsert('seed.txt', edited);
      const full = spans({ mentions: analyzer.corpus.mentionsOf('seed.txt'), claims: analyzer.corpus.claimsOf('seed.txt') });
      if (JSON.stringify(spans(revised)) === JSON.stringify(full)) agreed++;
      text = edited;
    }
    assert.ok(agreed >= edits * 0.85, `agreed after ${agreed} of ${edits} edits`);
  });

  it('has nothing to revise for a document never indexed or whose view is out of date', () => {
    const analyzer = createAnalyzer({});
    assert.strictEqual(analyzer.corpus.revise('none.txt', 'text'), null);
    analyzer.corpus.upsert('c.txt', 'Minsk is far.');
    assert.strictEqual(analyzer.corpus.revise('c.txt', 'Minsk is far!'), null, 'no merge has been computed for it yet');
  });
});
