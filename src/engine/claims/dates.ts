import { table } from './lookup';
import type { Qualifier, Token } from '../types';
import {
  type Day, type Interval, MONTHS, WEEKDAYS, addDays, daySpan, daysInMonth, monthSpan, shiftMonth, validDay, weekday,
  yearSpan,
} from './calendar';
import { glued, gluedAlnum } from './numbers';

/**
 * Dates and periods. Conventions (inclusive days):
 * - a year is Jan 1 – Dec 31; "early YEAR" Jan 1 – Apr 30, "mid-YEAR" May 1 – Aug 31, "late YEAR" Sep 1 – Dec 31;
 * - "the first/second half of YEAR" Jan–Jun / Jul–Dec; "Qn YEAR" / "the nth quarter of YEAR" its three months;
 * - "the end of YEAR" (and "end-YEAR") is its last third, Sep 1 – Dec 31 like "late YEAR": writers use it loosely;
 *   "the beginning/start of YEAR" is January; seasons are meteorological
 *   (spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec – Feb of the next year);
 * - within a month, "early" is days 1–10, "mid" 11–20, "late"/"the end of" 21 – last day;
 * - "by ..." makes the qualifier at-most, "before ..." less-than, "after ..." more-than;
 * - "the 1990s" is the decade; "2019-2021" and "between 2019 and 2021" span both years;
 * - relative dates resolve against the article date (weekdays to the latest such day on or before it);
 *   without one they are kept in `relative` and have no interval.
 */
export interface DateMatch {
  first: number;
  end: number;
  interval?: Interval;
  qualifier?: Qualifier;
  relative?: string;
}

const YEAR_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'during', 'before', 'after', 'between', 'and', 'of', 'for',
  'from', 'circa', 'throughout', 'around', 'early', 'late', 'mid', 'summer', 'spring', 'autumn', 'fall', 'winter',
]);
const AMOUNT_NOUNS = new Set([
  'average', 'total', 'maximum', 'minimum', 'sum', 'price', 'cost', 'value', 'estimate', 'estimates', 'score', 'level',
  'budget', 'tally', 'count', 'number', 'peak', 'high', 'low', 'record', 'target', 'forecast', 'forecasts', 'rate',
]);
const MONTH_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'of', 'early', 'late', 'mid', 'on', 'last', 'next', 'this', 'between', 'and', 'to', 'through']);
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const SEASONS: Record<string, [number, number]> = table({ spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 14] });
const QUARTER_WORDS: Record<string, number> = table({ first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 });
const BOUND_WORDS: Record<string, Qualifier> = table({ by: 'at-most', before: 'less-than', after: 'more-than', since: 'at-least' });

const FUNCTION_WORDS = new Set([
  'and', 'or', 'but', 'only', 'when', 'as', 'after', 'before', 'to', 'in', 'on', 'at', 'with', 'by', 'for', 'was', 'were',
  'is', 'are', 'had', 'has', 'have', 'that', 'which', 'the', 'a', 'an', 'of', 'alone', 'onwards', 'onward', 'until',
]);

/** A lower-case content word after a year makes the year a count ("a fleet of 2020 drones"). */
function isLowerWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text === t.norm && !FUNCTION_WORDS.has(t.norm);
}

function isMonthToken(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || MONTHS[t.norm] === undefined) return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function intOf(t: Token | undefined, maxDigits: number): number | null {
  if (!t || t.kind !== 'number' || t.text.length > maxDigits || !/^\d+$/.test(t.text)) return null;
  return Number(t.text);
}

function yearAt(tokens: readonly Token[], k: number): number | null {
  const t = tokens[k];
  if (!t || t.kind !== 'number' || t.text.length !== 4) return null;
  const y = intOf(t, 4);
  // A year must not run on into another figure ("2024.5", "2024-03-14" is handled before this).
  return y !== null && y >= 1000 && y <= 2199 ? y : null;
}

/** Day number at k with an optional glued ordinal suffix ("14th"); returns the index after it. */
function dayAt(tokens: readonly Token[], k: number): { d: number; next: number } | null {
  const d = intOf(tokens[k], 2);
  if (d === null || d < 1 || d > 31) return null;
  if (glued(tokens, k) && ORDINAL_SUFFIX.has(tokens[k + 1].norm)) return { d, next: k + 2 };
  if (glued(tokens, k) && tokens[k + 1].kind !== 'punct') return null;
  return { d, next: k + 1 };
}

function skipComma(tokens: readonly Token[], k: number): number {
  return tokens[k]?.text === ',' ? k + 1 : k;
}

