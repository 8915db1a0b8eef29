import * as assert from 'assert';
import { createLineIndex } from '../../../src/worker/lineIndex';

describe('worker: line index', () => {
  it('counts \\n, \\r\\n and a lone \\r as line breaks, like VS Code', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = createLineIndex(text);
    assert.deepStrictEqual(index.position(0), [0, 0]);
    assert.deepStrictEqual(index.position(text.indexOf('c')), [1, 0]);
    assert.deepStrictEqual(index.position(text.indexOf('e')), [2, 0]);
    assert.deepStrictEqual(index.position(text.indexOf('h')), [3, 1]);
    assert.deepStrictEqual(index.position(text.length + 10), [3, 2], 'clamped to the end');
    assert.deepStrictEqual(index.position(-1), [0, 0], 'clamped to the start');
  });
});
