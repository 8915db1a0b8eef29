import type { Dimension, Qualifier, Token } from '../types';
import { glued, type ParsedNumber, parseNumber } from './numbers';
import { qualifierAfter, qualifierBefore } from './qualifiers';
import { canStartUnit, currencyBefore, matchUnit, type UnitMatch } from './units';

function matchUnitStart(t: Token): boolean {
  return canStartUnit(t.norm);
}

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

export interface Window {
  tokens: readonly Token[];
  text: string;
  /** First token of the sentence. */
  floor: number;
  /** One past the last token of the sentence. */
  ceiling: number;
}

// Words after which a number is a reference, not a figure: "page 2", "Article 5", "No. 3".
const REFERENCE_WORDS = new Set([
  'page', 'p', 'pp', 'vol', 'volume', 'no', 'number', 'chapter', 'section', 'article', 'paragraph', 'figure', 'fig',
  'table', 'step', 'part', 'episode', 'season', 'round', 'level', 'grade', 'room', 'gate', 'platform', 'line', 'route',
  'flight', 'resolution', 'amendment', 'copyright', 'tel', 'phone', 'call', 'ext', 'isbn', 'issn', 'item', 'point',
  'stage', 'phase', 'version', 'v', 'rank', 'ranked', 'ranking', 'title', 'seat', 'row', 'unit', 'block', 'lot',
  'model', 'type', 'class', 'series', 'generation', 'gen', 'covid', 'windows', 'iphone', 'galaxy', 'formula',
]);
const TIME_WORDS = new Set(['am', 'pm', 'gmt', 'utc', 'cet', 'est', 'edt', 'pst', 'msk', 'bst', 'hrs', "o'clock"]);
// The word before a counted noun cannot be one of these: the number is then not a count of the next word.
const NOUN_STOP = new Set([
  'of', 'in', 'on', 'at', 'for', 'to', 'from', 'with', 'by', 'and', 'or', 'but', 'that', 'which', 'who', 'whom',
  'whose', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'can',
  'should', 'may', 'might', 'must', 'shall', 'do', 'does', 'did', 'as', 'than', 'the', 'a', 'an', 'this', 'these',
  'those', 'it', 'its', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'we', 'our', 'you', 'your', 'i', 'not',
  'no', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'per', 'each', 'percent', 'per', 'times', 'out',
  'up', 'down', 'over', 'under', 'about', 'into', 'onto', 'upon', 'between', 'among', 'against', 'through', 'during',
  'also', 'so', 'then', 'there', 'here', 'where', 'why', 'how', 'what', 'all', 'both', 'either', 'neither', 'more',
  'less', 'most', 'least', 'than', 'too', 'very', 'just', 'only', 'even', 'yet', 'still', 'via', 'said', 'says',
  'say', 'according', 'ago', 'later', 'earlier', 'previously', 'respectively', 'apiece', 'each', 'year', 'years',
  'month', 'months', 'day', 'days', 'week', 'weeks', 'th', 'st', 'nd', 'rd', 'million', 'billion', 'thousand',
  'hundred', 'percentage', 'times', 'fold', 'against', 'versus', 'vs', 'ago', 'now', 'today',
  'yesterday', 'tomorrow', 'had', 'own', 'such', 'same', 'another', 'every', 'any', 'many', 'much', 'few', 'several',
  'already', 'again', 'alone', 'last', 'next', 'this', 'that', 'apiece', 'altogether', 'overall', 'instead', 'too',
  'ago', 'away', 'back', 'around', 'abroad', 'nationwide', 'worldwide', 'annually', 'a', 'an',
  // Common irregular verbs: "2.6 million homes lost power" ends the counted phrase at "homes".
  'lost', 'won', 'fell', 'rose', 'paid', 'made', 'took', 'gave', 'hit', 'cut', 'left', 'sent', 'got', 'saw', 'came',
  'went', 'put', 'set', 'ran', 'held', 'built', 'sold', 'bought', 'grew', 'led', 'met', 'fled', 'fought', 'kept',
  'remain', 'remained', 'remains', 'become', 'became', 'face', 'faced', 'need', 'needed', 'get', 'make', 'take',
]);
// Pronoun objects of "N of them": the count then takes its noun from before.
const BACK_REFERENCES = new Set(['them', 'those', 'these', 'which', 'whom']);
// Verbs of change: "rose from 5% to 7%" states two figures, not a range.
const CHANGE_WORDS = new Set([
  'rose', 'rise', 'rising', 'risen', 'fell', 'fall', 'falling', 'fallen', 'increased', 'increase', 'increasing',
  'decreased', 'decrease', 'grew', 'grow', 'growing', 'dropped', 'drop', 'climbed', 'climb', 'jumped', 'jump', 'cut',
  'raised', 'raise', 'reduced', 'reduce', 'up', 'down', 'went', 'go', 'soared', 'slumped', 'declined', 'decline',
  'expanded', 'shrank', 'surged', 'plunged', 'lifted', 'lowered', 'boosted', 'slashed', 'changed', 'moved',
]);

