import { isDigitCode } from '../text/chars';
import type { ScannedDocument, Token } from '../types';
import { F_ALL_CAPS, F_CAP, F_DATELINE, type TokenContext } from './context';
import type { Lexicon } from './lexicon/index';
import { tokenKey } from './phrases';
import type { Candidate } from './recognize';
import { capitalRunEnd, wordCount } from './spans';
import { proseTeamKeys } from './teams';

/** A standings row has a team's name, then played, won, drawn, lost, goals... ("Hull 12 6 2 4 15 15 20"). */
const MIN_STANDINGS_NUMBERS = 5;
/** Tokens in the longest results line read: a squad list of a dozen players with their clubs. */
const MAX_RECORD_TOKENS = 120;

/**
 * Results, standings, fixture and squad lines of sports news: "Leeds 2 Hull City 1", "Hull City 12 6 2 4 15 15 20",
 * "Fife v Partick", "Ian Lee (Leeds), Bo Chan (Hull)". The names that carry the scores are teams, although most are
 * written like a city ("Barcelona") or a person ("Orrell"), and the first of them opens the line, where a capital
 * alone proves nothing; names with minutes in a score's brackets are scorers. A country's name stays a place: a
 * national side is named for its country ("Japan 2 Syria 1"). Returns the candidates with those names typed, and
 * the same names typed as teams elsewhere in the document; unchanged when the document has no such line.
 */
export function typeResultLines(doc: ScannedDocument, ctx: TokenContext, lex: Lexicon, candidates: Candidate[]): Candidate[] {
  const { tokens } = doc;
  const teams: Candidate[] = [];
  for (let from = 0; from < tokens.length; from = Math.max(ctx.lineEnd[from], from + 1)) {
    const to = ctx.lineEnd[from];
    // Results lines are short; a paragraph of prose is passed over at once.
    if (to - from > MAX_RECORD_TOKENS) continue;
    const scored = hasTwoNumbers(tokens, from, to) ? scoreLine(tokens, ctx, from, to) ?? standingsRow(tokens, ctx, from, to) : undefined;
    const found = scored ?? fixtureLine(tokens, ctx, from, to) ?? fixtureList(tokens, ctx, from, to) ?? clubsInBrackets(tokens, ctx, from, to);
    if (!found) continue;
    for (const [a, b] of found) if (!isPersonName(tokens, lex, a, b) && !isCountry(tokens, lex, a, b)) teams.push({ from: a, to: b, type: 'organization', known: false });
    if (scored?.length === 2) scorers(tokens, ctx, scored[0][1], scored[1][0], to, teams);
  }
  const proseTeams = proseTeamKeys(tokens, ctx, lex, candidates);
  if (teams.length === 0 && proseTeams.size === 0) return candidates;
  teams.sort((a, b) => a.from - b.from);
  // "Barcelona fought back": a team of the results table keeps its type in the report's prose.
  const teamKeys = new Set(teams.filter((c) => c.type === 'organization').map((c) => tokenKey(tokens, c.from, c.to)));
  for (const key of proseTeams) teamKeys.add(key);
  const out: Candidate[] = [];
  let t = 0;
  for (const c of candidates) {
    while (t < teams.length && teams[t].to <= c.from) out.push(teams[t++]);
    const team = teams[t];
    if (team && team.from < c.to) continue;
    // A dateline names where the report was filed ("ARLINGTON, Texas"), never the club.
    const sameName = c.type !== 'organization' && c.type !== 'person' && teamKeys.size > 0 && !(ctx.flags[c.from] & F_DATELINE) && teamKeys.has(tokenKey(tokens, c.from, c.to));
    out.push(sameName ? { from: c.from, to: c.to, type: 'organization', known: false } : c);
  }
  while (t < teams.length) out.push(teams[t++]);
  return out;
}

function hasTwoNumbers(tokens: readonly Token[], from: number, to: number): boolean {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k].kind === 'number' && ++n >= 2) return true;
  return false;
}

/** End of a capitalised run starting at `k`, or `k` when there is none. */
function nameAt(tokens: readonly Token[], ctx: TokenContext, k: number, to: number): number {
  if (k >= to || tokens[k].kind !== 'word' || !(ctx.flags[k] & F_CAP)) return k;
  return Math.min(capitalRunEnd(tokens, ctx, k), to);
}

