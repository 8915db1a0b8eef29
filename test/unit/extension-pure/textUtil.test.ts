import * as assert from 'assert';
import { baseName, context, lineIndex, snippet } from '../../../src/extension/report/textUtil';

describe('report text helpers', () => {
  it('finds lines by binary search the same way counting newlines does', () => {
    const text = 'one\ntwo\r\n\nfour\n';
    const line = lineIndex(text);
    for (let i = 0; i <= text.length; i++) {
      const naive = text.slice(0, i).split('\n').length;
      assert.strictEqual(line(i), naive, `offset ${i}`);
    }
  });

  it('cuts long passages and collapses whitespace', () => {
    assert.strictEqual(snippet('a  b\n\tc', 0, 7), 'a b c');
    const long = 'x'.repeat(500);
    assert.strictEqual(snippet(long, 0, 500, 10), 'xxxxxxxxx…');
  });

  it('gives a mention its words around it, within its line', () => {
    const text = 'First line.\nThe president Vladimir Putin said on Tuesday that the missile flew.\nLast.';
    const start = text.indexOf('Vladimir');
    const around = context(text, start, start + 'Vladimir Putin'.length, 10);
    assert.ok(around.includes('Vladimir Putin'));
    assert.ok(!around.includes('First') && !around.includes('Last'));
    assert.ok(around.startsWith('…') && around.endsWith('…'));
  });

  it('names documents by their decoded file name, even with a stray percent sign', () => {
    assert.strictEqual(baseName('file:///w/seeds/a%20b.txt'), 'a b.txt');
    assert.strictEqual(baseName('file:///w/100%.txt'), '100%.txt');
    assert.strictEqual(baseName('untitled:Untitled-1'), 'untitled:Untitled-1');
  });
});