function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.text[0].toLowerCase());
}

// Capitalised words that may stand before a figure: months, currencies, qualifiers at a sentence start.
const NAME_OK_BEFORE = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'usd', 'eur', 'gbp',
  'rub', 'mach', 'about', 'some', 'nearly', 'almost', 'over', 'under', 'up', 'around', 'approximately', 'roughly',
]);

/** Model designations and names: "Su-57", "F-16", "TB2", "COVID-19", "Vostok-2022", "Boeing 747". */
export function isDesignation(w: Window, first: number, last: number): boolean {
  const { tokens } = w;
  const prev = tokens[first - 1];
  if (prev && prev.end === tokens[first].start) {
    if (prev.kind === 'word') return !/^(mid|early|late|end|pre|post|US|HK|NZ|Rs|USD|EUR|GBP|RUB|JPY|CNY|INR|UAH|PLN|CHF|CAD|AUD)$/i.test(prev.text);
    if (prev.norm === '-' || prev.text === '/' || prev.text === '#' || prev.text === '№') {
      const before = tokens[first - 2];
      if (before && before.end === prev.start) {
        if (before.kind === 'word') {
          // "mid-2024", "early-2025": period words; everything else glued by a hyphen is a name ("Kh-101").
          if (/^(mid|early|late|end|pre|post|over|under|up|about|around|some)$/i.test(before.text)) return false;
          return isCapitalised(before) || before.text.length <= 3 || prev.text !== '-';
        }
        if (before.kind === 'number' && prev.text === '/') return true;
      }
      if (prev.text === '#' || prev.text === '№') return true;
    }
    if (prev.text === '©') return true;
  }
  // "Port 2000 terminal", "Boeing 747", "Article 5": a plain integer right after a capitalised word inside a sentence.
  if (prev && prev.kind === 'word' && first - 1 > w.floor && isCapitalised(prev) && !NAME_OK_BEFORE.has(prev.norm) && /^\d+$/.test(tokens[first].text) && last === first) {
    const before = tokens[first - 2];
    if (before && before.kind === 'word' && (isCapitalised(before) || before.norm === 'the' || before.norm === 'of' || before.norm === 'a' || before.norm === 'an')) return true;
  }
  const next = tokens[last + 1];
  if (next && next.start === tokens[last].end && next.kind === 'word' && /^[A-Z]{1,3}$/.test(next.text) && !/^(K|M|B|C|F|L|MW|GW|TW|kW|km|Mt)$/.test(next.text)) return true;
  return false;
}

