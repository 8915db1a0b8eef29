/**
 * `JSON.stringify(value, null, 2)` as a sequence of pieces. A report of 10,000 articles is about 270 MB of JSON:
 * as one string it doubles the CLI's memory, and past V8's string limit (about 512 MB, some 20,000 articles)
 * `JSON.stringify` throws. The containers near the root (the report, its lists, each document) are written part by
 * part; anything deeper is small and goes through `JSON.stringify`, re-indented to its depth.
 */
export function* jsonChunks(value: unknown, expandDepth = 3): Generator<string> {
  const pending: string[] = [];
  let size = 0;
  // Pieces are gathered up to this many characters, so a writer is called a few thousand times, not millions.
  const FLUSH_AT = 1 << 16;
  for (const piece of pieces(value, '', expandDepth)) {
    pending.push(piece);
    size += piece.length;
    if (size >= FLUSH_AT) {
      yield pending.join('');
      pending.length = 0;
      size = 0;
    }
  }
  pending.push('\n');
  yield pending.join('');
}

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  const json = jsonValue(value);
  if (depth <= 0 || json === null || typeof json !== 'object') {
    yield leaf(json, indent);
    return;
  }
  const inner = indent + '  ';
  if (Array.isArray(json)) {
    if (json.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let k = 0; k < json.length; k++) {
      yield `${k > 0 ? ',' : ''}\n${inner}`;
      // As in JSON.stringify: an element that has no JSON form is written as null.
      yield* pieces(json[k] === undefined || typeof json[k] === 'function' || typeof json[k] === 'symbol' ? null : json[k], inner, depth - 1);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, v] of Object.entries(json as Record<string, unknown>)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(v, inner, depth - 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** The value JSON.stringify would write: what `toJSON` returns, where there is one. */
function jsonValue(value: unknown): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? toJSON.call(value) : value;
}

function leaf(value: unknown, indent: string): string {
  const json = JSON.stringify(value, null, 2) ?? 'null';
  return indent && json.includes('\n') ? json.replace(/\n/g, `\n${indent}`) : json;
}
