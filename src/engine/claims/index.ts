import type { Claim, Dimension, EntityMention, ScannedDocument, Token } from '../types';
import { parseIsoDay, detectArticleDate } from './articleDate';
import { attributeFits, findAttribute, isStatementDate } from './attach';
import { findSubject, type SubjectState } from './subject';
import { knownAttribute, normalizeAttribute } from './attributes';
import { type Day, epochMs, iso } from './calendar';
import { type DateMatch, matchDate, mayStartDate } from './dates';
import { MONTHS, WEEKDAYS } from './calendar';
import { glued, isNumberWord, NUMBER_WORDS, parseNumber } from './numbers';
import { readElapsed } from './elapsed';
import { qualifierAfter, qualifierBefore } from './qualifiers';
import {
  isAppositiveAge, isBackReference, isDesignation, isFunctionWord, isFurniture, isStandaloneFigure, nounAfter, nounBefore, type RawQuantity, readQuantity,
  type Window,
} from './quantities';
import { type CellContext, indexTables } from './tables';

export { normalizeAttribute } from './attributes';

export interface ClaimOptions {
  /**
   * ISO date of the article ("2024-12-06"); relative dates resolve against it. Detected from the text if absent;
   * null when the article is known to have none (a window of a longer text, whose top is elsewhere).
   */
  articleDate?: string | null;
}

// Nouns that are counted often enough in news to take a bare figure's noun from before it ("troops ... about 4,000").
const COUNT_NOUNS = new Set([
  'troops', 'soldiers', 'servicemen', 'personnel', 'people', 'civilians', 'refugees', 'migrants', 'workers', 'jobs',
  'casualties', 'deaths', 'victims', 'agreements', 'deals', 'drones', 'missiles', 'tanks', 'aircraft', 'jets',
  'vehicles', 'ships', 'cases', 'votes', 'seats', 'members', 'participants', 'protesters', 'prisoners', 'residents',
  'students', 'employees', 'visitors', 'tourists', 'households', 'homes', 'houses', 'children', 'patients',
]);

// "cases rose to 58,114", "up from 941", "followed by Kazakhstan with 8,500": a bare figure that gives the level
// of a counted noun named just before.
const LEVEL_CUES = new Set(['to', 'from', 'reached', 'reaching', 'hit', 'hits', 'totalled', 'totaled', 'totalling', 'totaling', 'with', 'at']);

const DEFINITE = new Set(['the', 'these', 'those', 'both', 'all', 'its', 'their', 'our', 'his', 'her', 'whose', 'my', 'your']);
const NUMBER_STARTERS = new Set(['a', 'an', 'dozen', 'half', 'mach', 'magnitude']);
const FRACTION_SYMBOLS = new Set(['½', '⅓', '⅔', '¼', '¾', '⅕', '⅛']);

// One Set lookup per word decides whether anything can start there: most words are not figures.
const TRIGGER_WORDS = new Set([
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...NUMBER_WORDS, ...NUMBER_STARTERS, 'yesterday', 'last', 'next', 'this', 'q', 'h',
]);

function mayTrigger(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind === 'word') return TRIGGER_WORDS.has(t.norm);
  return t.kind === 'symbol' && FRACTION_SYMBOLS.has(t.text);
}

function mayStartNumber(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind === 'symbol') return FRACTION_SYMBOLS.has(t.text);
  return t.kind === 'word' && (isNumberWord(t.norm) || NUMBER_STARTERS.has(t.norm));
}

/** Days an inclusive ISO interval covers; Infinity when there is none (an unresolved relative date). */
function intervalDays(interval: [string, string] | undefined): number {
  return interval ? (Date.parse(interval[1]) - Date.parse(interval[0])) / 86_400_000 + 1 : Infinity;
}

/** Tokens either side of a figure that subject and attribute rules may look at in an over-long sentence. */
const MAX_CONTEXT_TOKENS = 80;