/** Figures that are page furniture, list markers, times or references rather than claims. */
export function isFurniture(w: Window, first: number, end: number, lineStart: boolean): boolean {
  const { tokens } = w;
  const t = tokens[first];
  const next = tokens[end];
  if (lineStart && t.kind === 'number' && next && next.start === t.end && (next.text === '.' || next.text === ')')) {
    const after = tokens[end + 1];
    if (!after || after.start > next.end) return true;
  }
  if (next && next.start === tokens[end - 1].end && next.text === ':' && tokens[end + 1]?.kind === 'number' && tokens[end + 1].start === next.end) return true;
  const colon = tokens[first - 1];
  if (colon && colon.text === ':' && colon.end === t.start && tokens[first - 2]?.kind === 'number' && tokens[first - 2].end === colon.start) return true;
  // Phone numbers written 555-123-4567 or 123-4567.
  if (next && next.norm === '-' && next.start === tokens[end - 1].end && /^\d{3}$/.test(t.text)) {
    const part = tokens[end + 1];
    const third = tokens[end + 3];
    const threeGroups = part && /^\d{3}$/.test(part.text) && tokens[end + 2]?.norm === '-' && third && /^\d{4}$/.test(third.text) && third.start === tokens[end + 2].end;
    if (part && part.start === next.end && (/^\d{4}$/.test(part.text) || threeGroups) && !(tokens[end + 2] && matchUnitStart(tokens[end + 2]))) return true;
  }
  // "5 min read" bylines
  if (next && (next.norm === 'min' || next.norm === 'minute') && tokens[end + 1]?.norm === 'read') return true;
  if (next && TIME_WORDS.has(next.norm)) return true;
  if (next && (next.norm === 'a' || next.norm === 'p') && tokens[end + 1]?.text === '.' && tokens[end + 2]?.norm === 'm') return true;
  if (next && next.start === tokens[end - 1].end && (next.norm === 'th' || next.norm === 'st' || next.norm === 'nd' || next.norm === 'rd')) return true;
  const prev = tokens[first - 1];
  if (prev && first - 1 >= w.floor && REFERENCE_WORDS.has(prev.norm) && t.kind === 'number') {
    // "point" also qualifies percentages ("a 2 point rise" is rare); only plain integers are references.
    return !/[.,]/.test(t.text) || prev.norm === 'page';
  }
  if (prev && prev.norm === '.' && tokens[first - 2]?.norm === 'no') return true;
  if (prev?.text === '©' || prev?.norm === '(c)') return true;
  // "Page 2 of 5": the second number too.
  if (prev?.norm === 'of' && tokens[first - 2]?.kind === 'number' && REFERENCE_WORDS.has(tokens[first - 3]?.norm ?? '')) return true;
  return false;
}

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
  if (currency && tokens[k] && currencyBefore(tokens, k + 1)) k++;
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
  if (a.words && a.value === 1 && a.end === i + 1) {
    // "one" is mostly a pronoun ("one of the"); it is a figure only with a unit ("one year").
    const u = matchUnit(tokens, a.end);
    if (!u || u.dimension === 'duration') return null;
  }
  const currency = currencyBefore(tokens, i);
  let first = currency ? currency.first : i;
  let value = a.value;
  let end = a.end;
  if (a.ambiguousSuffix && currency) {
    value *= a.ambiguousSuffix === 'm' ? 1e6 : 1e9;
    end++;
  } else if (a.ambiguousSuffix && isCountedWord(tokens[end + 1])) {
    // "1.5m people", "2bn users": millions and billions of something, not metres.
    value *= a.ambiguousSuffix === 'm' ? 1e6 : 1e9;
    end++;
  }
  const between = tokens[first - 1]?.norm === 'between';
  let low: number | undefined;
  let high: number | undefined;
  const second = a.ambiguousSuffix && currency ? null : rangeSecond(w, a, !!currency, between) ?? (currency ? null : rangeWithUnitTwice(w, a, between));
  const fromChange = tokens[first - 1]?.norm === 'from' && CHANGE_WORDS.has(tokens[first - 2]?.norm ?? '');
  if (second && !fromChange && (tokens[a.end].norm !== 'to' || second.n.value > value) && second.n.value >= value) {
    let bValue = second.n.value;
    let bEnd = second.end;
    if (second.n.ambiguousSuffix && currency) {
      bValue *= second.n.ambiguousSuffix === 'm' ? 1e6 : 1e9;
      bEnd++;
    }
    let aValue = value;
    if (!a.scaled && second.n.scaled && !a.words) {
      // "1.5 to 2 million", "$5-7bn": the scale written once applies to both ends.
      const digitsB = Number(tokens[second.n.first].text.replace(/,/g, ''));
      const scale = digitsB > 0 ? bValue / digitsB : 1;
      if (aValue * scale <= bValue) aValue *= scale;
    }
    if (aValue <= bValue) {
      low = aValue;
      high = bValue;
      value = aValue;
      end = bEnd;
    }
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
    end = unit.end;
  } else {
    dimension = 'count';
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

export interface CountedNoun {
  noun: string;
  /** Token index of the last token of the counted phrase (the noun, or a closing quote). */
  index: number;
  /** Token index of the noun itself when it differs from `index`. */
  word?: number;
}

function isCountedWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text === t.norm && isPlural(t.norm) && !NOUN_STOP.has(t.norm) && !canStartUnit(t.norm);
}

const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'cattle', 'sheep', 'fish', 'aircraft', 'servicemen', 'feet']);

function isPlural(norm: string): boolean {
  if (IRREGULAR_PLURALS.has(norm)) return true;
  return norm.length > 3 && norm.endsWith('s') && !norm.endsWith('ss') && !norm.endsWith('us') && !norm.endsWith('is');
}

