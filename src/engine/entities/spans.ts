import type { Token } from '../types';
import { F_ALL_CAPS, F_CAP, type TokenContext } from './context';
import type { Lexicon } from './lexicon/index';
import { NAME_CONNECTORS, ORG_HEADS, PRODUCT_MODIFIERS, PRODUCT_NOUNS, STOP_CAPITALS, TITLES, TITLE_MODIFIERS } from './lexicon/words';

// Token-level shapes the recogniser looks for: capitalised runs, designations, product and title context.

const MAX_DESIGNATION_PREFIX = 4;
const MAX_PRODUCT_GAP = 4;
const MAX_NAMED_PREFIX = 12;
const MAX_TITLE_WORDS = 6;
/**
 * Tokens in one capitalised run. The longest real names ("Ministry of Foreign Affairs of the Russian
 * Federation") take about a dozen; a longer run is Title Case prose, and cutting it keeps every rule that walks
 * a run linear on a line of thousands of capitals.
 */
const MAX_RUN_TOKENS = 16;
/** Particles of hyphenated place names: "-le-", "-sur-", "-upon-", "-en-", "-am-". */
export const HYPHEN_PARTICLES = new Set(['le', 'la', 'les', 'sur', 'sous', 'en', 'on', 'upon', 'under', 'in', 'de', 'du', 'des', 'am', 'an', 'im', 'by', 'the']);
const GLUED_ARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'bin', 'ibn', 'abu', 'bint']);
// Words glued to a number that name a disease or period, not a product ("COVID-19").
const YEAR_PREFIXES = new Set(['covid', 'mid', 'early', 'late', 'pre', 'post', 'sars']);
// Letter prefixes of quarter, half-year, fiscal-year and chemical notations ("Q3", "H1", "FY2025", "CO2").
const NOT_DESIGNATIONS = new Set(['fy', 'co', 'no', 'pm', 'am', 'nr', 'p', 'vol', 'ch', 'art', 'pt']);
// Quarters and halves take one digit ("Q3", "H1"); "H100" is a product.
const PERIOD_PREFIXES = new Set(['q', 'h']);

function isGlued(tokens: readonly Token[], k: number): boolean {
  return tokens[k].start === tokens[k - 1].end;
}

/** End (exclusive) of the run of capitalised words starting at `i`, joined by name particles and initials. */
export function capitalRunEnd(tokens: readonly Token[], ctx: TokenContext, i: number): number {
  const lineEnd = Math.min(ctx.lineEnd[i], i + MAX_RUN_TOKENS);
  const orgHead = ORG_HEADS.has(tokens[i].norm);
  let end = i + 1;
  let j = i + 1;
  while (j < lineEnd) {
    const t = tokens[j];
    const glued = isGlued(tokens, j);
    if (t.kind === 'word' && ctx.flags[j] & F_CAP && !glued) {
      if (startsDesignation(tokens, j)) break;
      end = j = j + 1;
      continue;
    }
    // "al-Burhan", "el-Sisi", "bin-Salman": an Arabic article glued to the next capitalised word.
    if (t.kind === 'word' && !glued && GLUED_ARTICLES.has(t.norm) && j + 2 < lineEnd && tokens[j + 1].norm === '-' && isGlued(tokens, j + 1) && isGlued(tokens, j + 2) && ctx.flags[j + 2] & F_CAP) {
      end = j = j + 3;
      continue;
    }
    if (t.kind === 'word' && !glued && isConnector(t.norm, orgHead)) {
      let k = j + 1;
      while (k < lineEnd && tokens[k].kind === 'word' && isConnector(tokens[k].norm, orgHead) && !(ctx.flags[k] & F_CAP)) k++;
      if (k < lineEnd && tokens[k].kind === 'word' && ctx.flags[k] & F_CAP && !isGlued(tokens, k)) {
        j = k;
        continue;
      }
      break;
    }
    // "Nagorno-Karabakh", "MAM-L", "Almaz-Antey": capitalised parts glued by a hyphen.
    if (t.norm === '-' && glued && j + 1 < lineEnd && isGlued(tokens, j + 1) && tokens[j + 1].kind === 'word' && ctx.flags[j + 1] & F_CAP) {
      end = j = j + 2;
      continue;
    }
    // "Chester-le-Street", "Stratford-upon-Avon": a lower-case particle between hyphens inside a town's name.
    if (t.norm === '-' && glued && j + 3 < lineEnd && HYPHEN_PARTICLES.has(tokens[j + 1].norm) && isGlued(tokens, j + 1) && tokens[j + 2].norm === '-' && isGlued(tokens, j + 2) && isGlued(tokens, j + 3) && ctx.flags[j + 3] & F_CAP) {
      end = j = j + 4;
      continue;
    }
    // "O'Brien", "d'Ivoire": an apostrophe glued on both sides to a capital.
    if (t.norm === "'" && glued && j + 1 < lineEnd && isGlued(tokens, j + 1) && ctx.flags[j + 1] & F_CAP && tokens[j - 1].text.length <= 2) {
      end = j = j + 2;
      continue;
    }
    // Initials and abbreviated titles: "George W. Bush", "Gen. Valery Gerasimov".
    if (t.text === '.' && glued && (tokens[j - 1].text.length === 1 || TITLES.has(tokens[j - 1].norm)) && j + 1 < lineEnd && ctx.flags[j + 1] & F_CAP) {
      j++;
      continue;
    }
    break;
  }
  return end;
}