/** Month/day/year forms anchored on a month name at i: "March 14, 2023", "Mar. 3", "December 2025". */
function fromMonth(tokens: readonly Token[], i: number, ref: Day | null): DateMatch | null {
  const m = MONTHS[tokens[i].norm];
  let k = i + 1;
  // "Mar. 3": only an abbreviated month takes a full stop.
  if (tokens[k]?.text === '.' && glued(tokens, i) && tokens[i].norm.length <= 4 && tokens[i].norm !== 'june' && tokens[i].norm !== 'july' && tokens[i].norm !== 'may') k++;
  const day = dayAt(tokens, k);
  if (day) {
    const yk = skipComma(tokens, day.next);
    const y = yearAt(tokens, yk);
    if (y !== null && validDay(y, m, day.d)) return { first: i, end: yk + 1, interval: daySpan({ y, m, d: day.d }) };
    if (y === null && tokens[day.next]?.kind !== 'number') return partialDay(i, day.next, m, day.d, ref, tokens);
    return null;
  }
  let yk = skipComma(tokens, k);
  if (tokens[yk]?.norm === 'of') yk++;
  const y = yearAt(tokens, yk);
  if (y !== null) return { first: i, end: yk + 1, interval: monthSpan(y, m) };
  const prev = tokens[i - 1]?.norm;
  if (prev === undefined || !MONTH_PREPOSITIONS.has(prev)) return null;
  if (tokens[i].norm === 'may' || tokens[i].norm === 'march') {
    // "in May" yes; "May" as a name or verb otherwise.
    if (prev !== 'in' && prev !== 'since' && prev !== 'until' && prev !== 'by' && prev !== 'early' && prev !== 'late' && prev !== 'mid' && prev !== 'of' && prev !== 'last' && prev !== 'next' && prev !== 'this') return null;
  }
  if (!ref) return { first: i, end: k, relative: tokens[i].text };
  const year = prev === 'last' ? (m < ref.m ? ref.y : ref.y - 1) : prev === 'next' ? (m > ref.m ? ref.y : ref.y + 1) : ref.y;
  return { first: i, end: k, interval: monthSpan(year, m) };
}

function partialDay(first: number, end: number, m: number, d: number, ref: Day | null, tokens: readonly Token[]): DateMatch | null {
  if (!ref) return { first, end, relative: tokens.slice(first, end).map((t) => t.text).join(' ') };
  if (!validDay(ref.y, m, d)) return null;
  return { first, end, interval: daySpan({ y: ref.y, m, d }) };
}

/** "14 March 2023", "14th of March", "3 Dec". */
function fromDay(tokens: readonly Token[], i: number, ref: Day | null): DateMatch | null {
  const day = dayAt(tokens, i);
  if (!day) return null;
  let k = day.next;
  if (tokens[k]?.norm === 'of') k++;
  if (!isMonthToken(tokens[k])) return null;
  const m = MONTHS[tokens[k].norm];
  let after = k + 1;
  if (tokens[after]?.text === '.' && glued(tokens, k)) after++;
  const yk = skipComma(tokens, after);
  const y = yearAt(tokens, yk);
  if (y !== null && validDay(y, m, day.d)) return { first: i, end: yk + 1, interval: daySpan({ y, m, d: day.d }) };
  return partialDay(i, after, m, day.d, ref, tokens);
}

/** "2023-03-14", "14/03/2023", "3/14/2023". */
function fromNumeric(tokens: readonly Token[], i: number): DateMatch | null {
  const sep = tokens[i + 1]?.text;
  if ((sep !== '-' && sep !== '/' && sep !== '.') || !glued(tokens, i) || !glued(tokens, i + 1) || !glued(tokens, i + 2)) return null;
  if (tokens[i + 3]?.text !== sep || !glued(tokens, i + 3)) return null;
  const a = intOf(tokens[i], 4);
  const b = intOf(tokens[i + 2], 2);
  const c = intOf(tokens[i + 4], 4);
  if (a === null || b === null || c === null) return null;
  if (tokens[i].text.length === 4 && sep === '-' && validDay(a, b, c)) return { first: i, end: i + 5, interval: daySpan({ y: a, m: b, d: c }) };
  if (tokens[i + 4].text.length !== 4 || tokens[i].text.length > 2) return null;
  // Day first unless that is impossible: most of the world writes 14/03/2023; 3/14/2023 still parses.
  if (validDay(c, b, a)) return { first: i, end: i + 5, interval: daySpan({ y: c, m: b, d: a }) };
  if (validDay(c, a, b)) return { first: i, end: i + 5, interval: daySpan({ y: c, m: a, d: b }) };
  return null;
}

