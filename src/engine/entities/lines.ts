import type { Token } from '../types';
import { F_ALL_CAPS, F_CAP, F_DATELINE, type TokenContext } from './context';
import type { Lexicon } from './lexicon/index';
import type { PhraseMatch } from './phrases';
import type { Candidate } from './recognize';

// Names that the shape of a line gives away where capitals prove nothing: bylines, datelines, initials.

const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * "Posted by Marta Kowalczyk", or a line that holds nothing but "Peter Blackburn": a byline names a person even
 * where capitals prove nothing.
 */
export function bylineAt(tokens: readonly Token[], ctx: TokenContext, lex: Lexicon, i: number): Candidate | undefined {
  if (!lex.personalNames.has(tokens[i].norm)) return undefined;
  const afterBy = i > 0 && tokens[i - 1].norm === 'by';
  const ownLine = (i === 0 || ctx.lineEnd[i - 1] !== ctx.lineEnd[i]) && ctx.lineEnd[i] - i <= 3;
  if (!afterBy && !ownLine) return undefined;
  let end = i + 1;
  while (end < ctx.lineEnd[i] && end - i < 3 && tokens[end].kind === 'word' && ctx.flags[end] & F_CAP && tokens[end].start > tokens[end - 1].end) end++;
  if (!afterBy && end !== ctx.lineEnd[i]) return undefined;
  // "PACIFIC DIVISION", "WESTERN CONFERENCE": a line of capitals alone is a table's caption more often than a name.
  if (!afterBy && ctx.flags[i] & F_ALL_CAPS) return undefined;
  return end - i >= 2 ? { from: i, to: end, type: 'person', known: false } : undefined;
}

/**
 * "J. Murray", "K.J. Matthew": initials and a surname name a person in a results table or a caption, where
 * capitals alone prove nothing. "U.S. Army" glues its letters and writes no lower-case surname.
 */
export function initialledName(tokens: readonly Token[], ctx: TokenContext, i: number): Candidate | undefined {
  let k = i;
  while (k + 1 < tokens.length && tokens[k].text.length === 1 && ctx.flags[k] & F_CAP && tokens[k + 1].text === '.' && tokens[k + 1].start === tokens[k].end) k += 2;
  if (k === i || k >= tokens.length || k - i > 4) return undefined;
  const surname = tokens[k];
  if (surname.start === tokens[k - 1].end || surname.kind !== 'word' || !(ctx.flags[k] & F_CAP) || ctx.flags[k] & F_ALL_CAPS || surname.text.length < 2) return undefined;
  if (ctx.lineEnd[k] !== ctx.lineEnd[i]) return undefined;
  return { from: i, to: k + 1, type: 'person', known: false };
}

/**
 * End of the town that opens a dateline ("KUUSAMO, Finland, Dec 7 -", "AL-AIN, United Arab Emirates 1996-12-06",
 * "KYIV, March 3 -", "RAMALLAH (Reuters) -"), or `i` when the capitals are followed by something else ("ISW, a
 * think tank").
 */
export function datelineEnd(tokens: readonly Token[], ctx: TokenContext, i: number, matchKnown: (k: number) => PhraseMatch | undefined): number {
  let end = i + 1;
  for (;;) {
    if (end < tokens.length && ctx.flags[end] & F_DATELINE) end++;
    else if (end + 1 < tokens.length && tokens[end].norm === '-' && tokens[end].start === tokens[end - 1].end && tokens[end + 1].start === tokens[end].end && ctx.flags[end + 1] & F_ALL_CAPS) end += 2;
    else break;
  }
  const sep = tokens[end];
  if (!sep || tokens[end - 1].text.length < 2) return i;
  if (sep.norm === '(' || (sep.norm === '-' && sep.start > tokens[end - 1].end)) return end;
  const next = tokens[end + 1];
  if (sep.norm !== ',' || !next) return i;
  const known = matchKnown(end + 1);
  return next.kind === 'number' || MONTHS.has(next.norm) || known?.entry.type === 'place' ? end : i;
}

/** The Associated Press abbreviations of US states, as datelines and addresses write them ("TEMPE, Ariz."). */
const US_STATES = new Map([
  ['Ala', 'Alabama'], ['Ariz', 'Arizona'], ['Ark', 'Arkansas'], ['Calif', 'California'], ['Colo', 'Colorado'],
  ['Conn', 'Connecticut'], ['Del', 'Delaware'], ['Fla', 'Florida'], ['Ga', 'Georgia'], ['Ill', 'Illinois'],
  ['Ind', 'Indiana'], ['Kan', 'Kansas'], ['Ky', 'Kentucky'], ['La', 'Louisiana'], ['Md', 'Maryland'],
  ['Mass', 'Massachusetts'], ['Mich', 'Michigan'], ['Minn', 'Minnesota'], ['Miss', 'Mississippi'], ['Mo', 'Missouri'],
  ['Mont', 'Montana'], ['Neb', 'Nebraska'], ['Nev', 'Nevada'], ['Okla', 'Oklahoma'], ['Ore', 'Oregon'],
  ['Pa', 'Pennsylvania'], ['Tenn', 'Tennessee'], ['Tex', 'Texas'], ['Vt', 'Vermont'], ['Va', 'Virginia'],
  ['Wash', 'Washington'], ['Wis', 'Wisconsin'], ['Wyo', 'Wyoming'],
]);

/**
 * "Appleton, Wis.", "Hartford, Conn.": a state abbreviation after a town and a comma. Elsewhere most of them are
 * words or titles ("Miss.", "Ill."), so the town before the comma is the evidence.
 */
export function stateAfterTown(tokens: readonly Token[], ctx: TokenContext, i: number): Candidate | undefined {
  const state = US_STATES.get(tokens[i].text);
  const dot = tokens[i + 1];
  if (!state || !dot || dot.text !== '.' || dot.start !== tokens[i].end || i < 2) return undefined;
  if (tokens[i - 1].text !== ',' || !(ctx.flags[i - 2] & F_CAP)) return undefined;
  // The period is left out, as news NER sets tokenise it: at a line's end it is also the full stop.
  return { from: i, to: i + 1, type: 'place', name: state, known: true };
}
