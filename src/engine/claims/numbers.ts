import { table } from './lookup';
import type { Token } from '../types';

/** A number read from one or more tokens: digits, number words, a fraction, with any scale word applied. */
export interface ParsedNumber {
  value: number;
  /** Token index of the first token of the number. */
  first: number;
  /** Token index one past the last token (scale word included). */
  end: number;
  /** Written in words ("ten", "a dozen"). */
  words: boolean;
  /** A scale word or suffix ("million", "bn", "k") was applied. */
  scaled: boolean;
  /**
   * The factor of the scale written last ("thousand" in "five thousand", "bn" in "7bn"): in "four to five thousand"
   * it applies to the first end as well. Absent when the number ends without one.
   */
  scale?: number;
  /** A fraction ("1/2", "two-thirds", "¾"). */
  fraction?: boolean;
  /** A glued single-letter suffix that is a scale for money but a unit otherwise ("5m", "5b"). */
  ambiguousSuffix?: string;
}

const UNITS_WORDS: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
});
const TENS_WORDS: Record<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Scale words that follow a number ("1.1 million"); also valid after number words. */
export const SCALE_WORDS: Record<string, number> = table({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9,
  tn: 1e12, trn: 1e12, lakh: 1e5, crore: 1e7,
});
/** Suffixes glued to digits ("5k", "$1.3bn"). 'm' and 'b' are resolved by the caller (metres vs million). */
const GLUED_SCALES: Record<string, number> = table({
  k: 1e3, K: 1e3, bn: 1e9, mn: 1e6, mln: 1e6, tn: 1e12, trn: 1e12, M: 1e6, B: 1e9, million: 1e6, billion: 1e9, mil: 1e6,
});
const UNICODE_FRACTIONS: Record<string, number> = table({
  '½': 0.5, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 0.25, '¾': 0.75, '⅕': 0.2, '⅛': 0.125,
});
const FRACTION_WORDS: Record<string, number> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
});

// "dozens of", "thousands of", "tens of millions of": vague plurals, read as the decade they name.
const VAGUE_PLURALS: Record<string, number> = table({
  tens: 10, dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
});

/** Every word that can start a written number. */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(UNITS_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(VAGUE_PLURALS), 'dozen', 'hundred', 'thousand',
];

/** Words that can start a number; the cheap gate before any parsing. */
export function isNumberWord(norm: string): boolean {
  return norm in UNITS_WORDS || norm in TENS_WORDS || norm in VAGUE_PLURALS || norm === 'dozen' || norm === 'hundred' || norm === 'thousand';
}

/** A vague amount: the low and high end of the decade it names, and the token after its last "of". */
export interface VagueAmount {
  low: number;
  high: number;
  end: number;
}

/**
 * "thousands of people" is 1,000 to 10,000, "tens of thousands of" 10,000 to 100,000, "dozens of" 12 to 120: each
 * names an order of magnitude, so the range runs from it to ten times it.
 */
export function parseVague(tokens: readonly Token[], i: number): VagueAmount | null {
  let low = VAGUE_PLURALS[tokens[i].norm];
  if (low === undefined || tokens[i + 1]?.norm !== 'of') return null;
  let end = i + 2;
  // "tens of thousands of", "hundreds of millions of"
  const more = VAGUE_PLURALS[tokens[end]?.norm ?? ''];
  if (more !== undefined && more >= 1e3 && low <= 100 && tokens[end + 1]?.norm === 'of') {
    low *= more;
    end += 2;
  }
  return { low, high: low * 10, end };
}

export function glued(tokens: readonly Token[], i: number): boolean {
  return i >= 0 && i + 1 < tokens.length && tokens[i].end === tokens[i + 1].start;
}

/** Glued to a following letter or digit run (punctuation after a token does not count). */
export function gluedAlnum(tokens: readonly Token[], i: number): boolean {
  return glued(tokens, i) && (tokens[i + 1].kind === 'word' || tokens[i + 1].kind === 'number');
}

