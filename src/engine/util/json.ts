import { scanJsonPositions } from './jsonPositions';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string; line: number };

/** Line (1-based) of a UTF-16 offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line of a JSON.parse failure: from "line N column M" or "position N" when the message has them, else found by walking the text. */
function syntaxErrorLine(text: string, message: string): number {
  const lineCol = /line (\d+) column \d+/.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return lineOf(text, Number(position[1]));
  const { errorAt } = scanJsonPositions(text);
  return lineOf(text, errorAt ?? text.length);
}

/** Drops a UTF-8 byte-order mark that editors on some systems add to JSON files. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * JSON.parse that reports where the text broke instead of throwing: user-edited settings files must
 * produce a message naming the line, and the caller keeps its last good state.
 */
export function parseJson(text: string): ParseResult<unknown> {
  const body = stripBom(text);
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: message, line: syntaxErrorLine(body, message) };
  }
}

/**
 * A reader for the lines of values inside one JSON text, by path ("entities.2.type"): the value's own line, or its
 * nearest present ancestor's, so a missing field is reported on the line of its object.
 */
export function jsonLineFinder(text: string): (path: string) => number {
  let offsets: Map<string, number> | undefined;
  return (path) => {
    offsets ??= scanJsonPositions(text).offsets;
    let p = path;
    while (!offsets.has(p) && p !== '') p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '';
    return lineOf(text, offsets.get(p) ?? 0);
  };
}