/** A score: a number standing alone ("2", not the "6" of "6-3"), then an optional "(scorers ...)". */
function scoreAt(tokens: readonly Token[], k: number, to: number): number {
  const t = tokens[k];
  if (k >= to || t.kind !== 'number') return -1;
  const after = tokens[k + 1];
  if (k + 1 < to && after.start === t.end && after.text !== '.' && after.text !== ',') return -1;
  if (k > 0 && tokens[k - 1].end === t.start) return -1;
  let end = k + 1;
  if (end < to && tokens[end].text === '(') {
    while (end < to && tokens[end].text !== ')') end++;
    if (end >= to) return -1;
    end++;
  }
  return end;
}

/** "Leeds 2 Hull City 1", "Real Madrid 2 (Suker 24) Barcelona 0.": two names, each followed by its score. */
function scoreLine(tokens: readonly Token[], ctx: TokenContext, from: number, to: number): Array<[number, number]> | undefined {
  const aEnd = nameAt(tokens, ctx, from, to);
  if (aEnd === from) return undefined;
  const bStart = scoreAt(tokens, aEnd, to);
  if (bStart < 0) return undefined;
  const bEnd = nameAt(tokens, ctx, bStart, to);
  if (bEnd === bStart) return undefined;
  const end = scoreAt(tokens, bEnd, to);
  if (end < 0 || (end < to && !(end + 1 === to && tokens[end].text === '.'))) return undefined;
  return [[from, aEnd], [bStart, bEnd]];
}

/**
 * "Rangers 4 (Ferguson 34, McCoist 71 74) Hibernian 3 (Wright 21).": the names in a score's brackets, each
 * followed by the minutes of its goals, are the scorers. `aEnd` and `bStart` bound the first score, `bStart` to
 * `to` holds the second.
 */
function scorers(tokens: readonly Token[], ctx: TokenContext, aEnd: number, bStart: number, to: number, out: Candidate[]): void {
  for (let k = aEnd; k < to; k++) {
    if (k === bStart) {
      k = nameAt(tokens, ctx, bStart, to) - 1;
      continue;
    }
    const end = nameAt(tokens, ctx, k, to);
    if (end === k) continue;
    const prev = tokens[k - 1].text;
    if ((prev === '(' || prev === ',') && tokens[end]?.kind === 'number') out.push({ from: k, to: end, type: 'person', known: false });
    k = end - 1;
  }
}

const FIXTURE_WORDS = new Set(['v', 'vs', 'at']);

/**
 * "Bologna (4) v Piacenza (13) 1330", "PHOENIX AT SACRAMENTO": a fixture line, two names and nothing but their
 * league positions and the kick-off time. "at" counts only in a line of capitals, the style of such listings; "v" and
 * "vs" only in lower case.
 */
function fixtureLine(tokens: readonly Token[], ctx: TokenContext, from: number, to: number): Array<[number, number]> | undefined {
  let v = from + 1;
  while (v < to && !FIXTURE_WORDS.has(tokens[v].norm)) v++;
  if (v >= to || (tokens[v].norm === 'at' ? !(ctx.flags[v] & F_ALL_CAPS) : tokens[v].text !== tokens[v].norm)) return undefined;
  const aEnd = nameAt(tokens, ctx, from, v);
  if (aEnd === from || bracketedNumberEnd(tokens, aEnd, v) !== v) return undefined;
  const bStart = v + 1;
  const bEnd = nameAt(tokens, ctx, bStart, to);
  if (bEnd === bStart) return undefined;
  let end = bracketedNumberEnd(tokens, bEnd, to);
  if (end < to && tokens[end].kind === 'number') end++;
  return end === to ? [[from, aEnd], [bStart, bEnd]] : undefined;
}

/** "Fife v Partick, Stirling v St Mirren": fixtures listed in one line, each name beside a "v" or "vs". */
function fixtureList(tokens: readonly Token[], ctx: TokenContext, from: number, to: number): Array<[number, number]> | undefined {
  let found: Array<[number, number]> | undefined;
  for (let v = from + 1; v + 1 < to; v++) {
    const norm = tokens[v].norm;
    if ((norm !== 'v' && norm !== 'vs') || tokens[v].text !== norm) continue;
    const aStart = runStartBefore(tokens, ctx, from, v);
    const bEnd = nameAt(tokens, ctx, v + 1, to);
    if (aStart === v || bEnd === v + 1) continue;
    (found ??= []).push([aStart, v], [v + 1, bEnd]);
    v = bEnd - 1;
  }
  return found;
}