function isConnector(norm: string, orgHead: boolean): boolean {
  if (norm === 'and' || norm === 'on') return orgHead;
  return NAME_CONNECTORS.has(norm);
}

/**
 * "Su-57", "Kh-101", "S-400", "TB2", "MiG-29", "Shahed-136": a capitalised prefix glued to a number, short when
 * glued directly ("TB2", "M777"), any length across a hyphen unless the number is a year ("Mid-2024").
 */
export function startsDesignation(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'word' || NOT_DESIGNATIONS.has(t.norm)) return false;
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  if (i > 0 && isGlued(tokens, i) && (tokens[i - 1].kind === 'word' || tokens[i - 1].kind === 'number')) return false;
  let k = i + 1;
  const hyphen = k < tokens.length && tokens[k].norm === '-' && isGlued(tokens, k);
  if (hyphen) k++;
  if (!(k < tokens.length && tokens[k].kind === 'number' && isGlued(tokens, k) && isIntegerText(tokens[k].text))) return false;
  if (PERIOD_PREFIXES.has(t.norm) && tokens[k].text.length === 1) return false;
  if (isYear(tokens[k].text) || YEAR_PREFIXES.has(t.norm)) return false;
  return t.text.length <= MAX_DESIGNATION_PREFIX || (hyphen && t.text.length <= MAX_NAMED_PREFIX);
}

function isYear(text: string): boolean {
  return text.length === 4 && (text.startsWith('19') || text.startsWith('20'));
}

function isIntegerText(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** End (exclusive) of a designation starting at `i` (see `startsDesignation`). */
export function designationEnd(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && isGlued(tokens, k)) {
    const t = tokens[k];
    if (t.kind === 'number' && isIntegerText(t.text)) k++;
    else if (t.norm === '-' && k + 1 < tokens.length && isGlued(tokens, k + 1) && tokens[k + 1].kind !== 'punct') k++;
    // Capital suffixes ("T-90M", "Su-35S") belong to the name; a plural "s" ("F-16s") does not.
    else if (t.kind === 'word' && t.text.length <= 3 && t.text === t.text.toUpperCase()) k++;
    else break;
  }
  if (tokens[k - 1].norm === '-') k--;
  return k;
}