/** URLs, e-mail addresses and international phone numbers: figures inside them are never claims. */
function furnitureSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!text.includes('http') && !text.includes('www.') && !text.includes('@') && !text.includes('+')) return spans;
  // URLs and e-mail addresses are whole whitespace-delimited chunks: one linear pass, no backtracking.
  const chunk = /\S+/g;
  for (let m = chunk.exec(text); m; m = chunk.exec(text)) {
    const word = m[0];
    const at = word.indexOf('@');
    if (/^(?:\(|<|")?(?:https?:\/\/|www\.)/.test(word) || (at > 0 && word.indexOf('.', at) > at + 1)) {
      spans.push([m.index, m.index + word.length]);
    }
  }
  const phone = /\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,4}/g;
  for (let m = phone.exec(text); m; m = phone.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans.sort((x, y) => x[0] - y[0]);
}

function makeDate(doc: ScannedDocument, m: DateMatch): Omit<Claim, 'subject' | 'attribute'> {
  const { tokens } = doc;
  const start = tokens[m.first].start;
  const end = tokens[m.end - 1].end;
  const claim: Omit<Claim, 'subject' | 'attribute'> = { start, end, text: doc.text.slice(start, end), dimension: 'date', value: 0, unit: 'date' };
  if (m.interval) {
    claim.interval = [iso(m.interval[0]), iso(m.interval[1])];
    claim.value = epochMs(m.interval[0]);
  } else {
    claim.relative = m.relative ?? claim.text;
  }
  if (m.qualifier) claim.qualifier = m.qualifier;
  return claim;
}

/** "Mach 10", "Mach 5-6": Mach numbers are their own dimension; "magnitude 6.1" is a plain number. */
function readMach(w: Window, i: number): RawQuantity | null {
  const { tokens } = w;
  const mach = tokens[i].text === 'Mach' || tokens[i].text === 'MACH';
  if (!mach && tokens[i].norm !== 'magnitude') return null;
  let at = i + 1;
  if (!mach && tokens[at]?.norm === '-' && glued(tokens, i) && glued(tokens, at)) at++;
  const n = tokens[at] && tokens[at].kind === 'number' ? parseNumber(tokens, w.text, at) : null;
  if (!n) return null;
  const q: RawQuantity = mach
    ? { first: i, end: n.end, dimension: 'mach', value: n.value, unit: 'Mach' }
    : { first: i, end: n.end, dimension: 'number', value: n.value, unit: '' };
  const dash = tokens[n.end];
  if (dash && (dash.norm === '-' || dash.norm === 'to') && tokens[n.end + 1]?.kind === 'number') {
    const b = parseNumber(tokens, w.text, n.end + 1);
    if (b && b.value > n.value) Object.assign(q, { low: n.value, high: b.value, end: b.end });
  }
  const qb = qualifierBefore(tokens, i, w.floor);
  if (qb) Object.assign(q, { qualifier: qb.qualifier, first: qb.index });
  return q;
}

/** "ten times the speed of sound" is Mach 10. */
function timesSpeedOfSound(tokens: readonly Token[], end: number): number {
  const seq = ['times', 'the', 'speed', 'of', 'sound'];
  for (let k = 0; k < seq.length; k++) if (tokens[end + k]?.norm !== seq[k]) return 0;
  return end + seq.length;
}

/** "Range: up to 500 km" in a bullet or a line: the label before the colon names the attribute. */
function lineLabel(doc: ScannedDocument, blockStartToken: number, first: number): string | null {
  const { tokens } = doc;
  for (let k = blockStartToken; k < first && k < blockStartToken + 6; k++) {
    if (tokens[k].text === ':' && first - k <= 4) {
      let s = blockStartToken;
      if (tokens[s] && (tokens[s].norm === '-' || tokens[s].text === '*' || tokens[s].text === '•')) s++;
      const label = doc.text.slice(tokens[s].start, tokens[k].start).replace(/[*_]/g, '').trim();
      return label.length > 0 ? label : null;
    }
  }
  return null;
}

/**
 * Finds every numerical claim of a document — quantities with units, money, percentages, counts with their
 * noun, ranges, qualified figures, dates and periods — normalises each (SI units, ISO currency, date intervals)
 * and attaches it to a subject (an entity id when one fits) and a normalised attribute. Sorted by start.
 *
 * Conventions: a range's `value` is its low end; "tons" are metric; power and energy (MW, kWh) are `number`
 * claims in W and J; a fraction ("two-thirds of voters") is a `number` claim; a relative date that cannot be
 * resolved keeps `relative`, has no interval and `value` 0. Date periods are documented in `dates.ts`.
 */
export function extractClaims(doc: ScannedDocument, entities: readonly EntityMention[], options: ClaimOptions = {}): Claim[] {
  const { tokens, text } = doc;
  const ref: Day | null =
    options.articleDate === null ? null : ((options.articleDate ? parseIsoDay(options.articleDate) : null) ?? detectArticleDate(doc));
  const mentions = [...entities].sort((a, b) => a.start - b.start);
  const skip = furnitureSpans(text);
  const cellAt = indexTables(doc, mentions);
  const blockStart = new Int32Array(tokens.length).fill(-1);
  for (const b of doc.blocks) for (let k = b.tokenStart; k < b.tokenEnd; k++) blockStart[k] = b.tokenStart;
  const state: SubjectState = { lastSubject: null };
  const seenNouns = new Set<string>(COUNT_NOUNS);
  const claims: Claim[] = [];
  let skipIdx = 0;

  for (const s of doc.sentences) {
    const sentenceWindow: Window = { tokens, text, floor: s.tokenStart, ceiling: s.tokenEnd };
    const huge = s.tokenEnd - s.tokenStart > 2 * MAX_CONTEXT_TOKENS;
    let claimedUntil = s.tokenStart;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!mayTrigger(t)) continue;
      // A "sentence" of thousands of tokens (a page with no full stops) is no sentence: look only nearby, so the
      // work per figure stays bounded and the stage linear.
      const w: Window = huge
        ? { tokens, text, floor: Math.max(s.tokenStart, i - MAX_CONTEXT_TOKENS), ceiling: Math.min(s.tokenEnd, i + MAX_CONTEXT_TOKENS) }
        : sentenceWindow;
      const dateGate = mayStartDate(t);
      const numberGate = mayStartNumber(t);
      if (!dateGate && !numberGate) continue;
      while (skipIdx < skip.length && skip[skipIdx][1] <= t.start) skipIdx++;
      if (skipIdx < skip.length && skip[skipIdx][0] <= t.start) continue;
      const cell = cellAt(t.start);
      const lineStart = i === blockStart[i] || (i - 1 === blockStart[i] && tokens[i - 1].kind !== 'word');

      let raw: RawQuantity | null = null;
      let date: DateMatch | null = null;
      if (dateGate) {
        date = matchDate(tokens, i, ref, w.floor);
        // A year alone opening a table cell ("2026 (planned)") is a date too.
        if (!date && cell && t.kind === 'number' && t.text.length === 4 && i === firstTokenOfCell(tokens, i, t.start, text)) {
          date = matchDate(tokens, i, ref, i) ?? yearInCell(tokens, i);
        }
        if (date && isDesignation(w, date.first, date.end - 1) && t.kind === 'number' && date.first === i) date = null;
      }
      if (!date && numberGate) {
        raw = readMach(w, i) ?? readElapsed(w, i);
        if (!raw) {
          raw = readQuantity(w, i);
          const digitsStart = tokens[i].kind === 'number' ? i : -1;
          if (digitsStart >= 0 && (isDesignation(w, i, i) || isFurniture(w, i, i + 1, lineStart))) raw = null;
        }
      }
      if (date && isDateline(doc, blockStart[i], date.first)) {
        i = date.end - 1;
        continue;
      }
      if (date) {
        const first = Math.max(date.first, claimedUntil);
        const partial = makeDate(doc, { ...date, first });
        const label = cell?.attribute ?? labelAttr(doc, blockStart[i], first);
        const dateW = cell ? { ...w, floor: Math.max(w.floor, firstTokenIndexAt(tokens, i)) } : w;
        const attribute =
          label && attributeFits(label, 'date')
            ? label
            : isStatementDate(w, first, intervalDays(partial.interval))
              ? 'announcement date'
              : findAttribute(dateW, first, date.end, 'date', undefined, null, mentions);
        const subject = resolveSubject(cell, attribute, 'date', claims, () => findSubject(w, first, date.end, 'date', attribute, mentions, state));
        claims.push({ ...partial, subject, attribute });
        claimedUntil = date.end;
        i = date.end - 1;
        continue;
      }
      if (!raw) continue;
      // "the two leaders", "both sides": a definite figure in words refers back; it asserts nothing new.
      if (raw.dimension === 'count' && tokens[i].kind === 'word' && DEFINITE.has(tokens[raw.first - 1]?.norm ?? '')) continue;
      // "the 2024 election": a year is never a count.
      if (raw.dimension === 'count' && isYearLike(tokens[i]) && raw.low === undefined && !raw.qualifier) continue;
      // "aged 18 to 25", "aged 12": ages in years.
      // "Maddon, 66, said": an age set off by commas after a name.
      let age = false;
      // "Smith, 44, and Jones, 52": an age in apposition belongs to the name just before it, whatever the clause is about.
      let ageOf: string | undefined;
      const appositive = raw.dimension === 'count' && isAppositiveAge(w, raw.first, raw.end, raw.value);
      if (appositive) {
        const name = tokens[raw.first - 2];
        ageOf = mentions.find((m) => m.end === name.end)?.entity ?? name.norm;
      }
      if (raw.dimension === 'count' && (tokens[raw.first - 1]?.norm === 'aged' || appositive)) {
        age = true;
        const y = 365.25 * 86400;
        raw = { ...raw, dimension: 'duration', unit: 's', value: raw.value * y, ...(raw.low !== undefined ? { low: raw.low * y, high: raw.high! * y } : {}) };
      }
      let noun: string | undefined;
      let end = raw.end;
      if (raw.fraction) {
        // "two-thirds of voters", "½ of the budget": a share of the noun after "of"; a bare fraction asserts nothing.
        if (tokens[raw.end]?.norm !== 'of') continue;
        const k = DETERMINERS_AFTER_OF.has(tokens[raw.end + 1]?.norm ?? '') ? raw.end + 2 : raw.end + 1;
        if (tokens[k]?.kind === 'word' && k < s.tokenEnd) noun = tokens[k].norm;
      } else if (raw.dimension === 'count') {
        const machEnd = timesSpeedOfSound(tokens, raw.end);
        if (machEnd) {
          raw = { ...raw, dimension: 'mach', unit: 'Mach', end: machEnd };
          end = machEnd;
        } else {
          const after = nounAfter(w, raw.end);
          if (after) {
            noun = after.noun;
            end = after.index + 1;
            const trailing = raw.qualifier ? null : qualifierAfter(tokens, end, s.tokenEnd);
            if (trailing) {
              raw = { ...raw, qualifier: trailing.qualifier };
              end = trailing.index;
            }
          } else if (cell) {
            noun = undefined;
          } else {
            // "about 4,000" / "4,000 of them" right after the noun was given; a bare number otherwise asserts nothing.
            const backRef = isBackReference(tokens[raw.end], tokens[raw.end + 1]);
            const nextTok = tokens[raw.end];
            const bareQualified = raw.qualifier !== undefined && (!nextTok || raw.end >= s.tokenEnd || nextTok.kind !== 'word' || isFunctionWord(nextTok.norm));
            const level = LEVEL_CUES.has(tokens[raw.first - 1]?.norm ?? '');
            const back = (backRef || bareQualified || level) && !isYearLike(tokens[i]) ? nounBefore(w, raw.first, seenNouns) : null;
            // "at least 30 of them": a count of something named earlier, even when that noun is not known here.
            // "fell 0.4% to 13,176", "estimates of 64,900": a figure with decimals or in the thousands stands on its own.
            if (!back && !(backRef && raw.qualifier) && !isStandaloneFigure(tokens, i, raw.value, tokens[raw.end])) continue;
            noun = back?.noun;
          }
          if (noun) seenNouns.add(noun);
        }
      }
      const beforeRate = end;
      if (raw.dimension !== 'speed' && raw.dimension !== 'mach') end = rateEnd(tokens, end, s.tokenEnd);
      // "€220 per tonne": money per unit is a price.
      const rateLabel = raw.dimension === 'money' && end !== beforeRate ? 'price' : null;
      let first = Math.max(raw.first, claimedUntil);
      let value = raw.value;
      // "-1.3%", "+0.9%": a sign glued to the figure and standing apart from any word before it.
      const sign = tokens[first - 1];
      if (sign && first - 1 >= claimedUntil && (sign.norm === '-' || sign.text === '+') && sign.end === tokens[first].start && !(tokens[first - 2] && tokens[first - 2].end === sign.start)) {
        first--;
        if (sign.norm === '-') value = -value;
      }
      const start = tokens[first].start;
      const stop = tokens[end - 1].end;
      const label = cell?.attribute ?? labelAttr(doc, blockStart[i], first);
      const dimension: Dimension = raw.dimension;
      // A change of temperature is never compared with a temperature.
      let attribute = raw.difference ? 'temperature change' : age ? 'age' : ownAttribute(tokens, first, end, dimension) ?? findAttribute(w, first, end, dimension, noun, tableAttribute(label, dimension, noun, !!cell) ?? rateLabel, mentions);
      attribute = inheritTarget(attribute, dimension, claims, doc, start);
      const subject = ageOf ?? resolveSubject(cell, attribute, dimension, claims, () => findSubject(w, first, end, dimension, attribute, mentions, state));
      const claim: Claim = { start, end: stop, text: text.slice(start, stop), dimension, value: tidy(value), unit: raw.unit, subject, attribute };
      if (raw.low !== undefined) {
        claim.low = tidy(raw.low);
        claim.high = tidy(raw.high!);
      }
      if (raw.qualifier) claim.qualifier = raw.qualifier;
      if (noun) claim.noun = noun;
      claims.push(claim);
      claimedUntil = end;
      i = end - 1;
    }
  }
  claims.sort((a, b) => a.start - b.start);
  return claims;
}

