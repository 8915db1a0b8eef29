import * as assert from 'assert';
import type { Report } from '../../../src/engine';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** An offset that would cut a surrogate pair in half is not a position VS Code can show. */
export function onBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return offset === 0 || offset === text.length;
  return !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

export function assertSpan(text: string, span: { start: number; end: number }, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: [${span.start}, ${span.end}) within 0..${text.length}`);
  assert.ok(onBoundary(text, span.start) && onBoundary(text, span.end), `${what}: [${span.start}, ${span.end}) splits a surrogate pair`);
}

/** Every span of a report lies inside its document and on UTF-16 boundaries; texts match their spans. */
export function assertReportSpans(report: Report, texts: Map<string, string>): void {
  for (const doc of report.documents) {
    const text = texts.get(doc.path)!;
    for (const e of doc.entities) {
      assertSpan(text, e, `entity ${JSON.stringify(e.text)}`);
      assert.strictEqual(text.slice(e.start, e.end), e.text);
    }
    for (const c of doc.claims) {
      assertSpan(text, c, `claim ${JSON.stringify(c.text)}`);
      assert.strictEqual(text.slice(c.start, c.end), c.text);
      assert.ok(Number.isFinite(c.value), `claim ${JSON.stringify(c.text)} has a finite value`);
    }
  }
  for (const d of report.duplicates) {
    assertSpan(texts.get(d.a.path)!, d.a, 'duplicate a');
    assertSpan(texts.get(d.b.path)!, d.b, 'duplicate b');
    assert.ok(d.similarity >= 0 && d.similarity <= 1);
  }
  for (const c of report.conflicts) {
    assertSpan(texts.get(c.a.path)!, c.a, 'conflict a');
    assertSpan(texts.get(c.b.path)!, c.b, 'conflict b');
  }
}