/** True when lower-case product words follow `end`: "Oreshnik ballistic missiles", "Patriot batteries". */
export function productNounFollows(tokens: readonly Token[], ctx: TokenContext, end: number): boolean {
  const lineEnd = ctx.lineEnd[Math.max(0, end - 1)];
  for (let k = end; k < lineEnd && k < end + MAX_PRODUCT_GAP + 1; k++) {
    const t = tokens[k];
    if (t.norm === '-') continue;
    if (t.kind !== 'word' || ctx.flags[k] & F_CAP) return false;
    if (PRODUCT_NOUNS.has(t.norm)) return true;
    if (!PRODUCT_MODIFIERS.has(t.norm)) return false;
  }
  return false;
}

/** Strips trailing capitalised product words ("Oreshnik Ballistic Missile" -> "Oreshnik"); returns the new end. */
export function stripProductTail(tokens: readonly Token[], from: number, end: number): number {
  let e = end;
  if (!PRODUCT_NOUNS.has(tokens[e - 1].norm)) return end;
  while (e - 1 > from && (PRODUCT_NOUNS.has(tokens[e - 1].norm) || PRODUCT_MODIFIERS.has(tokens[e - 1].norm))) e--;
  return e;
}

/** Leading words to drop from a capitalised run, and whether a title among them says "person". */
export function stripLead(tokens: readonly Token[], from: number, end: number): { start: number; titled: boolean } {
  let k = from;
  while (k < end && STOP_CAPITALS.has(tokens[k].norm)) k++;
  // Through the last title: "Port Director Claire Moreau", "Foreign Minister Sergei Lavrov".
  let lastTitle = -1;
  for (let m = k; m < end - 1 && m < k + MAX_TITLE_WORDS; m++) if (TITLES.has(tokens[m].norm)) lastTitle = m;
  if (lastTitle < 0) return { start: k, titled: false };
  k = lastTitle + 1;
  // "Mr.", "Gen."; "Secretary of State Antony Blinken".
  while (k < end - 1 && (tokens[k].text === '.' || NAME_CONNECTORS.has(tokens[k].norm) || TITLE_MODIFIERS.has(tokens[k].norm))) k++;
  return { start: k, titled: true };
}

/** A lower-case title just before `i`: "leader Alexander Lukashenko", "spokesman Dmitry Peskov". */
export function titleBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && tokens[k].text === '.') k--;
  return k >= 0 && tokens[k].kind === 'word' && TITLES.has(tokens[k].norm);
}

/** A capitalised proper word that may close a designation's name ("S-400 Triumf"), not "System" or "In". */
export function isTrailingName(tokens: readonly Token[], ctx: TokenContext, lex: Lexicon, k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'word' || !(ctx.flags[k] & F_CAP) || ctx.flags[k] & F_ALL_CAPS) return false;
  if (STOP_CAPITALS.has(t.norm) || PRODUCT_NOUNS.has(t.norm) || PRODUCT_MODIFIERS.has(t.norm) || ctx.lowerSeen.has(t.norm)) return false;
  if (k + 1 < tokens.length && tokens[k + 1].start === t.end && tokens[k + 1].kind !== 'punct') return false;
  return !lex.known.match(tokens, k, () => false);
}

/** Words in tokens[from..to), counting a hyphenated compound ("Nagorno-Karabakh") as one. */
export function wordCount(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k].kind === 'word' && (k === from || tokens[k].start > tokens[k - 1].end)) n++;
  return n;
}

/** "Zapad-2021", "Euro-2024": a proper name glued to a year names an event; returns its end or `i`. */
export function namedYearEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const dash = tokens[i + 1];
  const year = tokens[i + 2];
  if (!dash || !year || dash.norm !== '-' || dash.start !== t.end || year.start !== dash.end || year.kind !== 'number') return i;
  if (!isYear(year.text) || YEAR_PREFIXES.has(t.norm) || STOP_CAPITALS.has(t.norm) || t.text.length < 3) return i;
  if (i + 3 < tokens.length && tokens[i + 3].start === year.end && tokens[i + 3].kind !== 'punct') return i;
  return i + 3;
}