/** Function words ("in", "and", "were"): after a bare figure they show that no counted noun follows. */
export function isFunctionWord(norm: string): boolean {
  return NOUN_STOP.has(norm);
}

function isNounCandidate(t: Token): boolean {
  return t.kind === 'word' && t.text.length > 1 && !NOUN_STOP.has(t.norm) && !t.norm.endsWith('ly');
}

/** The counted noun after a bare figure: "ten additional agreements", "800 Polish servicemen", "24 Bayraktar TB2 combat drones". */
export function nounAfter(w: Window, j: number): CountedNoun | null {
  const { tokens } = w;
  let k = j;
  if (tokens[k]?.norm === 'of' && k + 1 < w.ceiling) {
    const d = tokens[k + 1].norm;
    if (d === 'the' || d === 'these' || d === 'those' || d === 'its' || d === 'their' || d === 'our') k += 2;
    else return null;
  }
  let head: CountedNoun | null = null;
  let steps = 0;
  // 1,300 "cool islands": scare quotes around the counted noun.
  const quoted = tokens[k]?.norm === '"';
  if (quoted) k++;
  // "a 6.1-magnitude earthquake", "a 5-member team": the noun glued by a hyphen.
  if (tokens[k]?.norm === '-' && glued(tokens, k - 1) && glued(tokens, k)) k++;
  while (k < w.ceiling && steps < 6) {
    const t = tokens[k];
    steps++;
    // Names and designations inside the phrase ("Bayraktar TB2", "Patriot") modify the counted noun;
    // a capitalised plural is the noun itself ("30 Americans", "five Britons").
    if (t.kind === 'word' && isCapitalised(t) && !head) {
      if (isPlural(t.norm) && t.text.length > 3 && !/[A-Z]/.test(t.text.slice(1)) && !(tokens[k + 1] && isNounCandidate(tokens[k + 1]) && !isCapitalised(tokens[k + 1]) && isPlural(tokens[k + 1].norm))) {
        head = { noun: t.norm, index: k };
        break;
      }
      k++;
      continue;
    }
    // "35 737 MAX jets": a model number before a name.
    if (t.kind === 'number' && !head && k === j && tokens[k + 1] && tokens[k + 1].kind === 'word' && isCapitalised(tokens[k + 1])) {
      k++;
      continue;
    }
    if ((t.kind === 'number' || t.norm === '-') && k > j && tokens[k - 1].end === t.start && (t.kind === 'number' || glued(tokens, k))) {
      k++;
      continue;
    }
    if (!isNounCandidate(t) || isCapitalised(t)) break;
    if (head && (t.norm.endsWith('ing') || t.norm.endsWith('ed'))) break;
    // A plural noun ends the phrase; what follows is usually the verb ("homes lost power").
    if (head && isPlural(head.noun) && !isPlural(t.norm)) break;
    head = { noun: t.norm, index: k };
    k++;
    if (tokens[k]?.norm === '-' && glued(tokens, k - 1) && glued(tokens, k)) k++;
  }
  if (!head) return null;
  if (quoted) return tokens[head.index + 1]?.norm === '"' ? { noun: head.noun, index: head.index + 1, word: head.index } : null;
  // "missiles and drones": two plural nouns counted together.
  const and = tokens[head.index + 1];
  const other = tokens[head.index + 2];
  if (and && (and.norm === 'and' || and.norm === 'or') && other && head.index + 2 < w.ceiling && isNounCandidate(other) && !isCapitalised(other) && other.norm.endsWith('s') && head.noun.endsWith('s') && !(tokens[head.index + 3] && isNounCandidate(tokens[head.index + 3]) && !tokens[head.index + 3].norm.endsWith('s'))) {
    return { noun: `${head.noun} ${and.norm} ${other.norm}`, index: head.index + 2 };
  }
  return head;
}

/** "about 4,000" / "4,000 of them" after the noun was just given: the nearest plural noun before, same sentence. */
export function nounBefore(w: Window, first: number, known: ReadonlySet<string>): CountedNoun | null {
  const { tokens } = w;
  for (let k = first - 1; k >= w.floor && k >= first - 12; k--) {
    const t = tokens[k];
    if (t.kind === 'word' && known.has(t.norm)) return { noun: t.norm, index: k };
  }
  return null;
}

export function isBackReference(t: Token | undefined, next: Token | undefined): boolean {
  return !!t && t.norm === 'of' && !!next && BACK_REFERENCES.has(next.norm);
}
