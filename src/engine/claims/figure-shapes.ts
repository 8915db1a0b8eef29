// The shapes around a number that decide how it reads: scores, "minus", ".500", "6.5 times", "eight or nine euros",
// ages between commas, and bare levels ("fell 2% to 13,176").
import type { Token } from '../types';
import { glued, type ParsedNumber, parseNumber } from './numbers';
import { matchUnit, type UnitMatch } from './units';
import { isCapitalised, NAME_OK_BEFORE, type Window } from './context';
import { isCountedWord } from './nouns';

export const UNIT_MODIFIERS = new Set([
  'more', 'additional', 'extra', 'further', 'straight', 'consecutive', 'full', 'whole', 'remaining', 'rushing', 'passing',
  'receiving', 'successive', 'long',
]);

/** "Jamie Smith, 25, said": a whole number from 1 to 119 between commas, right after a capitalised name. */
export function isAppositiveAge(w: Window, first: number, end: number, value: number): boolean {
  const { tokens } = w;
  if (end !== first + 1 || tokens[first].kind !== 'number' || !/^\d{1,3}$/.test(tokens[first].text) || value < 1 || value >= 120) return false;
  const comma = tokens[first - 1];
  const name = tokens[first - 2];
  const after = tokens[end];
  if (!comma || !name || !after || comma.text !== ',' || (after.text !== ',' && after.text !== ';') || first - 2 < w.floor) return false;
  return name.kind === 'word' && isCapitalised(name) && !NAME_OK_BEFORE.has(name.norm) && !WEEKDAY_NAMES.has(name.norm);
}
const WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * A bare figure that asserts something without a unit or a counted noun: written with decimals ("rose 8% to 3.65")
 * or at least a thousand ("closed at 16,644", "71 million"). Years ("in 2019") and small integers are not.
 */
export function isStandaloneFigure(tokens: readonly Token[], i: number, value: number, next: Token | undefined): boolean {
  const digits = tokens[i];
  // A run of a hundred digits is noise, not a figure.
  if (digits.kind !== 'number' || digits.text.length > 20 || !Number.isFinite(value)) return false;
  // "555-123-4567", "2024/03/14": the tail of a code written in groups.
  const prev = tokens[i - 1];
  if (prev && prev.end === digits.start && prev.kind !== 'word' && tokens[i - 2]?.kind === 'number' && tokens[i - 2].end === prev.start) return false;
  // "the 90049 ZIP code": a whole number before a name is part of it ("0.5 WAR" is a statistic).
  if (next && next.kind === 'word' && isCapitalised(next) && !digits.text.includes('.')) return false;
  if (digits.text.includes('.')) return true;
  if (Math.abs(value) < 1000) return false;
  return !(digits.text.length === 4 && /^(1[89]|2[01])\d\d$/.test(digits.text) && value === Number(digits.text));
}

/** "one to two years": "one" opens a range, so it is a figure. */
export function isRangeStart(tokens: readonly Token[], j: number): boolean {
  const c = tokens[j];
  const n = tokens[j + 1];
  return !!c && !!n && (c.norm === 'to' || c.norm === 'or') && n.kind === 'word' && NUMBER_WORD_UNITS.has(n.norm);
}
const NUMBER_WORD_UNITS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** "won 2-1", "a 9-2 lead", "drew 2-2": a score, whose second figure is not above the first, is no range and no figure. */
export function isScore(tokens: readonly Token[], a: ParsedNumber): boolean {
  const dash = tokens[a.end];
  const b = tokens[a.end + 1];
  if (a.words || a.end !== a.first + 1 || !dash || !b || dash.norm !== '-' || !glued(tokens, a.end - 1) || !glued(tokens, a.end)) return false;
  if (b.kind !== 'number' || !/^\d{1,2}$/.test(b.text) || !/^\d{1,2}$/.test(tokens[a.first].text)) return false;
  return Number(b.text) <= Number(tokens[a.first].text);
}

/**
 * "BBC One", "the Kick Six win", "the Big Ten": a capitalised number word after a capitalised word is part of a name.
 * In a title-case headline ("Police Arrest Five Men") the next word is capitalised too, and the figure stays.
 */
export function isNamedNumber(w: Window, a: ParsedNumber): boolean {
  const { tokens } = w;
  const t = tokens[a.first];
  const prev = tokens[a.first - 1];
  if (!a.words || t.kind !== 'word' || !isCapitalised(t) || !prev || a.first - 1 <= w.floor) return false;
  if (prev.kind !== 'word' || !isCapitalised(prev) || NAME_OK_BEFORE.has(prev.norm)) return false;
  const next = tokens[a.end];
  return !next || next.kind !== 'word' || !isCapitalised(next);
}