/**
 * The figure without the binary floating-point residue of scaling and unit conversion: 33.2 × 10⁹ is
 * 33200000000, not 33200000000.000004. Twelve significant digits are more than any article writes.
 */
function tidy(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}

// Attributes too generic to say on their own what a figure is about.
const GENERIC_ATTRIBUTES = new Set(['count', 'distance', 'amount', 'share', 'date', 'number', 'weight', 'duration', 'change', 'temperature', 'value', 'cost']);

/**
 * The table's subject for a cell; otherwise what the clause says; and when that is no entity, the entity an
 * earlier figure with the same specific attribute was about ("Agreements signed | 10" after "ten agreements
 * under the Union State").
 */
function resolveSubject(cell: CellContext | null, attribute: string, dimension: Dimension, claims: readonly Claim[], clause: () => string): string {
  if (cell?.subject) return cell.subject;
  const earlier = (): string | null => {
    if (GENERIC_ATTRIBUTES.has(attribute)) return null;
    for (let k = claims.length - 1; k >= 0; k--) {
      const c = claims[k];
      if (c.attribute === attribute && c.dimension === dimension && c.subject.includes(':')) return c.subject;
    }
    return null;
  };
  if (cell) return earlier() ?? clause();
  const own = clause();
  return own.includes(':') ? own : earlier() ?? own;
}

