import type { EntityMention, EntityType, ScannedDocument, Token } from '../types';
import { F_ALL_CAPS, F_CAP, F_TITLE, type TokenContext } from './context';
import type { Lexicon } from './lexicon/index';
import { EVENT_HEADS, NAME_CONNECTORS, ORG_SUFFIXES, STOP_CAPITALS } from './lexicon/words';
import { entityId, skeleton } from './names';
import { PhraseIndex } from './phrases';
import { MAX_NAME_WORD_CHARS, type Candidate } from './recognize';

interface Identity {
  type: EntityType;
  name: string;
  entity: string;
  place?: string;
}

const MIN_SURNAME_CHARS = 3;
const MIN_REPEATS = 2;
const MIN_REPEATED_CHARS = 3;

/**
 * Second pass: the document's own evidence. Acronyms defined in the text join their long form, short names join
 * the full name, names typed in running text are found again in headings, tables and at sentence starts, and
 * untyped capitalised runs take the type the document gives them elsewhere.
 */
export function resolve(doc: ScannedDocument, ctx: TokenContext, lex: Lexicon, candidates: Candidate[]): EntityMention[] {
  const { tokens, text } = doc;
  const surface = (c: { from: number; to: number }) => text.slice(tokens[c.from].start, tokens[c.to - 1].end).replace(/\s+/g, ' ');
  const ids = new Map<Candidate, Identity>();
  // Most names recur many times in a document; slugs and identities are computed once per name.
  const identities = new Map<string, Identity>();
  const identify = (c: Candidate, type: EntityType): Identity => {
    const name = c.name ?? surface(c);
    const key = `${type}\u0000${name}\u0000${c.place ?? ''}`;
    let id = identities.get(key);
    if (!id) identities.set(key, (id = { type, name, entity: entityId(type, name), place: c.place ? entityId('place', c.place) : undefined }));
    return id;
  };
  for (const c of candidates) if (c.type) ids.set(c, identify(c, c.type));

  const docLexicon = new PhraseIndex();
  const remembered = new Set<string>();
  const remember = (key: string, id: Identity) => {
    const k = `${id.entity}\u0000${key}`;
    if (remembered.has(k)) return;
    remembered.add(k);
    docLexicon.add(key, { type: id.type, name: id.name, caseRule: 'cap', entity: id.entity, place: id.place });
  };

  defineAcronyms(tokens, ctx, candidates, ids, identify, remember);

  const surnames = new Map<string, Identity | null>();
  // "Boris Yeltsin ... Naina Yeltsin ... Yeltsin said": which one is unclear, that it is a person is not.
  const sharedSurnames = new Map<string, Identity>();
  for (const c of candidates) {
    const id = ids.get(c);
    if (id?.type !== 'person' || c.to - c.from < 2) continue;
    const last = tokens[c.to - 1];
    if (last.text.length < MIN_SURNAME_CHARS) continue;
    // An acronym after Title Case words is not a surname: "Japan NTT" must not make every "NTT" a person.
    if (ctx.flags[c.to - 1] & F_ALL_CAPS && !(ctx.flags[c.from] & F_ALL_CAPS)) continue;
    const seen = surnames.get(last.norm);
    surnames.set(last.norm, seen === undefined || seen?.entity === id.entity ? id : null);
    if (seen !== undefined && seen?.entity !== id.entity && !sharedSurnames.has(last.norm)) {
      sharedSurnames.set(last.norm, identify({ from: c.to - 1, to: c.to, known: false }, 'person'));
    }
  }
  for (const c of candidates) {
    let id = ids.get(c);
    if (!id) continue;
    // "Anne Hidalgo ... Hidalgo said": a surname of the document's person, although a gazetteer knows the word as a place.
    const person = c.to - c.from === 1 && id.type !== 'person' ? surnames.get(tokens[c.from].norm) : undefined;
    if (person) ids.set(c, (id = person));
    const shared = c.to - c.from === 1 && id.type !== 'person' ? sharedSurnames.get(tokens[c.from].norm) : undefined;
    if (shared) ids.set(c, (id = shared));
    remember(surface(c), id);
  }
  const surnameSkeletons = new Map<string, Identity>();
  for (const [norm, id] of sharedSurnames) if (!surnames.get(norm)) remember(norm, id);
  for (const [norm, id] of surnames) {
    if (!id) continue;
    remember(norm, id);
    surnameSkeletons.set(skeleton(norm), id);
  }

  // "Storm Ciarán" is later just "Ciarán"; "Nvidia Corp." is also just "Nvidia".
  for (const c of candidates) {
    const id = ids.get(c);
    if (id?.type === 'event' && c.to - c.from >= 2 && EVENT_HEADS.has(tokens[c.from].norm)) remember(surface({ from: c.from + 1, to: c.to }), id);
    if (id?.type === 'organization') {
      const short = withoutLegalForm(tokens, c.from, c.to);
      if (short > c.from) remember(surface({ from: c.from, to: short }), id);
      // "Barrick Gold Corp", "Newmont Mining Corp": later just "Barrick", "Newmont".
      const brand = short > c.from ? brandEnd(tokens, lex, c.from, short) : c.from;
      if (brand > c.from) remember(surface({ from: c.from, to: brand }), id);
    }
  }

  // Short and untyped mentions take the identity the document established; weak hints come last.
  const adopt = () => {
    for (const c of candidates) {
      const id = ids.get(c);
      if (id && c.to - c.from > 1) continue;
      const m = docLexicon.match(tokens, c.from, () => true);
      if (m && m.end === c.to && m.entry.entity) ids.set(c, { type: m.entry.type, name: m.entry.name, entity: m.entry.entity, place: m.entry.place });
    }
  };
  adopt();
  const capitals = capitalCounts(tokens, ctx);
  for (const c of candidates) {
    if (ids.has(c)) continue;
    const hint = c.hint ?? repeatedNameHint(tokens, ctx, lex, capitals, c);
    if (!hint) continue;
    const id = identify(c, hint);
    ids.set(c, id);
    if (!docLexicon.has(surface(c).toLowerCase())) remember(surface(c), id);
  }
  adopt();

  const mentions: EntityMention[] = [];
  const emit = (from: number, to: number, id: Identity) => {
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    const mentionText = text.slice(start, end);
    if (lex.ignore.has(mentionText.toLowerCase().replace(/\s+/g, ' '))) return;
    const m: EntityMention = { start, end, text: mentionText, type: id.type, entity: id.entity, name: id.name };
    if (id.place) m.place = id.place;
    mentions.push(m);
  };

  // Names the document typed elsewhere, found again where capitals alone prove nothing, and preferred when
  // longer than the reading the first pass made here ("S-400 Triumf" in a heading, "Port of Le Havre").
  const typed = candidates.filter((c) => ids.has(c));
  let next = 0;
  for (let i = 0; i < tokens.length; ) {
    while (next < typed.length && typed[next].to <= i) next++;
    const c = typed[next];
    const atCandidate = c !== undefined && c.from <= i;
    const found = (atCandidate || ctx.flags[i] & F_CAP) && isFreeStart(tokens, i) ? docLexicon.match(tokens, i, () => true) : undefined;
    if (found?.entry.entity && (!atCandidate || found.end > c.to) && !straddles(typed, next, found.end)) {
      emit(i, found.end, { type: found.entry.type, name: found.entry.name, entity: found.entry.entity, place: found.entry.place });
      i = found.end;
      continue;
    }
    if (atCandidate) {
      emit(c.from, c.to, ids.get(c)!);
      i = c.to;
      continue;
    }
    const stem = droppedPossessive(tokens, ctx, lex, docLexicon, i);
    if (stem) mentions.push(stem);
    // "Zelensky" after "Volodymyr Zelenskyy": a surname spelled another way.
    const variant = stem || surnameSkeletons.size === 0 || !isSurnameShaped(tokens, ctx, i) ? undefined : surnameSkeletons.get(skeleton(tokens[i].text));
    if (variant) {
      emit(i, i + 1, variant);
    }
    i++;
  }
  return mentions;
}