/** The second figure of a score ("1" in "won 2-1"). */
export function isScoreEnd(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i - 1];
  const a = tokens[i - 2];
  if (!dash || !a || dash.norm !== '-' || !glued(tokens, i - 2) || !glued(tokens, i - 1) || a.kind !== 'number') return false;
  if (!/^\d{1,2}$/.test(a.text) || !/^\d{1,2}$/.test(tokens[i].text) || glued(tokens, i) && tokens[i + 1].kind !== 'punct') return false;
  return Number(tokens[i].text) <= Number(a.text);
}

/** ".500 record", ".001 per cent": a decimal written without its leading zero. Returns whether token i follows one. */
export function leadingPoint(w: Window, a: ParsedNumber): boolean {
  const { tokens } = w;
  const i = a.first;
  const p = tokens[i - 1];
  if (!p || i - 1 < w.floor || p.text !== '.' || p.end !== tokens[i].start || a.words || !/^\d+$/.test(tokens[i].text)) return false;
  const before = tokens[i - 2];
  return !before || before.end < p.start || before.text === '$';
}

/** Index of "minus" written before the figure ("minus 387", "minus-130"), or -1. */
export function minusBefore(tokens: readonly Token[], first: number, floor: number): number {
  const p = tokens[first - 1];
  if (!p || first - 1 < floor) return -1;
  if (p.norm === 'minus') return first - 1;
  if (p.norm === '-' && glued(tokens, first - 1) && tokens[first - 2]?.norm === 'minus' && glued(tokens, first - 2)) return first - 2;
  return -1;
}

/** After "1.2m": a counted noun, a unit other than a length, or "of its ...": then the "m" means million. */
export function millionsOf(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (isCountedWord(t)) return true;
  const u = matchUnit(tokens, j);
  // "1.2m tonnes", "5m euros", "1m barrels": a second unit; "5m high" and "3m long" stay metres.
  if (u) return u.dimension !== 'length' && u.dimension !== 'area';
  return t.norm === 'of' && DETERMINER_AFTER_OF.has(tokens[j + 1]?.norm ?? '');
}
const DETERMINER_AFTER_OF = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'them']);

export function isMultiple(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.norm === 'times') {
    // "ten times the speed of sound" is Mach 10, read elsewhere.
    return !(tokens[j + 1]?.norm === 'the' && tokens[j + 2]?.norm === 'speed');
  }
  return t.norm === '-' && glued(tokens, j - 1) && glued(tokens, j) && tokens[j + 1]?.norm === 'fold';
}

export function unitAt(tokens: readonly Token[], j: number): UnitMatch | null {
  const u = matchUnit(tokens, j);
  if (u || tokens[j]?.norm !== '-' || !glued(tokens, j - 1) || !glued(tokens, j)) return u;
  return matchUnit(tokens, j + 1);
}

/** "eight or nine euros", "7- or 8-inch", and a change "from 13.5 to 14.0 mm": the unit of the next figure. */
export function unitOfNext(w: Window, j: number, change: boolean): UnitMatch | null {
  const { tokens } = w;
  let k = j;
  if (tokens[k]?.norm === '-' && glued(tokens, k - 1) && tokens[k + 1]?.norm === 'or') k++;
  const c = tokens[k];
  if (!c || k + 1 >= w.ceiling || !(c.norm === 'or' || (change && c.norm === 'to'))) return null;
  const b = parseNumber(tokens, w.text, k + 1);
  if (!b || b.end >= w.ceiling || b.words !== (tokens[j - 1].kind === 'word')) return null;
  return unitAt(tokens, b.end);
}

/** "from 208 pounds to 193": the unit of the figure the change started from. */
export function unitOfPrevious(w: Window, first: number): UnitMatch | null {
  const { tokens } = w;
  if (tokens[first - 1]?.norm !== 'to') return null;
  for (let k = first - 3; k >= w.floor && k >= first - 6; k--) {
    if (tokens[k].norm !== 'from' || tokens[k + 1].kind !== 'number') continue;
    const a = parseNumber(tokens, w.text, k + 1);
    const u = a ? matchUnit(tokens, a.end) : null;
    return u && u.end === first - 1 && u.dimension !== 'money' ? u : null;
  }
  return null;
}

