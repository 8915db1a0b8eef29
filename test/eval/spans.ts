/**
 * Locating annotated strings in article text. Pure: no I/O, so the matcher tests can use it on tiny inputs.
 */

export interface TextSpan {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Every case-sensitive occurrence of `needle` in `text`. With `wordBounded`, an occurrence whose first (last)
 * character is a letter or digit must not be preceded (followed) by one: "Russia" is not found in "Russian",
 * but "$1.3bn" is found after any character.
 */
export function findOccurrences(text: string, needle: string, wordBounded: boolean): TextSpan[] {
  const found: TextSpan[] = [];
  if (needle.length === 0) return found;
  let from = 0;
  for (;;) {
    const start = text.indexOf(needle, from);
    if (start < 0) break;
    const end = start + needle.length;
    from = start + 1;
    if (wordBounded) {
      if (isWordChar(needle[0]) && isWordChar(text[start - 1])) continue;
      if (isWordChar(needle[needle.length - 1]) && isWordChar(text[end])) continue;
    }
    found.push({ start, end });
  }
  return found;
}

/** A description of where a string was looked for, used in loud failures. */
export interface Locator {
  file: string;
  text: string;
  occurrence?: number;
}

/**
 * The one span `needle` denotes: its `occurrence`-th (1-based) occurrence, or its only occurrence when no
 * occurrence is given. Throws when the string is missing, ambiguous or the occurrence is out of range, because a
 * gold annotation that silently resolves to nothing would make every score meaningless.
 */
export function resolveOne(text: string, loc: Locator, wordBounded: boolean): TextSpan {
  const needle = adaptLineEndings(text, loc.text);
  const all = findOccurrences(text, needle, wordBounded);
  if (all.length === 0) throw new Error(`${loc.file}: gold string not found: ${JSON.stringify(loc.text)}`);
  if (loc.occurrence === undefined) {
    if (all.length > 1) {
      throw new Error(`${loc.file}: gold string ${JSON.stringify(loc.text)} occurs ${all.length} times; give "occurrence"`);
    }
    return all[0];
  }
  if (!Number.isInteger(loc.occurrence) || loc.occurrence < 1 || loc.occurrence > all.length) {
    throw new Error(
      `${loc.file}: occurrence ${loc.occurrence} of ${JSON.stringify(loc.text)} requested, ${all.length} found`,
    );
  }
  return all[loc.occurrence - 1];
}

/** Gold quotes are written with "\n"; articles saved with CRLF need "\r\n" to match. */
export function adaptLineEndings(text: string, quote: string): string {
  if (!quote.includes('\n') || !text.includes('\r\n')) return quote;
  return quote.replace(/\r?\n/g, '\r\n');
}

export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

export function sameSpan(a: TextSpan, b: TextSpan): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Strip a UTF-8 byte order mark, as the engine contract requires before offsets are counted. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
