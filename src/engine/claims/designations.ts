// Numbers that are not figures: names and model numbers ("Su-57", "Planet 9"), references, times and page furniture.
import type { Token } from '../types';
import { SCALE_WORDS } from './numbers';
import { canStartUnit, currencyBefore, matchUnit } from './units';
import { isCapitalised, NAME_OK_BEFORE, type Window } from './context';
import { isPlural, nounAfter } from './nouns';

function matchUnitStart(t: Token): boolean {
  return canStartUnit(t.norm);
}

// Words after which a number is a reference, not a figure: "page 2", "Article 5", "No. 3".
const REFERENCE_WORDS = new Set([
  'page', 'p', 'pp', 'vol', 'volume', 'no', 'number', 'chapter', 'section', 'article', 'paragraph', 'figure', 'fig',
  'table', 'step', 'part', 'episode', 'season', 'round', 'level', 'grade', 'room', 'gate', 'platform', 'line', 'route',
  'flight', 'resolution', 'amendment', 'copyright', 'tel', 'phone', 'call', 'ext', 'isbn', 'issn', 'item', 'point',
  'stage', 'phase', 'version', 'v', 'rank', 'ranked', 'ranking', 'title', 'seat', 'row', 'unit', 'block', 'lot',
  'model', 'type', 'class', 'series', 'generation', 'gen', 'covid', 'windows', 'iphone', 'galaxy', 'formula',
  'category', 'game', 'week', 'channel', 'district', 'terminal', 'track', 'zone', 'sector', 'precinct', 'ward',
]);
const TIME_WORDS = new Set(['am', 'pm', 'gmt', 'utc', 'cet', 'est', 'edt', 'pst', 'msk', 'bst', 'hrs', "o'clock"]);

/** Model designations and names: "Su-57", "F-16", "TB2", "COVID-19", "Vostok-2022", "Boeing 747". */
export function isDesignation(w: Window, first: number, last: number): boolean {
  const { tokens } = w;
  const prev = tokens[first - 1];
  if (prev && prev.end === tokens[first].start) {
    if (prev.kind === 'word') return !/^(mid|early|late|end|pre|post|sub|US|HK|NZ|Rs|USD|EUR|GBP|RUB|JPY|CNY|INR|UAH|PLN|CHF|CAD|AUD)$/i.test(prev.text) && !currencyBefore(tokens, first);
    if (prev.norm === '-' || prev.text === '/' || prev.text === '#' || prev.text === '№') {
      const before = tokens[first - 2];
      if (before && before.end === prev.start) {
        if (before.kind === 'word') {
          // "mid-2024", "early-2025": period words; everything else glued by a hyphen is a name ("Kh-101").
          if (/^(mid|early|late|end|pre|post|over|under|up|about|around|some|sub|minus)$/i.test(before.text)) return false;
          // "the last-32 stage", "a top-10 finish": a place in a ranking.
          if (/^(last|top|bottom)$/i.test(before.text)) return true;
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
    // "Planet 9 citizen science project", "the Stoxx 600 index", "HIV 2 drug": unless a unit or a plural noun follows
    // ("the Lamborghini's 640bhp engine", "Ukraine 31 tanks").
    if (!countsSomething(w, last + 1)) return true;
    const unitNext = matchUnit(tokens, last + 1);
    if (!unitNext && before && before.kind === 'word' && (isCapitalised(before) || before.norm === 'the' || before.norm === 'of' || before.norm === 'a' || before.norm === 'an')) return true;
  }
  // "Boeing's own 787 Dreamliner", "the 2000 Olympics": a number naming the capitalised word after it.
  if (next1IsName(tokens, last) && last === first && /^\d+$/.test(tokens[first].text) && !countsSomething(w, last + 1)) return true;
  // "Firefox 121.0.1", "10.0.0.1": the parts of a dotted version or address.
  const dot = tokens[last + 1];
  if (dot && dot.text === '.' && dot.start === tokens[last].end && tokens[last + 2]?.kind === 'number' && tokens[last + 2].start === dot.end) return true;
  if (prev && prev.text === '.' && prev.end === tokens[first].start && tokens[first - 2]?.kind === 'number' && tokens[first - 2].end === prev.start) return true;
  // "ID.4", "No.1": a number glued by a point to a capitalised word.
  if (prev && prev.text === '.' && prev.end === tokens[first].start && tokens[first - 2]?.end === prev.start && tokens[first - 2].kind === 'word' && isCapitalised(tokens[first - 2])) return true;
  // "COVID -19": a code set apart from its name by a stray space.
  if (prev && prev.norm === '-' && prev.end === tokens[first].start && /^\d+$/.test(tokens[first].text)) {
    const name = tokens[first - 2];
    if (name && name.kind === 'word' && name.end < prev.start && /^[A-Z]{3,}$/.test(name.text) && !matchUnit(tokens, last + 1)) return true;
  }
  const next = tokens[last + 1];
  if (next && next.start === tokens[last].end && next.kind === 'word' && /^[A-Z]{1,3}$/.test(next.text) && !/^(K|M|B|C|F|L|W|MW|GW|TW|kW|km|Mt|KB|MB|GB|TB|HP|PS|HZ)$/.test(next.text)) return true;
  return false;
}

function next1IsName(tokens: readonly Token[], last: number): boolean {
  const n = tokens[last + 1];
  if (!n || n.kind !== 'word' || n.start === tokens[last].end || !isCapitalised(n) || n.text.length < 3 || isPlural(n.norm)) return false;
  return !NAME_OK_BEFORE.has(n.norm) && SCALE_WORDS[n.norm] === undefined && !canStartUnit(n.norm) && !currencyBefore(tokens, last);
}

/** A unit, a currency, or a plural counted noun follows: the figure before it measures or counts something. */
function countsSomething(w: Window, j: number): boolean {
  const { tokens } = w;
  if (j >= w.ceiling) return false;
  if (matchUnit(tokens, j) || tokens[j].norm === '%') return true;
  const noun = nounAfter(w, j);
  return !!noun && isPlural(noun.noun.split(' ')[0]);
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