/** How often each word is written with a capital in running text. */
function capitalCounts(tokens: readonly Token[], ctx: TokenContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.flags[i] & F_CAP && !(ctx.flags[i] & F_TITLE)) counts.set(tokens[i].norm, (counts.get(tokens[i].norm) ?? 0) + 1);
  }
  return counts;
}

/**
 * A single capitalised word the text keeps writing with a capital, never in lower case, and that no rule typed:
 * in news that is most often a company or body ("Nvidia", "Gazprom"), or a person when it is a known name.
 */
function repeatedNameHint(tokens: readonly Token[], ctx: TokenContext, lex: Lexicon, capitals: Map<string, number>, c: Candidate): EntityType | undefined {
  if (c.to - c.from !== 1) return undefined;
  const t = tokens[c.from];
  if (t.text.length < MIN_REPEATED_CHARS || ctx.lowerSeen.has(t.norm) || STOP_CAPITALS.has(t.norm) || lex.isCommonWord(t.norm)) return undefined;
  if ((capitals.get(t.norm) ?? 0) < MIN_REPEATS) return undefined;
  if (ctx.flags[c.from] & F_ALL_CAPS) return undefined;
  // "the Government", "Article 5", "Phase 2": capitalised nouns, not names.
  if (c.from > 0 && tokens[c.from - 1].norm === 'the') return undefined;
  if (tokens[c.to]?.kind === 'number') return undefined;
  return lex.personalNames.has(t.norm) && !ORG_SUFFIXES.has(t.norm) ? 'person' : 'organization';
}

