import type { Token } from '../types';
import { foldPunctuation, isDigitCode, isLetterCode, isSpaceCode } from './chars';

const PUNCTUATION = new Set(
  ".,;:!?'\"()[]{}-/|*#…‘’‚‛“”„«»‐‑‒–—―\\_~".split(''),
);

function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isLetterCode(c);
  return codePointWidth(text, i) === 2 && isLetterCode(text.codePointAt(i)!);
}

/** Ends a digit run, taking "2,000,000" and "7.4" whole but leaving a final "." or "," outside. */
function numberEnd(text: string, start: number): number {
  const n = text.length;
  let j = start;
  while (j < n && isDigitCode(text.charCodeAt(j))) j++;
  // Thousands groups: a comma followed by exactly three digits.
  while (
    j + 3 < n &&
    text.charCodeAt(j) === 44 &&
    isDigitCode(text.charCodeAt(j + 1)) &&
    isDigitCode(text.charCodeAt(j + 2)) &&
    isDigitCode(text.charCodeAt(j + 3)) &&
    !(j + 4 < n && isDigitCode(text.charCodeAt(j + 4)))
  ) {
    j += 4;
  }
  if (j + 1 < n && text.charCodeAt(j) === 46 && isDigitCode(text.charCodeAt(j + 1))) {
    j++;
    while (j < n && isDigitCode(text.charCodeAt(j))) j++;
  }
  return j;
}

/** Splits text into offset-carrying tokens in one linear pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) || c === 0) {
      i++;
      continue;
    }
    if (isDigitCode(c)) {
      const j = numberEnd(text, i);
      const t = text.slice(i, j);
      tokens.push({ start: i, end: j, text: t, norm: t, kind: 'number' });
      i = j;
      continue;
    }
    if (letterAt(text, i)) {
      let j = i + codePointWidth(text, i);
      while (j < n && letterAt(text, j)) j += codePointWidth(text, j);
      const t = text.slice(i, j);
      tokens.push({ start: i, end: j, text: t, norm: t.toLowerCase(), kind: 'word' });
      i = j;
      continue;
    }
    const w = codePointWidth(text, i);
    const t = text.slice(i, i + w);
    tokens.push({ start: i, end: i + w, text: t, norm: foldPunctuation(t), kind: PUNCTUATION.has(t) ? 'punct' : 'symbol' });
    i += w;
  }
  return tokens;
}