/**
 * "the government's target of 60 million tonnes" after "harvest 56.2 million tonnes": a target that does not say
 * of what takes the attribute of the figure just before it in the same passage.
 */
function inheritTarget(attribute: string, dimension: Dimension, claims: readonly Claim[], doc: ScannedDocument, start: number): string {
  if (!attribute.endsWith('target')) return attribute;
  const base = attribute === 'target' ? '' : attribute.slice(0, -' target'.length);
  if (base && knownAttribute(base)) return attribute;
  for (let k = claims.length - 1; k >= 0 && k >= claims.length - 4; k--) {
    const prev = claims[k];
    if (start - prev.end > 600 || doc.text.slice(prev.end, start).includes('\n\n')) break;
    if (prev.dimension === dimension && !prev.attribute.endsWith('target')) return normalizeAttribute(`${prev.attribute} target`);
  }
  return attribute;
}

/** Attributes written inside the figure itself: "the 45-year-old", "a 6.1-magnitude quake". */
function ownAttribute(tokens: readonly Token[], first: number, end: number, dimension: Dimension): string | null {
  if (dimension === 'duration' && tokens[end - 1].norm === 'old' && tokens[end - 2]?.norm === '-') return 'age';
  if (dimension === 'number') {
    for (let k = first; k < end; k++) if (tokens[k].norm === 'magnitude') return 'magnitude';
  }
  return null;
}

