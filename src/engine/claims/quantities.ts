import type { Dimension, Qualifier, Token } from '../types';
import { glued, type ParsedNumber, parseNumber, parseVague } from './numbers';
import { qualifierAfter, qualifierBefore } from './qualifiers';
import { currencyBefore, currencySymbolAfter, matchUnit, type UnitMatch } from './units';
import type { Window } from './context';
import {
  isMultiple, isNamedNumber, isRangeStart, isScore, isScoreEnd, leadingPoint, millionsOf, minusBefore, UNIT_MODIFIERS, unitOfNext,
  unitOfPrevious,
} from './figure-shapes';

export type { Window } from './context';
export { isDesignation, isFurniture } from './designations';
export { isAppositiveAge, isStandaloneFigure } from './figure-shapes';
export { type CountedNoun, isBackReference, isFunctionWord, nounAfter, nounBefore } from './nouns';

/** A figure found in the token stream, before it is attached to a subject and attribute. */
export interface RawQuantity {
  first: number;
  end: number;
  dimension: Dimension;
  value: number;
  unit: string;
  low?: number;
  high?: number;
  qualifier?: Qualifier;
  noun?: string;
  /** A fraction: "two-thirds of voters" is a share of something, not a count. */
  fraction?: boolean;
  /** A difference of temperature ("rise by 1.5°C"), in kelvin without the offset. */
  difference?: boolean;
}

// Verbs of change: "rose from 5% to 7%" states two figures, not a range.
const CHANGE_WORDS = new Set([
  'rose', 'rise', 'rising', 'risen', 'fell', 'fall', 'falling', 'fallen', 'increased', 'increase', 'increasing',
  'decreased', 'decrease', 'grew', 'grow', 'growing', 'dropped', 'drop', 'climbed', 'climb', 'jumped', 'jump', 'cut',
  'raised', 'raise', 'reduced', 'reduce', 'up', 'down', 'went', 'go', 'soared', 'slumped', 'declined', 'decline',
  'expanded', 'shrank', 'surged', 'plunged', 'lifted', 'lowered', 'boosted', 'slashed', 'changed', 'moved',
]);

interface RangeEnd {
  n: ParsedNumber;
  end: number;
}

/** A second figure after "-", "–", "to" or "and" (after "between"); the caller decides whether it is a range. */
function rangeSecond(w: Window, a: ParsedNumber, currency: boolean, between: boolean): RangeEnd | null {
  const { tokens } = w;
  let k = a.end;
  const c = tokens[k];
  if (!c || k >= w.ceiling) return null;
  if (c.norm === '-' || c.text === '/') {
    if (c.text === '/') return null;
  } else if (c.norm === 'to' || (between && c.norm === 'and')) {
    // fine
  } else return null;
  k++;
  // "$5 to $7", "$US160 million and $US171 million": skip the second end's own currency prefix.
  if (currency) {
    for (let m = 1; m <= 3 && k + m < w.ceiling; m++) {
      if (tokens[k + m].kind === 'number') {
        if (currencyBefore(tokens, k + m)?.first === k) k += m;
        break;
      }
    }
  }
  if (tokens[k]?.text === 'US' && tokens[k + 1]?.text === '$') k += 2;
  const t = tokens[k];
  if (!t || k >= w.ceiling) return null;
  const b = parseNumber(tokens, w.text, k);
  if (!b) return null;
  return { n: b, end: b.end };
}

const DIFFERENCE_AFTER = new Set(['above', 'below', 'warmer', 'cooler', 'higher', 'lower', 'hotter', 'colder', 'more', 'less']);
const DIFFERENCE_BEFORE = new Set(['by', 'up', 'down', 'of']);
const CHANGE_NOUNS = new Set(['rise', 'increase', 'drop', 'fall', 'warming', 'cooling', 'change', 'anomaly', 'difference']);

function isTemperatureDifference(tokens: readonly Token[], first: number, end: number): boolean {
  if (DIFFERENCE_AFTER.has(tokens[end]?.norm ?? '')) return true;
  const prev = tokens[first - 1]?.norm ?? '';
  if (!DIFFERENCE_BEFORE.has(prev)) return false;
  return prev !== 'of' || CHANGE_NOUNS.has(tokens[first - 2]?.norm ?? '');
}