/** A year with what modifies it: decades, year ranges, "mid-2024", "the first half of 2026", "Q3 2024". */
function fromYear(tokens: readonly Token[], i: number, floor: number): DateMatch | null {
  const y = yearAt(tokens, i);
  if (y === null) return null;
  const next = tokens[i + 1];
  if (next && next.start === tokens[i].end) {
    if (next.text === 's' && y % 10 === 0) return withModifiers(tokens, i, i + 2, yearSpan(y, y + 9), floor, true);
    if (next.norm === '-' && glued(tokens, i + 1)) {
      const to = tokens[i + 2];
      const second = to?.text.length === 4 ? yearAt(tokens, i + 2) : to?.text.length === 2 ? intOf(to, 2) : null;
      if (second !== null) {
        const y2 = to.text.length === 2 ? Math.floor(y / 100) * 100 + second : second;
        if (y2 > y && y2 - y < 50) return withModifiers(tokens, i, i + 3, yearSpan(y, y2), floor, true);
      }
      return null;
    }
    if (next.kind === 'word' || next.kind === 'number') return null;
  }
  return withModifiers(tokens, i, i + 1, yearSpan(y), floor, false);
}

function norms(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += (k > from ? ' ' : '') + tokens[k].norm;
  return s;
}

/** Applies period words written before a year (or "Month Year") and accepts a lone year only in date position. */
function withModifiers(tokens: readonly Token[], anchor: number, end: number, span: Interval, floor: number, strong: boolean): DateMatch | null {
  const y = span[0].y;
  const singleYear = span[0].y === span[1].y && span[0].m === 1 && span[1].m === 12;
  let first = anchor;
  let interval = span;
  let modified = false;
  const p1 = tokens[anchor - 1];
  if (singleYear && p1 && anchor - 1 >= floor) {
    const g = p1.end === tokens[anchor].start || (p1.norm === '-' && glued(tokens, anchor - 2));
    const word = p1.norm === '-' && glued(tokens, anchor - 2) ? tokens[anchor - 2] : p1;
    const wordIdx = word === p1 ? anchor - 1 : anchor - 2;
    const mod = word.norm;
    if ((mod === 'mid' || mod === 'early' || mod === 'late' || mod === 'end' || mod === 'start') && (g || word === p1)) {
      interval = mod === 'mid' ? monthSpan(y, 5, 8) : mod === 'early' || mod === 'start' ? (mod === 'start' ? monthSpan(y, 1) : monthSpan(y, 1, 4)) : monthSpan(y, 9, 12);
      first = wordIdx;
      modified = true;
    } else if (SEASONS[mod] || (mod === 'of' && SEASONS[tokens[anchor - 2]?.norm])) {
      const s = SEASONS[mod] ?? SEASONS[tokens[anchor - 2].norm];
      const endM = shiftMonth(y, s[0], s[1] - s[0]);
      interval = [{ y, m: s[0], d: 1 }, { y: endM.y, m: endM.m, d: daysInMonth(endM.y, endM.m) }];
      first = mod === 'of' ? anchor - 2 : anchor - 1;
      modified = true;
    } else if (p1.norm === 'of' && anchor - 3 >= floor) {
      const phrase = norms(tokens, anchor - 3, anchor - 1);
      const w = phrase.split(' ');
      let m: Interval | null = null;
      if (phrase === 'first half') m = monthSpan(y, 1, 6);
      else if (phrase === 'second half') m = monthSpan(y, 7, 12);
      else if (w[1] === 'quarter' && QUARTER_WORDS[w[0]]) m = monthSpan(y, QUARTER_WORDS[w[0]] * 3 - 2, QUARTER_WORDS[w[0]] * 3);
      else if (w[1] === 'end' || w[1] === 'close') m = monthSpan(y, 9, 12);
      else if (w[1] === 'beginning' || w[1] === 'start') m = monthSpan(y, 1);
      else if (w[1] === 'middle') m = monthSpan(y, 5, 8);
      else if (w[1] === 'half' && (w[0] === 'latter' || w[0] === 'last')) m = monthSpan(y, 7, 12);
      if (m) {
        interval = m;
        // "the" is left out of the span unless a bound word needs it ("by the end of 2027").
        first = w[0] === 'the' ? anchor - 2 : anchor - 3;
        modified = true;
      }
    }
  }
  if (!modified && !strong) {
    const prev = tokens[anchor - 1];
    if (!prev || anchor - 1 < floor || !YEAR_PREPOSITIONS.has(prev.norm)) return null;
    // "the protests of 2020" yes, "a fleet of 2020 drones" no.
    if ((prev.norm === 'of' || prev.norm === 'for') && isLowerWord(tokens[end])) return null;
    // "an average of 1500", "a total of 2000": the amount of a quantity noun, not a year.
    if (prev.norm === 'of' && AMOUNT_NOUNS.has(tokens[anchor - 2]?.norm ?? '')) return null;
    if (prev.norm === 'and' && tokens[anchor - 2]?.kind !== 'number') return null;
    if (prev.norm === 'to' && tokens[anchor - 2]?.kind !== 'number') return null;
  }
  const bound = boundBefore(tokens, first, floor);
  return { first: bound.first, end, interval, qualifier: bound.qualifier };
}

