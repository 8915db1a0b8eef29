// Character classes by code unit, so the scanner never runs a regular expression per character.

const LETTER_RE = /[\p{L}\p{M}]/u;
const asciiClass = new Uint8Array(128);
const A_LETTER = 1;
const A_DIGIT = 2;
const A_SPACE = 4;
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z]/.test(ch)) asciiClass[c] = A_LETTER;
  else if (/[0-9]/.test(ch)) asciiClass[c] = A_DIGIT;
  else if (/\s/.test(ch)) asciiClass[c] = A_SPACE;
}

const nonAsciiLetterCache = new Map<number, boolean>();

/** True for a letter or combining mark, including astral letters when given the full code point. */
export function isLetterCode(code: number): boolean {
  if (code < 128) return asciiClass[code] === A_LETTER;
  let known = nonAsciiLetterCache.get(code);
  if (known === undefined) {
    // Lone surrogates are not letters; String.fromCodePoint keeps them as they are.
    known = code >= 0xd800 && code <= 0xdfff ? false : LETTER_RE.test(String.fromCodePoint(code));
    if (nonAsciiLetterCache.size < 65536) nonAsciiLetterCache.set(code, known);
  }
  return known;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isSpaceCode(code: number): boolean {
  if (code < 128) return asciiClass[code] === A_SPACE;
  return code === 0xa0 || code === 0x2007 || code === 0x202f || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}

export function isUpperCode(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerCode(code: number): boolean {
  if (code >= 97 && code <= 122) return true;
  if (code < 128) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Folds curly quotes, primes and dashes to their ASCII forms so copies compare equal. */
export function foldPunctuation(ch: string): string {
  switch (ch) {
    case '\u2018':
    case '\u2019':
    case '\u201a':
    case '\u201b':
    case '\u2032':
    case '`':
    case '\u00b4':
      return "'";
    case '\u201c':
    case '\u201d':
    case '\u201e':
    case '\u201f':
    case '\u2033':
    case '\u00ab':
    case '\u00bb':
      return '"';
    case '\u2010':
    case '\u2011':
    case '\u2012':
    case '\u2013':
    case '\u2014':
    case '\u2015':
    case '\u2212':
      return '-';
    default:
      return ch;
  }
}