/** Start of the capitalised run that ends just before `end` ("Inverness Thistle", "Queen's Park"), or `end`. */
function runStartBefore(tokens: readonly Token[], ctx: TokenContext, from: number, end: number): number {
  let k = end;
  while (k > from) {
    const t = tokens[k - 1];
    if (t.kind === 'word' && ctx.flags[k - 1] & F_CAP) k--;
    else if (k - 1 > from && t.kind === 'punct' && t.start === tokens[k - 2].end && tokens[k].start === t.end && t.text !== ',') k--;
    else break;
  }
  while (k < end && tokens[k].kind !== 'word') k++;
  return k;
}

/** Player lists name two clubs or more at least: "Gary Speed (Everton), Ian Wright (Arsenal)". */
const MIN_LISTED_CLUBS = 2;

/**
 * A squad or scorers' list gives each player's club in brackets. Countries are left to the caller ("Jan Ek
 * (Sweden)" is a national player).
 */
function clubsInBrackets(tokens: readonly Token[], ctx: TokenContext, from: number, to: number): Array<[number, number]> | undefined {
  const clubs: Array<[number, number]> = [];
  for (let k = from + 1; k + 2 < to; k++) {
    if (tokens[k].text !== '(' || tokens[k - 1].kind !== 'word' || !(ctx.flags[k - 1] & F_CAP)) continue;
    const end = nameAt(tokens, ctx, k + 1, to);
    if (end === k + 1 || end >= to || (tokens[end].text !== ')' && tokens[end].text !== ',')) continue;
    clubs.push([k + 1, end]);
    k = end;
  }
  return clubs.length >= MIN_LISTED_CLUBS ? clubs : undefined;
}

/** Past a "(4)" at `k`, or `k`. */
function bracketedNumberEnd(tokens: readonly Token[], k: number, to: number): number {
  return k + 2 < to && tokens[k].text === '(' && tokens[k + 1].kind === 'number' && tokens[k + 2].text === ')' ? k + 3 : k;
}

/** "Hull City 12 6 2 4 15 15 20": a name, then nothing but numbers. */
function standingsRow(tokens: readonly Token[], ctx: TokenContext, from: number, to: number): Array<[number, number]> | undefined {
  const end = nameAt(tokens, ctx, from, to);
  if (end === from) return undefined;
  // "Barley 1074.0 1104.8", "Apr 97 74.13": a table of quantities has figures with decimals or thousands where
  // standings have small counts.
  let numbers = 0;
  for (let k = end; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'number') {
      if (!isCount(t.text)) return undefined;
      numbers++;
    } else if (t.kind !== 'punct' && t.kind !== 'symbol') return undefined;
  }
  return numbers >= MIN_STANDINGS_NUMBERS ? [[from, end]] : undefined;
}

const MAX_COUNT_DIGITS = 3;

/** Games, wins, goals and points: whole numbers of a few digits. */
function isCount(text: string): boolean {
  if (text.length > MAX_COUNT_DIGITS) return false;
  for (let k = 0; k < text.length; k++) if (!isDigitCode(text.charCodeAt(k))) return false;
  return true;
}

/**
 * "Ernie Els 68 70 72 69 279": a golfer's card has the shape of a standings row. A name that ends with a town is
 * a club's, whatever its first word ("Maccabi Haifa", "Werder Bremen").
 */
function isPersonName(tokens: readonly Token[], lex: Lexicon, from: number, to: number): boolean {
  if (wordCount(tokens, from, to) < 2 || !lex.personalNames.has(tokens[from].norm) || lex.known.match(tokens, from, () => false)) return false;
  const last = lex.known.match(tokens, to - 1, () => false);
  return !(last && last.end === to && last.entry.type === 'place');
}

function isCountry(tokens: readonly Token[], lex: Lexicon, from: number, to: number): boolean {
  const m = lex.known.match(tokens, from, () => true);
  return m !== undefined && m.end === to && m.entry.type === 'place' && lex.isCountry(m.entry.name);
}