/** "by", "since", "before", "after" written before a date, with an optional "the" between. */
function boundBefore(tokens: readonly Token[], first: number, floor: number): { first: number; qualifier?: Qualifier } {
  const b1 = tokens[first - 1];
  if (b1 && first - 1 >= floor && BOUND_WORDS[b1.norm]) return { first: first - 1, qualifier: BOUND_WORDS[b1.norm] };
  const b2 = tokens[first - 2];
  if (b1?.norm === 'the' && b2 && first - 2 >= floor && BOUND_WORDS[b2.norm]) return { first: first - 2, qualifier: BOUND_WORDS[b2.norm] };
  return { first };
}

/** "Q3 2024", "H1 2025". */
function fromQuarter(tokens: readonly Token[], i: number, floor: number): DateMatch | null {
  const t = tokens[i];
  if ((t.text !== 'Q' && t.text !== 'H') || !glued(tokens, i)) return null;
  const n = intOf(tokens[i + 1], 1);
  if (n === null || n < 1 || n > (t.text === 'Q' ? 4 : 2) || gluedAlnum(tokens, i + 1)) return null;
  let k = i + 2;
  if (tokens[k]?.norm === 'of') k++;
  const y = yearAt(tokens, k);
  if (y === null || gluedAlnum(tokens, k)) return null;
  const span = t.text === 'Q' ? monthSpan(y, n * 3 - 2, n * 3) : monthSpan(y, n * 6 - 5, n * 6);
  const m = withModifiers(tokens, i, k + 1, span, floor, true);
  return m;
}

/** Refines "early March 2024" / "mid-March" / "the end of March" given the month match starting at `first`. */
function monthModifiers(tokens: readonly Token[], match: DateMatch, floor: number): DateMatch {
  const iv = match.interval;
  if (!iv || iv[0].d !== 1 || iv[0].m !== iv[1].m || iv[1].d !== daysInMonth(iv[0].y, iv[0].m)) return match;
  const { y, m } = iv[0];
  const last = iv[1].d;
  let first = match.first;
  const p1 = tokens[first - 1];
  if (!p1 || first - 1 < floor) return match;
  let mod = p1.norm;
  let at = first - 1;
  if (mod === '-' && glued(tokens, first - 2)) {
    mod = tokens[first - 2].norm;
    at = first - 2;
  }
  let span: Interval | null = null;
  if (mod === 'early' || mod === 'beginning' || mod === 'start') span = [{ y, m, d: 1 }, { y, m, d: 10 }];
  else if (mod === 'mid' || mod === 'middle') span = [{ y, m, d: 11 }, { y, m, d: 20 }];
  else if (mod === 'late' || mod === 'end') span = [{ y, m, d: 21 }, { y, m, d: last }];
  if (mod === 'of' && first - 3 >= floor) {
    const w = tokens[first - 2].norm;
    if (w === 'end' || w === 'close') span = [{ y, m, d: 21 }, { y, m, d: last }];
    else if (w === 'beginning' || w === 'start') span = [{ y, m, d: 1 }, { y, m, d: 10 }];
    else if (w === 'middle') span = [{ y, m, d: 11 }, { y, m, d: 20 }];
    if (span) at = first - 2;
  }
  if (!span) return match;
  const bound = boundBefore(tokens, at, floor);
  return { ...match, first: bound.first, interval: span, qualifier: bound.qualifier ?? match.qualifier };
}

const RELATIVE_UNITS = new Set(['year', 'month', 'week']);