/** "45.5%–46.5%", "10 km to 12 km": a range that writes its unit after both ends. */
function rangeWithUnitTwice(w: Window, a: ParsedNumber, between: boolean): RangeEnd | null {
  const { tokens } = w;
  const u = a.end < w.ceiling ? matchUnit(tokens, a.end) : null;
  const c = u ? tokens[u.end] : undefined;
  if (!u || !c || u.end + 1 >= w.ceiling || !(c.norm === '-' || c.norm === 'to' || (between && c.norm === 'and'))) return null;
  // "rose 5% to 7%": a change and the level it reached, not a range.
  if (c.norm === 'to' && CHANGE_WORDS.has(tokens[a.first - 1]?.norm ?? '')) return null;
  const b = parseNumber(tokens, w.text, u.end + 1);
  if (!b || b.end >= w.ceiling || b.value < a.value) return null;
  const u2 = matchUnit(tokens, b.end);
  return u2 && u2.unit === u.unit ? { n: b, end: b.end } : null;
}

/** Reads the quantity (number, range, unit, money, percent) whose number starts at token i. */
export function readQuantity(w: Window, i: number): RawQuantity | null {
  const { tokens } = w;
  const a = parseNumber(tokens, w.text, i);
  if (!a) return null;
  if (a.words && a.value === 1 && a.end === i + 1 && !isRangeStart(tokens, a.end)) {
    // "one" is mostly a pronoun ("one of the"); it is a figure only with a unit ("one year") or as a range's start.
    const u = matchUnit(tokens, a.end);
    if (!u || u.dimension === 'duration') return null;
  }
  if (isScore(tokens, a) || isScoreEnd(tokens, i) || isNamedNumber(w, a)) return null;
  const vague = a.words ? parseVague(tokens, i) : null;
  const decimalPoint = leadingPoint(w, a);
  let currency = currencyBefore(tokens, decimalPoint ? i - 1 : i);
  let first = currency ? currency.first : decimalPoint ? i - 1 : i;
  let value = decimalPoint ? a.value / 10 ** tokens[i].text.length : a.value;
  let end = a.end;
  const minus = minusBefore(tokens, first, w.floor);
  if (minus >= 0) first = minus;
  // "1,200€": the currency symbol after the amount.
  const symbolAfter = currency ? null : currencySymbolAfter(tokens[end], tokens[end - 1]);
  if (symbolAfter) {
    currency = { code: symbolAfter, first };
    end++;
  }
  if (a.ambiguousSuffix && currency) {
    value *= a.ambiguousSuffix === 'm' ? 1e6 : 1e9;
    end++;
  } else if (a.ambiguousSuffix && millionsOf(tokens, end + 1)) {
    // "1.5m people", "2bn users": millions and billions of something, not metres.
    value *= a.ambiguousSuffix === 'm' ? 1e6 : 1e9;
    end++;
  }
  const between = tokens[first - 1]?.norm === 'between';
  let low: number | undefined;
  let high: number | undefined;
  const second = vague || (a.ambiguousSuffix && currency) ? null : rangeSecond(w, a, !!currency, between) ?? (currency ? null : rangeWithUnitTwice(w, a, between));
  // "rose from 5% to 7%", "increased by $43.6 billion to $419.2 billion": a change and the level it reached.
  const fromChange =
    (tokens[first - 1]?.norm === 'from' && CHANGE_WORDS.has(tokens[first - 2]?.norm ?? '')) ||
    (tokens[first - 1]?.norm === 'by' && currency !== null && !!second && (currencyBefore(tokens, second.n.first)?.first ?? -1) > a.end);
  if (second && !fromChange && (tokens[a.end].norm !== 'to' || second.n.value > value) && second.n.value >= value) {
    let bValue = second.n.value;
    let bEnd = second.end;
    if (second.n.ambiguousSuffix && currency) {
      bValue *= second.n.ambiguousSuffix === 'm' ? 1e6 : 1e9;
      bEnd++;
    }
    let aValue = value;
    if (!a.scaled && second.n.scale !== undefined) {
      // "1.5 to 2 million", "$5-7bn", "four to five thousand": the scale written once applies to both ends.
      const scale = second.n.scale;
      if (aValue * scale <= bValue) aValue *= scale;
    } else if (!a.scaled && second.n.ambiguousSuffix && currency) {
      const scale = second.n.ambiguousSuffix === 'm' ? 1e6 : 1e9;
      if (aValue * scale <= bValue) aValue *= scale;
    }
    if (aValue <= bValue) {
      low = aValue;
      high = bValue;
      value = aValue;
      end = bEnd;
    }
  }
  if (vague) {
    low = vague.low;
    high = vague.high;
  }
  let unit: UnitMatch | null = tokens[end] && end < w.ceiling ? matchUnit(tokens, end) : null;
  // "a 1.5-mile barrier", "a 10-year deal": the unit glued by a hyphen.
  if (!unit && tokens[end]?.norm === '-' && glued(tokens, end - 1) && glued(tokens, end) && end + 1 < w.ceiling) {
    unit = matchUnit(tokens, end + 1);
    // "the 45-year-old": an age, the "-old" belongs to the figure.
    if (unit && unit.dimension === 'duration' && tokens[unit.end]?.norm === '-' && tokens[unit.end + 1]?.norm === 'old' && glued(tokens, unit.end)) {
      unit = { ...unit, end: unit.end + 2 };
    }
  }
  // "five straight years", "10 more minutes", "517 rushing yards": one modifier between the figure and its unit.
  if (!unit && !currency && end + 1 < w.ceiling && UNIT_MODIFIERS.has(tokens[end]?.norm ?? '')) {
    const u = matchUnit(tokens, end + 1);
    if (u && u.dimension !== 'money' && u.dimension !== 'percent' && u.dimension !== 'percentage-points') unit = u;
  }
  // "eight or nine euros", "7- or 8-inch", "from 13.5 to 14.0 mm", "from 208 pounds to 193": a figure takes the unit
  // written once for two figures; its span stays its own.
  let shared = false;
  if (!unit && !currency && low === undefined) {
    unit = unitOfNext(w, end, tokens[first - 1]?.norm === 'from') ?? unitOfPrevious(w, first);
    shared = unit !== null;
  }
  let dimension: Dimension;
  let unitName = '';
  let factor = 1;
  let offset = 0;
  if (currency) {
    dimension = 'money';
    unitName = currency.code;
    if (unit && unit.dimension === 'money') end = unit.end;
  } else if (unit) {
    dimension = unit.dimension;
    unitName = unit.unit;
    factor = unit.factor;
    offset = unit.offset ?? 0;
    if (!shared) end = unit.end;
  } else if (isMultiple(tokens, end)) {
    // "6.5 times earnings", "orbited 3,200 times", "a six-fold rise": a multiple or a number of occurrences.
    dimension = 'number';
    unitName = '×';
    end += tokens[end].norm === 'times' ? 1 : 2;
  } else {
    dimension = 'count';
  }
  if (minus >= 0) {
    value = -value;
    if (low !== undefined) [low, high] = [-high!, -low];
  }
  // "rise by 1.5°C", "2°C warmer", "1.5°C above pre-industrial levels": a difference of temperature has no zero point.
  const difference = dimension === 'temperature' && isTemperatureDifference(tokens, first, end);
  if (difference) offset = 0;
  if (between && low !== undefined) first--;
  const q: RawQuantity = { first, end, dimension, value: value * factor + offset, unit: unitName };
  if (difference) q.difference = true;
  if (a.fraction && dimension === 'count') {
    q.dimension = 'number';
    q.fraction = true;
  }
  if (low !== undefined && high !== undefined) {
    q.low = low * factor + offset;
    q.high = high * factor + offset;
  }
  const before = qualifierBefore(tokens, q.first, w.floor);
  if (before) {
    const negated = negationBefore(tokens, before.index, w.floor);
    if (negated && INVERSE[before.qualifier]) {
      // "never fell below 20°C": a verbal bound, inverted, and not part of the figure's span.
      q.qualifier = INVERSE[before.qualifier];
    } else {
      q.qualifier = before.qualifier;
      q.first = before.index;
    }
  }
  if (vague) q.qualifier ??= 'approx';
  const after = qualifierAfter(tokens, q.end, w.ceiling);
  if (after) {
    q.qualifier ??= after.qualifier;
    q.end = after.index;
  }
  return q;
}

const INVERSE: Partial<Record<Qualifier, Qualifier>> = { 'less-than': 'at-least', 'more-than': 'at-most' };
const NEGATIONS = new Set(['never', 'not', "n't", 'no', 'nt']);

function negationBefore(tokens: readonly Token[], k: number, floor: number): boolean {
  for (let j = k - 1; j >= floor && j >= k - 3; j--) {
    if (NEGATIONS.has(tokens[j].norm)) return true;
    if (tokens[j].norm === "'" && tokens[j + 1]?.norm === 't') return true;
  }
  return false;
}

