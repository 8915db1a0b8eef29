/**
 * Glob matching for workspace-relative paths ("articles/2024/report.md"), the dialect of `files.exclude` and
 * `findFiles`: `**` spans any number of segments, `*` and `?` stay within one, `{a,b}` alternates and `[abc]` /
 * `[!abc]` are character classes. Matching walks segments and characters without regular expressions, so a
 * hostile pattern or path cannot backtrack exponentially (worst case is the product of their lengths).
 */
export type GlobMatcher = (relativePath: string) => boolean;

const MAX_ALTERNATIVES = 256;

/** Expands `{a,b}` groups (nested ones too) into plain patterns, at most MAX_ALTERNATIVES of them. */
export function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        const out: string[] = [];
        for (const option of splitTopLevel(pattern.slice(open + 1, i))) {
          for (const rest of expandBraces(head + option + tail)) {
            if (out.length >= MAX_ALTERNATIVES) return out;
            out.push(rest);
          }
        }
        return out;
      }
    }
  }
  return [pattern];
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

/** Length of a character class starting at `pattern[at] === '['`, or 0 when it is not closed (a literal '['). */
function classLength(pattern: string, at: number): number {
  let i = at + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  while (i < pattern.length && pattern[i] !== ']') i++;
  return i < pattern.length ? i - at + 1 : 0;
}

function classMatches(cls: string, c: string): boolean {
  let body = cls.slice(1, -1);
  const negated = body[0] === '!' || body[0] === '^';
  if (negated) body = body.slice(1);
  let hit = false;
  for (let i = 0; i < body.length; i++) {
    if (body[i + 1] === '-' && i + 2 < body.length) {
      if (body[i] <= c && c <= body[i + 2]) hit = true;
      i += 2;
    } else if (body[i] === c) hit = true;
  }
  return hit !== negated;
}

/** One path segment against one pattern segment (no '/'): `*`, `?`, classes and literals. */
export function matchSegment(pattern: string, text: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const t = ignoreCase ? text.toLowerCase() : text;
  // Classic two-pointer wildcard matching: on a mismatch, let the last '*' absorb one more character.
  let pi = 0;
  let ti = 0;
  let starP = -1;
  let starT = 0;
  while (ti < t.length) {
    const pc = p[pi];
    if (pc === '*') {
      starP = ++pi;
      starT = ti;
      continue;
    }
    if (pi < p.length) {
      if (pc === '?') {
        pi++;
        ti++;
        continue;
      }
      if (pc === '[') {
        const len = classLength(p, pi);
        if (len > 0) {
          if (classMatches(p.slice(pi, pi + len), t[ti])) {
            pi += len;
            ti++;
            continue;
          }
        } else if (t[ti] === '[') {
          pi++;
          ti++;
          continue;
        }
      } else if (pc === t[ti]) {
        pi++;
        ti++;
        continue;
      }
    }
    if (starP < 0) return false;
    pi = starP;
    ti = ++starT;
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}

function matchSegments(pattern: string[], path: string[], ignoreCase: boolean): boolean {
  // reachable[j]: the pattern prefix matched so far can end right before path segment j.
  let reachable = new Array<boolean>(path.length + 1).fill(false);
  reachable[0] = true;
  for (const seg of pattern) {
    const next = new Array<boolean>(path.length + 1).fill(false);
    if (seg === '**') {
      let any = false;
      for (let j = 0; j <= path.length; j++) {
        any ||= reachable[j];
        next[j] = any;
      }
    } else {
      for (let j = 0; j < path.length; j++) if (reachable[j] && matchSegment(seg, path[j], ignoreCase)) next[j + 1] = true;
    }
    reachable = next;
  }
  return reachable[path.length];
}

/** Compiles a glob; an empty pattern matches nothing. */
export function compileGlob(pattern: string, options: { ignoreCase?: boolean } = {}): GlobMatcher {
  const trimmed = pattern.trim();
  if (!trimmed) return () => false;
  const alternatives = expandBraces(trimmed).map((p) => p.replace(/\\/g, '/').replace(/^\.\//, '').split('/').filter((s) => s !== ''));
  const ignoreCase = options.ignoreCase === true;
  return (relativePath) => {
    const path = relativePath.replace(/\\/g, '/').replace(/^\/+/, '').split('/');
    return alternatives.some((segments) => matchSegments(segments, path, ignoreCase));
  };
}
