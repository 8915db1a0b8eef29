import * as assert from 'assert';
import { scanDocument } from '../../../src/engine/text/scan';

const spanText = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('scanDocument', () => {
  it('keeps thousands separators and decimals inside one number token', () => {
    const d = scanDocument('t', 'Range 2,000,000 km, 7.4 tonnes, 1,5 and 2024.');
    const numbers = d.tokens.filter((t) => t.kind === 'number').map((t) => t.text);
    assert.deepStrictEqual(numbers, ['2,000,000', '7.4', '1', '5', '2024']);
  });

  it('splits hyphenated designations into adjacent tokens', () => {
    const d = scanDocument('t', 'the Su-57 in mid-2024');
    const su = d.tokens.findIndex((t) => t.text === 'Su');
    assert.strictEqual(d.tokens[su + 1].text, '-');
    assert.strictEqual(d.tokens[su].end, d.tokens[su + 1].start);
    assert.strictEqual(d.tokens[su + 2].text, '57');
  });

  it('gives UTF-16 offsets across astral characters and CRLF', () => {
    const text = 'Smile 😀 Zürich\r\nKyiv’s mayor';
    const d = scanDocument('t', text);
    for (const t of d.tokens) assert.strictEqual(spanText(text, t), t.text);
    const kyiv = d.tokens.find((t) => t.text === 'Kyiv')!;
    assert.strictEqual(kyiv.start, text.indexOf('Kyiv'));
    assert.strictEqual(d.tokens.find((t) => t.text === '’')!.norm, "'");
  });

  it('splits sentences at stops, line breaks and glued full stops but not after abbreviations', () => {
    const text = 'The U.S. and Mr. Smith met.They agreed. Then left\nNew line here';
    const d = scanDocument('t', text);
    assert.deepStrictEqual(
      d.sentences.map((s) => spanText(text, s)),
      ['The U.S. and Mr. Smith met.', 'They agreed.', 'Then left', 'New line here'],
    );
  });

  it('classifies headings, bullets and pipe tables with cell spans', () => {
    const text = '# Title\nBelarus Signs Deal With Russia\n- first point: yes.\n1. numbered item\nFeature | Details |\n---|---|\nRange | Up to 500 kilometers |\nA normal sentence ends here.';
    const d = scanDocument('t', text);
    assert.deepStrictEqual(
      d.blocks.map((b) => b.kind),
      ['heading', 'heading', 'bullet', 'bullet', 'table-row', 'table-separator', 'table-row', 'paragraph'],
    );
    assert.strictEqual(d.blocks[0].level, 1);
    assert.strictEqual(d.blocks[1].level, 0);
    assert.deepStrictEqual(d.blocks[6].cells!.map((c) => spanText(text, c)), ['Range', 'Up to 500 kilometers']);
  });

  it('handles empty text and lone surrogates without losing offsets', () => {
    assert.deepStrictEqual(scanDocument('t', '').tokens, []);
    const text = 'a\uD800b \uDC00 c';
    const d = scanDocument('t', text);
    for (const t of d.tokens) assert.strictEqual(spanText(text, t), t.text);
  });
});