const DETERMINERS_AFTER_OF = new Set(['the', 'its', 'their', 'all', 'these', 'those', 'his', 'her', 'our']);

const RATE_NOUNS = new Set([
  'tonne', 'ton', 'barrel', 'year', 'month', 'week', 'day', 'hour', 'head', 'piece', 'share', 'kilogram', 'kg', 'litre',
  'liter', 'gallon', 'person', 'unit', 'capita', 'megawatt', 'mwh', 'kwh', 'gram', 'ounce', 'night', 'seat', 'vote',
]);

/** "€220 per tonne", "about £190 a tonne", "$11.25 million per aircraft": the rate is part of the figure's span. */
function rateEnd(tokens: readonly Token[], end: number, ceiling: number): number {
  const p = tokens[end];
  const n = tokens[end + 1];
  if (!p || !n || end + 1 >= ceiling || n.kind !== 'word') return end;
  if (p.norm === 'per' && n.text === n.norm) {
    // "per kilowatt-hour"
    let k = end + 2;
    while (tokens[k]?.norm === '-' && tokens[k].start === tokens[k - 1].end && tokens[k + 1]?.kind === 'word' && tokens[k + 1].start === tokens[k].end) k += 2;
    return k;
  }
  if ((p.norm === 'a' || p.norm === 'an') && RATE_NOUNS.has(n.norm)) return end + 2;
  return end;
}