function isSurnameShaped(tokens: readonly Token[], ctx: TokenContext, i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'word' || !(ctx.flags[i] & F_CAP) || t.text.length < MIN_SURNAME_CHARS || t.text.length > MAX_NAME_WORD_CHARS || ctx.lowerSeen.has(t.norm) || STOP_CAPITALS.has(t.norm)) return false;
  if (!isFreeStart(tokens, i)) return false;
  return !(i + 1 < tokens.length && tokens[i + 1].start === t.end && tokens[i + 1].kind === 'word');
}

/** True when a span ending at `end` would cut through a typed candidate. */
function straddles(typed: readonly Candidate[], from: number, end: number): boolean {
  for (let k = from; k < typed.length && typed[k].from < end; k++) if (typed[k].to > end) return true;
  return false;
}

function isFreeStart(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i].start > tokens[i - 1].end || tokens[i - 1].kind === 'punct';
}

/** "BelarusS defensive posture": copy that lost the apostrophe of "Belarus's" and capitalised the "s". */
function droppedPossessive(tokens: readonly Token[], ctx: TokenContext, lex: Lexicon, docLexicon: PhraseIndex, i: number): EntityMention | undefined {
  const t = tokens[i];
  const n = t.text.length;
  if (!(ctx.flags[i] & F_CAP) || ctx.flags[i] & F_ALL_CAPS || n < 4 || n > MAX_NAME_WORD_CHARS || t.text[n - 1] !== 'S') return undefined;
  const stemText = t.text.slice(0, -1);
  const stemToken: Token = { ...t, end: t.end - 1, text: stemText, norm: stemText.toLowerCase() };
  if (ctx.lowerSeen.has(t.norm)) return undefined;
  const m = docLexicon.match([stemToken], 0, () => true) ?? lex.known.match([stemToken], 0, () => true);
  if (!m || m.end !== 1) return undefined;
  const name = m.entry.name || stemText;
  const id = m.entry.entity ?? entityId(m.entry.type, name);
  return { start: t.start, end: t.end, text: t.text, type: m.entry.type, entity: id, name };
}

/** "Institute for the Study of War (ISW)": the acronym becomes an alias of the long form it follows. */
function defineAcronyms(
  tokens: readonly Token[],
  ctx: TokenContext,
  candidates: Candidate[],
  ids: Map<Candidate, Identity>,
  identify: (c: Candidate, type: EntityType) => Identity,
  remember: (key: string, id: Identity) => void,
): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    const open = c.to;
    if (c.to - c.from < 2 || open + 2 >= tokens.length || tokens[open].text !== '(' || tokens[open + 2].text !== ')') continue;
    const acr = tokens[open + 1];
    if (!(ctx.flags[open + 1] & F_ALL_CAPS) || ctx.flags[open + 1] & F_TITLE || !initialsMatch(tokens, c, acr.text)) continue;
    const id = ids.get(c) ?? identify(c, 'organization');
    ids.set(c, id);
    remember(acr.text, id);
    const inside = candidates[k + 1];
    if (inside && inside.from === open + 1 && inside.to === open + 2) ids.set(inside, id);
  }
}

function initialsMatch(tokens: readonly Token[], c: Candidate, acronym: string): boolean {
  let a = 0;
  for (let k = c.from; k < c.to && a < acronym.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || NAME_CONNECTORS.has(t.norm)) continue;
    if (t.text[0].toUpperCase() === acronym[a]) a++;
  }
  return a === acronym.length && acronym.length >= 2;
}

/**
 * End of the brand that opens a company's name, "<brand> <trade words>": "Barrick" in "Barrick Gold", "Bre-X"
 * in "Bre-X Minerals"; `from` when the name has another shape ("Bank of America", "Santa Fe Pacific Gold") or opens with a known name.
 */
function brandEnd(tokens: readonly Token[], lex: Lexicon, from: number, to: number): number {
  let end = from + 1;
  while (end < to && tokens[end].start === tokens[end - 1].end) end++;
  if (end >= to || tokens[from].text.length < MIN_SURNAME_CHARS || lex.isCommonWord(tokens[from].norm)) return from;
  // "Denver Water Holdings": a place's name is that place when it stands alone.
  if (lex.known.match(tokens, from, () => true)) return from;
  for (let k = end; k < to; k++) if (tokens[k].kind !== 'word' || !lex.isCommonWord(tokens[k].norm)) return from;
  return end;
}

// Legal forms that end a company's name and that articles drop after the first mention.
const LEGAL_FORMS = new Set(['inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'co', 'ag', 'sa', 'gmbh', 'nv', 'se', 'spa']);

/** End of a company name without its legal form ("Nvidia Corp." -> "Nvidia"), or `from` when it has none. */
function withoutLegalForm(tokens: readonly Token[], from: number, to: number): number {
  let end = to;
  if (tokens[end - 1]?.text === '.') end--;
  if (end - from < 2 || !LEGAL_FORMS.has(tokens[end - 1].norm)) return from;
  end--;
  if (tokens[end - 1]?.norm === ',') end--;
  return end > from ? end : from;
}
