export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string; line: number };

/** Line (1-based) of a UTF-16 offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * JSON.parse that reports where the text broke instead of throwing: user-edited settings files must
 * produce a message naming the line, and the caller keeps its last good state.
 */
export function parseJson(text: string): ParseResult<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /position (\d+)/.exec(message);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    const line = lineCol ? Number(lineCol[1]) : position ? lineOf(body, Number(position[1])) : lineOf(body, body.length);
    return { ok: false, error: message.replace(/^JSON\.parse: /, ''), line };
  }
}