function isYearLike(t: Token): boolean {
  return t.kind === 'number' && /^(1[89]|20|21)\d\d$/.test(t.text);
}

/** "MINSK, Dec 6 (Agency) —": the dateline dates the report; it is not a claim of the story. */
function isDateline(doc: ScannedDocument, blockStartToken: number, first: number): boolean {
  if (blockStartToken < 0) return false;
  const before = doc.text.slice(doc.tokens[blockStartToken].start, doc.tokens[first].start);
  return before.length > 0 && before.length < 40 && /^[A-Z][A-Z .'’-]*[A-Z](?:, [A-Za-z .]{2,20})?,\s*$/.test(before);
}

/**
 * A row or line label as the attribute of a figure of this dimension: "Warhead | 480 kg" is the warhead weight,
 * "Warhead | 6 re-entry vehicles" the number of warheads.
 */
function tableAttribute(label: string | null, dimension: Dimension, noun: string | undefined, inTable: boolean): string | null {
  if (!label) return null;
  // "Heatwave length | 11 days": the length of a period is its duration.
  if (dimension === 'duration' && label === 'length') return 'duration';
  if (!inTable || attributeFits(label, dimension) || label.includes(' ')) return label;
  if (dimension === 'mass') return `${label} weight`;
  if (dimension === 'count' && noun !== undefined && !label.endsWith('s')) return `${label}s`;
  return label;
}

function labelAttr(doc: ScannedDocument, blockStartToken: number, first: number): string | null {
  if (blockStartToken < 0) return null;
  const label = lineLabel(doc, blockStartToken, first);
  if (!label || label.split(/\s+/).length > 4) return null;
  return normalizeAttribute(label);
}

function firstTokenOfCell(tokens: readonly Token[], i: number, start: number, text: string): number {
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '|' ? i : -1;
}

function firstTokenIndexAt(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && tokens[k - 1].text !== '|') k--;
  return k;
}

function yearInCell(tokens: readonly Token[], i: number): DateMatch | null {
  const y = Number(tokens[i].text);
  if (!(y >= 1900 && y <= 2100)) return null;
  return { first: i, end: i + 1, interval: [{ y, m: 1, d: 1 }, { y, m: 12, d: 31 }] };
}
