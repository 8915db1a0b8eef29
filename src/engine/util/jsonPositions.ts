/**
 * A small JSON walker that knows where things are: the offset of every value by path ("decisions.2.kind"), so a
 * validation message can name the line a reviewer must fix, and the offset where the syntax breaks, for the
 * JSON.parse messages that do not say.
 */
export interface JsonPositions {
  /** Start offset of each value, keyed by its path; the root is "". */
  offsets: Map<string, number>;
  /** Offset of the first syntax error, when there is one. */
  errorAt?: number;
}

const MAX_DEPTH = 256;

export function scanJsonPositions(text: string): JsonPositions {
  const offsets = new Map<string, number>();
  let i = 0;
  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  const skipSpace = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  };
  const readString = (): string => {
    const start = i++;
    for (;;) {
      if (i >= text.length) fail();
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) fail();
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            fail();
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail();
        }
      } else i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readLiteral = () => {
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const readValue = (path: string, depth: number): void => {
    if (depth > MAX_DEPTH) fail();
    skipSpace();
    offsets.set(path, i);
    const c = text[i];
    const child = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail();
        const key = readString();
        skipSpace();
        if (text[i] !== ':') fail();
        i++;
        readValue(child(key), depth + 1);
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        readValue(child(index), depth + 1);
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') readString();
    else readLiteral();
  };
  try {
    readValue('', 0);
    skipSpace();
    if (i < text.length) fail();
    return { offsets };
  } catch (err) {
    if (err instanceof SyntaxAt) return { offsets, errorAt: err.offset };
    throw err;
  }
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}