function isGroupSpace(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** "35 737 MAX jets": a group followed by a name is a model number, not thousands. */
function startsName(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function digitsValue(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

function applyScales(tokens: readonly Token[], n: ParsedNumber): ParsedNumber {
  let j = n.end;
  while (j < tokens.length) {
    const s = SCALE_WORDS[tokens[j].norm];
    if (s === undefined) break;
    // "hundreds", "thousands of" are vague plurals; only singular scale words scale a figure.
    n.value *= s;
    n.scaled = true;
    n.scale = (n.scale ?? 1) * s;
    j++;
  }
  n.end = j;
  return n;
}

function parseDigits(tokens: readonly Token[], text: string, i: number): ParsedNumber {
  let raw = tokens[i].text;
  let j = i + 1;
  // "5 000": space-grouped thousands, only after a plain 1-3 digit group.
  if (/^\d{1,3}$/.test(raw)) {
    while (
      j < tokens.length &&
      tokens[j].kind === 'number' &&
      /^\d{3}(\.\d+)?$/.test(tokens[j].text) &&
      isGroupSpace(text, tokens[j - 1].end, tokens[j].start) &&
      !startsName(tokens[j + 1])
    ) {
      raw += tokens[j].text;
      j++;
      if (raw.includes('.')) break;
    }
  }
  const n: ParsedNumber = { value: digitsValue(raw), first: i, end: j, words: false, scaled: false };
  const next = tokens[j];
  // "3½" and "2 1/2"
  if (next && next.start === tokens[j - 1].end && UNICODE_FRACTIONS[next.text] !== undefined) {
    n.value += UNICODE_FRACTIONS[next.text];
    n.end = j + 1;
    return applyScales(tokens, n);
  }
  if (next && next.start === tokens[j - 1].end && next.kind === 'word') {
    const scale = GLUED_SCALES[next.text] ?? GLUED_SCALES[next.norm];
    if (scale !== undefined && !gluedAlnum(tokens, j)) {
      n.value *= scale;
      n.scaled = true;
      n.scale = scale;
      n.end = j + 1;
      return n;
    }
    if ((next.text === 'm' || next.text === 'b') && !gluedAlnum(tokens, j)) n.ambiguousSuffix = next.text;
    return n;
  }
  return applyScales(tokens, n);
}

function parseFraction(tokens: readonly Token[], i: number): ParsedNumber | null {
  // "1/2", "3/4": small glued slash fractions (dates like 14/03/2023 are taken before this).
  const t = tokens[i];
  if (!glued(tokens, i) || tokens[i + 1].text !== '/' || !glued(tokens, i + 1)) return null;
  const d = tokens[i + 2];
  if (!d || d.kind !== 'number' || glued(tokens, i + 2) && tokens[i + 3].text === '/') return null;
  const a = digitsValue(t.text);
  const b = digitsValue(d.text);
  if (!(b > 1 && b <= 16 && a < b)) return null;
  return { value: a / b, first: i, end: i + 3, words: false, scaled: false, fraction: true };
}

function wordValueAt(tokens: readonly Token[], i: number): { value: number; end: number } | null {
  const w = tokens[i]?.norm;
  if (w === undefined) return null;
  if (w in UNITS_WORDS) return { value: UNITS_WORDS[w], end: i + 1 };
  if (w in TENS_WORDS) {
    // "twenty-five", "twenty five"
    const base = TENS_WORDS[w];
    const hy = glued(tokens, i) && tokens[i + 1].norm === '-' && glued(tokens, i + 1) ? i + 2 : i + 1;
    const u = tokens[hy]?.norm;
    if (u !== undefined && u in UNITS_WORDS && UNITS_WORDS[u] > 0 && UNITS_WORDS[u] < 10) return { value: base + UNITS_WORDS[u], end: hy + 1 };
    return { value: base, end: i + 1 };
  }
  return null;
}

/** "two thousand three hundred and five", "a dozen", "a hundred", "twenty-five". */
function parseWords(tokens: readonly Token[], i: number): ParsedNumber | null {
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  let trailing = 1;
  // "half a million"
  if (tokens[j].norm === 'half' && tokens[j + 1]?.norm === 'a') {
    const s = SCALE_WORDS[tokens[j + 2]?.norm ?? ''];
    if (s !== undefined && s >= 1e3) return { value: s / 2, first: i, end: j + 3, words: true, scaled: true };
    return null;
  }
  if (tokens[j].norm === 'a' || tokens[j].norm === 'an') {
    const nx = tokens[j + 1]?.norm;
    if (nx === 'dozen') return { value: 12, first: i, end: j + 2, words: true, scaled: false };
    if (nx !== 'hundred' && nx !== 'thousand' && nx !== 'million' && nx !== 'billion') return null;
    current = 1;
    any = true;
    j++;
  }
  for (;;) {
    const t = tokens[j];
    if (!t) break;
    const wv = wordValueAt(tokens, j);
    if (wv) {
      // "ten twelve" is two numbers; a unit word only follows a bare scale ("two hundred five").
      if (current !== 0 && current % 100 !== 0) break;
      current += wv.value;
      j = wv.end;
      any = true;
      trailing = 1;
      continue;
    }
    if (!any) return null;
    if (t.norm === 'dozen') {
      current *= 12;
      j++;
      continue;
    }
    if (t.norm === 'hundred') {
      current = (current || 1) * 100;
      j++;
      trailing = 100;
      continue;
    }
    const s = SCALE_WORDS[t.norm];
    if (s !== undefined && s >= 1e3) {
      total += (current || 1) * s;
      current = 0;
      j++;
      trailing = s;
      continue;
    }
    // "one hundred and five"
    if (t.norm === 'and' && current >= 100 && wordValueAt(tokens, j + 1)) {
      j++;
      continue;
    }
    break;
  }
  if (!any) return null;
  // "two and a half"
  if (tokens[j]?.norm === 'and' && tokens[j + 1]?.norm === 'a' && tokens[j + 2]?.norm === 'half') {
    current += 0.5;
    j += 3;
  }
  const n: ParsedNumber = { value: total + current, first: i, end: j, words: true, scaled: total > 0 || current >= 100 };
  if (trailing > 1) n.scale = trailing;
  return n;
}

/** "two-thirds", "three quarters", "a third", "half" (only in "half of"-like uses decided by the caller). */
function parseWordFraction(tokens: readonly Token[], i: number): ParsedNumber | null {
  const t = tokens[i];
  let num = 1;
  let k = i;
  if (t.norm === 'a' || t.norm === 'one') k = i + 1;
  else if (t.norm in UNITS_WORDS) {
    num = UNITS_WORDS[t.norm];
    k = i + 1;
  } else return null;
  if (tokens[k]?.norm === '-' && tokens[k - 1].end === tokens[k].start) k++;
  const f = tokens[k] && FRACTION_WORDS[tokens[k].norm];
  if (!f || k === i) return null;
  if (num > 1 && !tokens[k].norm.endsWith('s')) return null;
  if (num === 1 && tokens[k].norm.endsWith('s')) return null;
  if (tokens[k].norm.startsWith('half') && num !== 1) return null;
  return { value: num / f, first: i, end: k + 1, words: true, scaled: false, fraction: true };
}

/** Reads the number that starts at token `i`, or null. */
export function parseNumber(tokens: readonly Token[], text: string, i: number): ParsedNumber | null {
  const t = tokens[i];
  if (t.kind === 'number') return parseFraction(tokens, i) ?? parseDigits(tokens, text, i);
  if (t.kind === 'symbol' && UNICODE_FRACTIONS[t.text] !== undefined) {
    return { value: UNICODE_FRACTIONS[t.text], first: i, end: i + 1, words: false, scaled: false, fraction: true };
  }
  if (t.kind !== 'word') return null;
  const frac = parseWordFraction(tokens, i);
  if (frac) return frac;
  if (VAGUE_PLURALS[t.norm] !== undefined) {
    const v = parseVague(tokens, i);
    return v ? { value: v.low, first: i, end: v.end, words: true, scaled: true } : null;
  }
  const w = parseWords(tokens, i);
  return w ? applyScales(tokens, w) : null;
}

export function isFractionWord(norm: string): boolean {
  return norm in FRACTION_WORDS;
}
