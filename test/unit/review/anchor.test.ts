import * as assert from 'assert';
import { createQuoteAnchor, resolveQuoteAnchor } from '../../../src/engine/review/anchor';

const TEXT = 'The Oreshnik has a range of up to 500 kilometers, officials said. Deployment is expected in mid-2024.';
const spanOf = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length };
};

describe('quote anchors', () => {
  it('keeps the quote with its context and position', () => {
    const a = createQuoteAnchor(TEXT, spanOf(TEXT, '500 kilometers'), 10);
    assert.deepStrictEqual(a, { exact: '500 kilometers', prefix: ' of up to ', suffix: ', official', start: TEXT.indexOf('500') });
  });

  it('clips context at the edges of the text', () => {
    const a = createQuoteAnchor(TEXT, spanOf(TEXT, 'The'));
    assert.strictEqual(a.prefix, '');
    assert.deepStrictEqual(resolveQuoteAnchor(TEXT, a), spanOf(TEXT, 'The'));
  });

  it('survives an insertion before the quote', () => {
    const anchor = createQuoteAnchor(TEXT, spanOf(TEXT, '500 kilometers'));
    const edited = `Breaking: a new paragraph was added at the top.\n\n${TEXT}`;
    assert.deepStrictEqual(resolveQuoteAnchor(edited, anchor), spanOf(edited, '500 kilometers'));
  });

  it('survives an edit right next to the quote', () => {
    const anchor = createQuoteAnchor(TEXT, spanOf(TEXT, '500 kilometers'));
    const edited = TEXT.replace('of up to 500 kilometers, officials', 'of at most 500 kilometers, according to officials');
    assert.deepStrictEqual(resolveQuoteAnchor(edited, anchor), spanOf(edited, '500 kilometers'));
  });

  it('picks the copy whose context matches when the quote occurs several times', () => {
    const text = 'Iskander: a range of 500 km.\nOreshnik: a range of 500 km, said the ministry.\nKinzhal: 500 km, roughly.';
    const anchor = createQuoteAnchor(text, spanOf(text, '500 km', text.indexOf('Oreshnik')));
    const edited = `Intro line.\n${text.replace('Iskander: a range of 500 km.', 'Iskander: a range of 500 km, said the ministry.')}`;
    const expected = spanOf(edited, '500 km', edited.indexOf('Oreshnik'));
    assert.deepStrictEqual(resolveQuoteAnchor(edited, anchor), expected);
  });

  it('prefers the nearest copy when the contexts tie', () => {
    const text = 'x 500 km y. x 500 km y. x 500 km y.';
    const anchor = createQuoteAnchor(text, spanOf(text, '500 km', 12), 2);
    assert.deepStrictEqual(resolveQuoteAnchor(text, anchor), spanOf(text, '500 km', 12));
  });

  it('gives up when the quote was deleted', () => {
    const anchor = createQuoteAnchor(TEXT, spanOf(TEXT, '500 kilometers'));
    assert.strictEqual(resolveQuoteAnchor(TEXT.replace('up to 500 kilometers', 'several hundred kilometres'), anchor), undefined);
  });

  it('gives up rather than jump to an unrelated copy of a short quote', () => {
    const anchor = createQuoteAnchor(TEXT, spanOf(TEXT, '500'));
    const rewritten = 'Budget: 500 million roubles were set aside for the programme.';
    assert.strictEqual(resolveQuoteAnchor(rewritten, anchor), undefined);
  });

  it('keeps a long quote found once even when its surroundings were rewritten', () => {
    const quote = 'a range of up to 500 kilometers';
    const anchor = createQuoteAnchor(TEXT, spanOf(TEXT, quote));
    const rewritten = `Analysts doubt that the missile has ${quote}.`;
    assert.deepStrictEqual(resolveQuoteAnchor(rewritten, anchor), spanOf(rewritten, quote));
  });

  it('returns undefined for an empty quote', () => {
    assert.strictEqual(resolveQuoteAnchor(TEXT, createQuoteAnchor(TEXT, { start: 5, end: 5 })), undefined);
  });
});
