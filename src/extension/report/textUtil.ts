// Pure text helpers for labels and snippets (no vscode), shared by the views and the report.
import { createLineIndex } from '../../worker/lineIndex';

/** The span's text on one line (whitespace collapsed), at most `max` characters. */
export function snippet(text: string, start: number, end: number, max = 120): string {
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  const inner = clean(text.slice(start, end));
  if (inner.length >= max) return inner.slice(0, max - 1) + '…';
  return inner;
}

/** The file name of a document id (a URI string) for labels. */
export { basename as baseName } from '../../worker/names';

/** Offset → 1-based line, by binary search over line starts computed once. */
export function lineIndex(text: string): (offset: number) => number {
  const index = createLineIndex(text);
  return (offset) => index.position(offset)[0] + 1;
}

/** The words around a span on its line, for a mention's label. */
export function context(text: string, start: number, end: number, radius = 40): string {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  from = Math.max(from, lineStart);
  if (lineEnd >= 0) to = Math.min(to, lineEnd);
  return (from > lineStart ? '…' : '') + text.slice(from, to).replace(/\s+/g, ' ').trim() + (lineEnd < 0 ? (to < text.length ? '…' : '') : to < lineEnd ? '…' : '');
}

