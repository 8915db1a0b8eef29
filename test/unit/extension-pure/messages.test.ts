import * as assert from 'assert';
import { parseWebviewMessage } from '../../../src/extension/report/messages';

describe('parseWebviewMessage (report webview → extension)', () => {
  it('drops anything that is not a known message', () => {
    for (const raw of [null, undefined, 42, 'open', [], {}, { type: 'run', command: 'workbench.action.terminal.new' }, { type: 'eval' }, { type: 7 }]) {
      assert.strictEqual(parseWebviewMessage(raw, 3), undefined, JSON.stringify(raw));
    }
  });

  it('accepts ready', () => {
    assert.deepStrictEqual(parseWebviewMessage({ type: 'ready', extra: '<script>' }, 0), { type: 'ready' });
  });

  it('opens only documents the extension listed, by index', () => {
    assert.deepStrictEqual(parseWebviewMessage({ type: 'open', d: 2, start: 5, end: 9 }, 3), { type: 'open', d: 2, start: 5, end: 9 });
    for (const d of [3, -1, 1.5, '0', 'file:///etc/passwd', null]) {
      assert.strictEqual(parseWebviewMessage({ type: 'open', d, start: 0, end: 1 }, 3), undefined, `d = ${JSON.stringify(d)}`);
    }
  });

  it('clamps offsets: negative, fractional, non-numeric, huge, and end before start', () => {
    assert.deepStrictEqual(parseWebviewMessage({ type: 'open', d: 0, start: -5, end: 3.7 }, 1), { type: 'open', d: 0, start: 0, end: 3 });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'open', d: 0, start: 'x', end: {} }, 1), { type: 'open', d: 0, start: 0, end: 0 });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'open', d: 0, start: 10, end: 2 }, 1), { type: 'open', d: 0, start: 10, end: 10 });
    const huge = parseWebviewMessage({ type: 'open', d: 0, start: 1e300, end: Infinity }, 1);
    assert.ok(huge && huge.type === 'open' && huge.start === 2 ** 31 - 1 && huge.end === 2 ** 31 - 1);
  });

  it('reads a pong conservatively: anything but an explicit false counts as pwned', () => {
    const pong = parseWebviewMessage({ type: 'pong', id: 1, result: { rendered: true, scripts: 1, imgs: 0, rows: { claims: 4, bad: 'x' } } }, 0);
    assert.ok(pong && pong.type === 'pong');
    assert.strictEqual(pong.result.pwned, true);
    assert.strictEqual(pong.result.rendered, true);
    assert.deepStrictEqual(pong.result.rows, { claims: 4, bad: -1 });
    const clean = parseWebviewMessage({ type: 'pong', id: 2, result: { pwned: false } }, 0);
    assert.ok(clean && clean.type === 'pong' && clean.result.pwned === false && clean.result.handlers === -1);
    assert.strictEqual(parseWebviewMessage({ type: 'pong', id: 'x', result: {} }, 0), undefined);
  });
});
