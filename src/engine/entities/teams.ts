import type { Token } from '../types';
import { F_CAP, type TokenContext } from './context';
import type { Lexicon } from './lexicon/index';
import { KNOWN_NATIONALITIES } from './lexicon/known-entities';
import { tokenKey } from './phrases';
import type { Candidate } from './recognize';

// Sports roles written between a club's name and a player's ("Leeds striker Ian Lee"); "mayor" or "governor" are
// not among them, so "Moscow mayor Sergei Sobyanin" keeps Moscow a city.
const TEAM_ROLES = new Set(`captain skipper coach manager striker midfielder defender goalkeeper keeper winger forward
batsman bowler pitcher quarterback all-rounder fullback playmaker`.split(/\s+/));

// Verbs of a match result between two sides ("Wigan beat Bradford").
const RESULT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeats', 'edged', 'thrashed', 'routed', 'outplayed']);

// "played for Nice", "signed for Leeds": a player's side.
const PLAYED_FOR = new Set(['played', 'plays', 'playing', 'signed', 'signs']);

// Places with a nationality of their own but no country code ("England", "Scotland"): national sides stay places.
const NATIONS = new Set(KNOWN_NATIONALITIES.map((k) => k.place).filter((p): p is string => p !== undefined));

/**
 * Keys of place names that the prose uses as sports clubs: "Surrey captain Chris Lewis", "Wigan beat Bradford",
 * "who played for Nice". A country stays a place, as a national side is named for it. The caller types every
 * mention of these names in the document as an organisation.
 */
export function proseTeamKeys(tokens: readonly Token[], ctx: TokenContext, lex: Lexicon, candidates: readonly Candidate[]): Set<string> {
  const keys = new Set<string>();
  const isClubPlace = (c: Candidate | undefined): c is Candidate => c !== undefined && c.type === 'place' && !isNation(tokens, lex, c);
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    if (c.type !== 'place') continue;
    const next = tokens[c.to];
    let team = false;
    if (next && TEAM_ROLES.has(next.norm) && c.to + 1 < tokens.length && ctx.flags[c.to + 1] & F_CAP && ctx.lineEnd[c.to + 1] === ctx.lineEnd[c.from]) team = true;
    else if (c.from >= 2 && tokens[c.from - 1].norm === 'for' && PLAYED_FOR.has(tokens[c.from - 2].norm)) team = true;
    else if (next && RESULT_VERBS.has(next.norm)) {
      // Both sides must be towns or regions: "Milan beat inflation" is no match result, and a country plays countries.
      const other = candidates[n + 1];
      if (other && other.from === c.to + 1 && isClubPlace(other) && isClubPlace(c)) {
        team = true;
        keys.add(tokenKey(tokens, other.from, other.to));
      }
    }
    if (team && isClubPlace(c)) keys.add(tokenKey(tokens, c.from, c.to));
  }
  return keys;
}

function isNation(tokens: readonly Token[], lex: Lexicon, c: Candidate): boolean {
  const m = lex.known.match(tokens, c.from, () => true);
  if (!m || m.end !== c.to || m.entry.type !== 'place') return false;
  return lex.isCountry(m.entry.name) || NATIONS.has(m.entry.name);
}