/** "yesterday", "last year", "this month", "next week", "on Tuesday", "last Friday". */
function fromRelative(tokens: readonly Token[], i: number, ref: Day | null): DateMatch | null {
  const t = tokens[i];
  const text = (from: number, to: number) => tokens.slice(from, to).map((x) => x.text).join(' ');
  if (t.norm === 'yesterday') {
    return ref ? { first: i, end: i + 1, interval: daySpan(addDays(ref, -1)) } : { first: i, end: i + 1, relative: t.text };
  }
  if (t.norm === 'last' || t.norm === 'next' || t.norm === 'this') {
    const u = tokens[i + 1];
    if (!u) return null;
    const dir = t.norm === 'last' ? -1 : t.norm === 'next' ? 1 : 0;
    if (RELATIVE_UNITS.has(u.norm)) {
      if (!ref) return { first: i, end: i + 2, relative: text(i, i + 2) };
      if (u.norm === 'year') return { first: i, end: i + 2, interval: yearSpan(ref.y + dir) };
      if (u.norm === 'month') {
        const s = shiftMonth(ref.y, ref.m, dir);
        return { first: i, end: i + 2, interval: monthSpan(s.y, s.m) };
      }
      const monday = addDays(ref, -((weekday(ref) + 6) % 7) + 7 * dir);
      return { first: i, end: i + 2, interval: [monday, addDays(monday, 6)] };
    }
    if (WEEKDAYS[u.norm] !== undefined && isCap(u)) return weekdayMatch(tokens, i, i + 1, ref, dir === 0 ? 0 : dir);
    return null;
  }
  if (WEEKDAYS[t.norm] !== undefined && isCap(t) && tokens[i - 1]?.norm === 'on') return weekdayMatch(tokens, i, i, ref, 0);
  return null;
}

function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function weekdayMatch(tokens: readonly Token[], first: number, dayIdx: number, ref: Day | null, dir: number): DateMatch {
  const end = dayIdx + 1;
  if (!ref) return { first, end, relative: tokens.slice(first, end).map((x) => x.text).join(' ') };
  const target = WEEKDAYS[tokens[dayIdx].norm];
  let back = (weekday(ref) - target + 7) % 7;
  if (dir < 0 && back === 0) back = 7;
  if (dir > 0) return { first, end, interval: daySpan(addDays(ref, (target - weekday(ref) + 7) % 7 || 7)) };
  return { first, end, interval: daySpan(addDays(ref, -back)) };
}

/** Cheap gate: can a date start at this token? */
export function mayStartDate(t: Token): boolean {
  if (t.kind === 'number') return t.text.length <= 4;
  if (t.kind !== 'word') return false;
  return MONTHS[t.norm] !== undefined || t.norm === 'yesterday' || t.norm === 'last' || t.norm === 'next' || t.norm === 'this' || WEEKDAYS[t.norm] !== undefined || t.text === 'Q' || t.text === 'H';
}

/**
 * The date or period starting at token i (after any modifiers before it), joined with a second date into one
 * period for "between July 1 and Sept 10", "from May to July" and "1-5 March"-like spans.
 */
export function matchDate(tokens: readonly Token[], i: number, ref: Day | null, floor: number): DateMatch | null {
  const m = matchSingle(tokens, i, ref, floor);
  if (!m || !m.interval || m.qualifier) return m;
  const opener = tokens[m.first - 1]?.norm;
  const link = tokens[m.end]?.norm;
  const ok = (opener === 'between' && link === 'and') || (opener === 'from' && (link === 'to' || link === 'until' || link === 'till'));
  if (!ok) return m;
  const second = matchSingle(tokens, m.end + 1, ref, m.end);
  if (!second || !second.interval || second.first !== m.end + 1) return m;
  if (second.interval[1].y * 400 + second.interval[1].m * 32 + second.interval[1].d < m.interval[0].y * 400 + m.interval[0].m * 32 + m.interval[0].d) return m;
  return { first: m.first - 1, end: second.end, interval: [m.interval[0], second.interval[1]] };
}

function matchSingle(tokens: readonly Token[], i: number, ref: Day | null, floor: number): DateMatch | null {
  const t = tokens[i];
  let m: DateMatch | null = null;
  if (t.kind === 'number') {
    m = fromNumeric(tokens, i) ?? fromDay(tokens, i, ref) ?? fromYear(tokens, i, floor);
  } else if (isMonthToken(t)) {
    m = fromMonth(tokens, i, ref);
    if (m && m.interval) {
      m = monthModifiers(tokens, m, floor);
      const iv = m.interval;
      if (m.first === i && iv) {
        const bound = boundBefore(tokens, i, floor);
        if (bound.qualifier) m = { ...m, first: bound.first, qualifier: bound.qualifier };
      }
    }
  } else if (t.text === 'Q' || t.text === 'H') {
    m = fromQuarter(tokens, i, floor);
  } else {
    m = fromRelative(tokens, i, ref);
  }
  return m;
}

export type { Day, Interval };
