import type { EntityType, ScannedDocument, Token } from '../types';
import { F_ALL_CAPS, F_CAP, F_DATELINE, F_INITIAL, F_TITLE, type TokenContext } from './context';
import type { Lexicon } from './lexicon/index';
import {
  EVENT_HEADS,
  EVENT_NOUNS,
  EVENT_SUFFIXES,
  ORG_CUES,
  ORG_HEADS,
  ORG_SUFFIXES,
  PLACE_HEADS,
  PLACE_NOUNS,
  PLACE_PREFIXES,
  ROLE_NOUNS,
  PLACE_PREPOSITIONS,
  PLACE_SUFFIXES,
  PRODUCT_NOUNS,
  SPEECH_VERBS,
  STOP_ACRONYMS,
  STOP_CAPITALS,
  TITLES,
  TITLE_MODIFIERS,
  NAME_CONNECTORS,
  NAMED_PRODUCT_NOUNS,
} from './lexicon/words';
import { bylineAt, datelineEnd, initialledName, stateAfterTown } from './lines';
import { tokenKey, type PhraseMatch } from './phrases';
import {
  HYPHEN_PARTICLES,
  capitalRunEnd,
  designationEnd,
  isTrailingName,
  namedYearEnd,
  productNounFollows,
  startsDesignation,
  stripLead,
  stripProductTail,
  titleBefore,
  wordCount,
} from './spans';

/** A recognised span in token indices, before document-level resolution. */
export interface Candidate {
  from: number;
  to: number;
  /** Undefined for a capitalised name whose type only the rest of the document can tell. */
  type?: EntityType;
  /** Weak evidence of a type, used when the rest of the document says nothing ("X said" -> person). */
  hint?: EntityType;
  /** Canonical name when known (gazetteer, dictionary); otherwise the surface text. */
  name?: string;
  place?: string;
  /** From a gazetteer, the dictionary or a designation rather than guessed from shape. */
  known: boolean;
}

const MAX_ACRONYM = 6;
/** Longer words are never names ("Llanfairpwllgwyngyll" has 20 letters); skipping them keeps junk cheap. */
export const MAX_NAME_WORD_CHARS = 64;
/** Capitalised words in a person's name; particles ("da", "van", "bin") do not count: "Luiz Inácio Lula da Silva". */
const MAX_PERSON_WORDS = 4;
// "Eastern Ukraine" is a part of Ukraine; "New Jersey" or "North Korea" is another place.
const REGION_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
const SURNAME_PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'della', 'der', 'den', 'du', 'di', 'le', 'al', 'el', 'bin', 'ibn', 'abu']);
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west']);
// Adjectives that open the names of places and firms ("Old Trafford", "Great Lakes", "Royal Ascot"), not people's.
const NAME_ADJECTIVES = new Set(['old', 'great', 'grand', 'royal', 'little', 'big', 'high', 'golden', 'holy', 'first', 'united', 'national']);
const ABBREVIATED_SUFFIXES = new Set(['inc', 'corp', 'ltd', 'co', 'bros']);

/** First pass over one document: known phrases, designations and typed capitalised runs, left to right. */
export function recognize(doc: ScannedDocument, ctx: TokenContext, lex: Lexicon): Candidate[] {
  const { tokens } = doc;
  const { flags } = ctx;
  const out: Candidate[] = [];
  const noCaseFree = () => false;
  const matchKnown = (i: number): PhraseMatch | undefined => {
    const user = lex.user.match(tokens, i, noCaseFree);
    let known = lex.known.match(tokens, i, noCaseFree);
    if (known?.entry.caseRule === 'proper' && flags[i] & F_INITIAL && !(flags[i] & F_ALL_CAPS)) known = undefined;
    return user && (!known || user.end >= known.end) ? user : known;
  };
  const push = (c: Candidate): number => {
    out.push(c);
    return c.to;
  };
  const fromMatch = (i: number, m: PhraseMatch): Candidate => ({
    from: i,
    to: m.end,
    type: m.entry.type,
    name: m.entry.name || undefined,
    place: m.entry.place,
    known: true,
  });

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === 'number' && startsNumberDesignation(tokens, i)) {
      i = push({ from: i, to: designationEnd(tokens, i), type: 'product', known: true });
      continue;
    }
    if (t.kind !== 'word' || t.text.length > MAX_NAME_WORD_CHARS || (i > 0 && t.start === tokens[i - 1].end && tokens[i - 1].kind !== 'punct')) {
      i++;
      continue;
    }
    const f = flags[i];
    const g = matchKnown(i);
    if (startsDesignation(tokens, i) && !(g && g.end > i + 1)) {
      i = push(designationCandidate(tokens, ctx, i, lex));
      continue;
    }
    if (!g && f & F_CAP) {
      const yearEnd = namedYearEnd(tokens, i);
      if (yearEnd > i) {
        i = push({ from: i, to: yearEnd, type: 'event', known: false });
        continue;
      }
    }
    if (g && (!(f & F_CAP) || f & F_TITLE)) {
      i = push(extendProduct(tokens, ctx, fromMatch(i, g)));
      continue;
    }
    if (!(f & F_CAP)) {
      i++;
      continue;
    }
    const state = g ? undefined : stateAfterTown(tokens, ctx, i);
    if (state) {
      i = push(state);
      continue;
    }
    if (f & F_TITLE) {
      const byline = bylineAt(tokens, ctx, lex, i) ?? initialledName(tokens, ctx, i);
      i = byline ? push(byline) : i + 1;
      continue;
    }
    if (!g && f & F_DATELINE) {
      const dateline = datelineEnd(tokens, ctx, i, matchKnown);
      if (dateline > i) {
        i = push({ from: i, to: dateline, type: 'place', known: false });
        continue;
      }
    }
    const plainRun = g ? capitalRunEnd(tokens, ctx, i) : joinedOrganization(tokens, ctx, i, capitalRunEnd(tokens, ctx, i), (k) => matchKnown(k) !== undefined);
    const runEnd = ampersandEnd(tokens, ctx, lex, i, plainRun);
    const headed = g ? undefined : headedName(tokens, i, runEnd);
    if (headed) {
      i = push(headed);
      continue;
    }
    const leadsName = TITLES.has(t.norm);
    // A sentence's first word is part of the name after it unless it is an everyday word ("Eliud Kipchoge won",
    // but "Yesterday Putin said").
    // "Van Boxmeer said", "De Klerk arrived": a surname particle opens the name even at a sentence start.
    const particle = SURNAME_PARTICLES.has(t.norm) && runEnd > i + 1;
    const initialWord = f & F_INITIAL && !leadsName && !particle && (runEnd === i + 1 || ctx.lowerSeen.has(t.norm) || (!lex.personalNames.has(t.norm) && lex.isCommonWord(t.norm)));
    if (!g && (STOP_CAPITALS.has(t.norm) || initialWord)) {
      // A capital that only opens a sentence; "Putin told reporters" still hints at a person.
      // "Officials said", "Traders said": a plural everyday noun is a group of people, not a name.
      const speaker = lex.isCommonWord(t.norm) && !lex.personalNames.has(t.norm) ? undefined : speechFollows(tokens, runEnd);
      if (runEnd === i + 1 && !STOP_CAPITALS.has(t.norm) && !ctx.lowerSeen.has(t.norm) && (speaker || isCamelCase(t.text) || ageFollows(tokens, runEnd))) {
        i = push({ from: i, to: runEnd, hint: isCamelCase(t.text) ? 'organization' : speaker || 'person', known: false });
      } else i++;
      continue;
    }
    if (g) {
      i = push(knownOrLonger(tokens, ctx, lex, i, runEnd, g, fromMatch(i, g)));
      continue;
    }
    const lead = stripLead(tokens, i, runEnd);
    // "Bank of England Governor Andrew Bailey": the organisation before the title, then the person.
    const titleStart = lead.titled ? titleChainStart(tokens, i, lead.start) : i;
    const org = organizationShape(tokens, ctx, i, titleStart > i ? titleStart : runEnd);
    if (org) {
      i = push(org);
      continue;
    }
    const titled = lead.titled || titleBefore(tokens, i);
    if (lead.start >= runEnd) {
      i = runEnd;
      continue;
    }
    if (lead.start > i && !titled) {
      const inner = matchKnown(lead.start);
      if (inner && inner.end >= runEnd) {
        i = push(extendProduct(tokens, ctx, fromMatch(lead.start, inner)));
        continue;
      }
    }
    // "Eastern Ukraine": a compass word before a known place adds nothing to it.
    if (!titled && REGION_ADJECTIVES.has(tokens[lead.start].norm) && lead.start + 1 < runEnd) {
      const rest = matchKnown(lead.start + 1);
      if (rest && rest.end >= runEnd) {
        i = push(extendProduct(tokens, ctx, fromMatch(lead.start + 1, rest)));
        continue;
      }
    }
    const ofPlace = ofKnownPlace(tokens, lead.start, runEnd, matchKnown);
    if (ofPlace > lead.start) {
      // "Tigst Assefa of Ethiopia": a name, then where it is from; the loop goes on at the place.
      push(classifyRun(tokens, ctx, lex, lead.start, ofPlace, titled));
      i = ofPlace + 1;
      continue;
    }
    i = push(classifyRun(tokens, ctx, lex, lead.start, runEnd, titled));
  }
  return out;
}

/** Index of the "of" in a run that ends with "of <known place>", or -1; organisations were recognised before. */
function ofKnownPlace(tokens: readonly Token[], from: number, to: number, matchKnown: (i: number) => PhraseMatch | undefined): number {
  for (let k = from + 1; k + 1 < to; k++) {
    if (tokens[k].norm !== 'of') continue;
    const place = matchKnown(k + 1);
    return place && place.entry.type === 'place' && place.end === to ? k : -1;
  }
  return -1;
}

/**
 * "Securities and Exchange Commission", "National Institute of Allergy and Infectious Diseases": two runs joined by
 * "and" when the second ends the organisation's name, or the first is "<organisation head> of ..." and the second
 * names nothing known by itself.
 */
function joinedOrganization(tokens: readonly Token[], ctx: TokenContext, i: number, runEnd: number, isKnownAt: (k: number) => boolean): number {
  // "Institute of Physics and Moscow officials": what follows "and" is a name of its own.
  for (let k = i + 1; k + 1 < runEnd; k++) if (tokens[k].norm === 'and' && (isKnownAt(k + 1) || secondOrganization(tokens, i, k, runEnd))) return k;
  const and = tokens[runEnd];
  if (!and || (and.norm !== 'and' && and.norm !== '&') || ORG_SUFFIXES.has(tokens[runEnd - 1].norm)) return runEnd;
  const k = runEnd + 1;
  if (k >= ctx.lineEnd[i] || tokens[k].kind !== 'word' || !(ctx.flags[k] & F_CAP)) return runEnd;
  const end = capitalRunEnd(tokens, ctx, k);
  if (ORG_SUFFIXES.has(tokens[end - 1].norm)) return end;
  return headOfBefore(tokens, i, runEnd) && !isKnownAt(k) && tokens[end]?.norm !== "'" ? end : runEnd;
}

/**
 * "University of Oxford and Harvard Medical School": after "<head> of <name> and", a run of three words or more
 * ending in an organisation word is an organisation of its own ("Health and Human Services" is not).
 */
function secondOrganization(tokens: readonly Token[], from: number, and: number, to: number): boolean {
  return headOfBefore(tokens, from, and) && wordCount(tokens, and + 1, to) >= 3 && ORG_SUFFIXES.has(tokens[to - 1].norm);
}

/** True when tokens[from..to) has an organisation head followed by "of" or "for" ("Institute of", "Ministry for"). */
function headOfBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (ORG_HEADS.has(tokens[k].norm) && (tokens[k + 1].norm === 'of' || tokens[k + 1].norm === 'for')) return true;
  return false;
}

/** A known phrase, unless the capitalised run around it is an organisation or a person with a place-like name. */
function knownOrLonger(tokens: readonly Token[], ctx: TokenContext, lex: Lexicon, i: number, runEnd: number, g: PhraseMatch, known: Candidate): Candidate {
  if (g.end >= runEnd) return extendProduct(tokens, ctx, known);
  // "the BBC for ITV", "NATO and Russia": a connector between two names the gazetteers know.
  if (NAME_CONNECTORS.has(tokens[g.end].norm) && g.end + 1 < runEnd && lex.known.match(tokens, g.end + 1, () => false)) return known;
  // "ECB President Christine Lagarde": the organisation ends where the title of its officer begins.
  const officer = stripLead(tokens, g.end, runEnd);
  if (officer.titled && titleChainStart(tokens, g.end, officer.start) === g.end) return known;
  // "Berlin Marathon", "Asian Cup": a known place or nationality names the event that follows it.
  if ((g.entry.type === 'place' || g.entry.type === 'nationality') && EVENT_SUFFIXES.has(tokens[runEnd - 1].norm)) return { from: i, to: runEnd, type: 'event', known: false };
  if (g.entry.type === 'place' && hyphenatedPlace(tokens, i, runEnd)) return { from: i, to: runEnd, type: 'place', known: false };
  // "Tampa Bay", "Mexico City Airport": a known place and a place word are one bigger place; so is "Chechen Republic".
  if ((g.entry.type === 'place' || g.entry.type === 'nationality') && PLACE_SUFFIXES.has(tokens[runEnd - 1].norm) && runEnd - i <= 4) return { from: i, to: runEnd, type: 'place', known: false };
  if (g.entry.type !== 'person') {
    const org = organizationShape(tokens, ctx, i, runEnd);
    if (org) return org;
  }
  // "Vladimir Putin", "Jordan Peterson": a first name that is also a place, followed by a surname.
  if (g.entry.type === 'place' && g.end === i + 1 && runEnd - i <= 3 && lex.personalNames.has(tokens[i].norm)) {
    let surname = true;
    for (let k = i + 1; k < runEnd; k++) {
      const norm = tokens[k].norm;
      const plain = !(ctx.flags[k] & F_ALL_CAPS) && !ctx.lowerSeen.has(norm) && !STOP_CAPITALS.has(norm) && !isKeyword(norm) && !lex.isCommonWord(norm) && !lex.known.match(tokens, k, () => false);
      if ((!plain && !lex.personalNames.has(norm)) || isKeyword(norm)) surname = false;
    }
    if (surname) return { from: i, to: runEnd, type: 'person', known: false };
  }
  return extendProduct(tokens, ctx, known);
}

/** "Chester-le-Street": one word of capitalised parts and a lower-case particle, all glued by hyphens. */
function hyphenatedPlace(tokens: readonly Token[], from: number, to: number): boolean {
  let particle = false;
  for (let k = from + 1; k < to; k++) {
    if (tokens[k].start !== tokens[k - 1].end) return false;
    if (HYPHEN_PARTICLES.has(tokens[k].norm)) particle = true;
  }
  return particle;
}

/** Start of the title words that end just before `nameStart` ("Port Director", "Foreign Minister"). */
function titleChainStart(tokens: readonly Token[], from: number, nameStart: number): number {
  let k = nameStart;
  while (k > from && (TITLES.has(tokens[k - 1].norm) || TITLE_MODIFIERS.has(tokens[k - 1].norm) || tokens[k - 1].text === '.' || NAME_CONNECTORS.has(tokens[k - 1].norm))) k--;
  return k;
}

function isKeyword(norm: string): boolean {
  return ORG_SUFFIXES.has(norm) || PLACE_SUFFIXES.has(norm) || PLACE_NOUNS.has(norm) || EVENT_SUFFIXES.has(norm) || PRODUCT_NOUNS.has(norm) || TITLES.has(norm);
}

/**
 * "Procter & Gamble", "Douglas & Lomason": two capitalised names joined by a spaced ampersand are one firm's name,
 * unless the gazetteers know it with "and" ("Trinidad & Tobago"). Returns the run's new end.
 */
function ampersandEnd(tokens: readonly Token[], ctx: TokenContext, lex: Lexicon, from: number, runEnd: number): number {
  const amp = tokens[runEnd];
  const k = runEnd + 1;
  if (!amp || amp.text !== '&' || k >= ctx.lineEnd[from] || amp.start === tokens[runEnd - 1].end || !(ctx.flags[k] & F_CAP) || tokens[k].start === amp.end) return runEnd;
  const end = capitalRunEnd(tokens, ctx, k);
  return lex.known.has(`${tokenKey(tokens, from, runEnd)} and ${tokenKey(tokens, k, end)}`) ? runEnd : end;
}

/** "Lake Zürich", "Canton of Zürich", "Storm Ciarán": a head word that types the whole run. */
function headedName(tokens: readonly Token[], from: number, to: number): Candidate | undefined {
  if (to - from < 2) return undefined;
  const head = tokens[from].norm;
  if (PLACE_HEADS.has(head)) return { from, to, type: 'place', known: false };
  if (EVENT_HEADS.has(head)) return { from, to, type: 'event', known: false };
  return undefined;
}

/**
 * "Ministry of Foreign Affairs", "Federal Office of Public Health", "Union State", "Wall Street Journal",
 * "ETH Zurich": organisation words at the end, an organisation head before "of", or an unknown acronym first.
 */
function organizationShape(tokens: readonly Token[], ctx: TokenContext, from: number, to: number): Candidate | undefined {
  if (to - from < 2) return undefined;
  for (let k = from + 1; k < to - 1; k++) if (tokens[k].text === '&') return { from, to, type: 'organization', known: false };
  if (ORG_SUFFIXES.has(tokens[to - 1].norm) || ORG_HEADS.has(tokens[from].norm)) {
    // "Apple Inc.", "Microsoft Corp.": the abbreviation keeps its full stop.
    const dot = ABBREVIATED_SUFFIXES.has(tokens[to - 1].norm) && tokens[to]?.text === '.' && tokens[to].start === tokens[to - 1].end;
    return { from, to: dot ? to + 1 : to, type: 'organization', known: false };
  }
  for (let k = from + 1; k + 1 < to; k++) {
    const next = tokens[k + 1].norm;
    if (ORG_HEADS.has(tokens[k].norm) && (next === 'of' || next === 'for')) return { from, to, type: 'organization', known: false };
  }
  const first = tokens[from];
  if (ctx.flags[from] & F_ALL_CAPS && first.text.length <= MAX_ACRONYM && !STOP_ACRONYMS.has(first.norm) && wordCount(tokens, from, to) >= 2) {
    return { from, to, type: 'organization', known: false };
  }
  return undefined;
}

/**
 * "Putin said", "Acme said it would...": a speaker, a person unless the text goes on with "it". Undefined when no
 * verb of speech follows.
 */
function speechFollows(tokens: readonly Token[], end: number): 'person' | 'organization' | undefined {
  const k = tokens[end]?.norm === ',' ? end + 1 : end;
  if (k >= tokens.length || !SPEECH_VERBS.has(tokens[k].norm)) return undefined;
  const next = tokens[k + 1]?.norm;
  return next === 'it' || next === 'its' ? 'organization' : 'person';
}

/** "Langmore, 57, announced": a name followed by an age between commas. */
function ageFollows(tokens: readonly Token[], end: number): boolean {
  const age = tokens[end + 1];
  return tokens[end]?.norm === ',' && age?.kind === 'number' && age.text.length <= 3 && tokens[end + 2]?.norm === ',';
}

function classifyRun(tokens: readonly Token[], ctx: TokenContext, lex: Lexicon, from: number, to: number, titled: boolean): Candidate {
  const words = wordCount(tokens, from, to);
  const first = tokens[from];
  const last = tokens[to - 1];
  const headed = headedName(tokens, from, to);
  if (headed) return headed;
  if (words >= 2 && NAMED_PRODUCT_NOUNS.has(last.norm)) return { from, to, type: 'product', known: false };
  const productEnd = stripProductTail(tokens, from, to);
  if (productEnd < to) return { from, to: productEnd, type: 'product', known: false };
  if (productNounFollows(tokens, ctx, to)) return extendProduct(tokens, ctx, { from, to, type: 'product', known: false });
  if (to < tokens.length && startsDesignation(tokens, to) && tokens[to].start > last.end && ctx.lineEnd[to] === ctx.lineEnd[from]) {
    return { from, to: designationEnd(tokens, to), type: 'product', known: false };
  }
  const next = to < ctx.lineEnd[from] ? tokens[to] : undefined;
  if (next && next.kind === 'word' && !(ctx.flags[to] & F_CAP)) {
    if (EVENT_NOUNS.has(next.norm)) return { from, to, type: 'event', known: false };
    if (PLACE_NOUNS.has(next.norm)) return { from, to, type: 'place', known: false };
  }
  if (to - from >= 5 && hyphenatedPlace(tokens, from, to)) return { from, to, hint: 'place', known: false };
  const nameWords = words - particles(tokens, from, to);
  if (titled && nameWords <= MAX_PERSON_WORDS) return { from, to, type: 'person', known: false };
  if (from > 1 && tokens[from - 1].norm === 'at' && ROLE_NOUNS.has(tokens[from - 2].norm)) return { from, to, type: 'organization', known: false };
  // "Gaudi 3 accelerator": a name, a model number, a product noun.
  if (next?.kind === 'number' && next.start > last.end && productNounFollows(tokens, ctx, to + 1)) return { from, to: to + 1, type: 'product', known: false };
  // "the Government said", "the Diaoyutai State Guesthouse": people rarely follow "the".
  const afterThe = from > 0 && tokens[from - 1].norm === 'the';
  const speech = !afterThe && speechFollows(tokens, to);
  // "in northern Rangoon", "central Kestrelia": a lower-case compass adjective sits before a place.
  const before = from > 0 ? tokens[from - 1] : undefined;
  if (before && before.text === before.norm && REGION_ADJECTIVES.has(before.norm) && !speech) return { from, to, hint: 'place', known: false };
  if (words >= 2) {
    if (EVENT_SUFFIXES.has(last.norm)) return { from, to, type: 'event', known: false };
    if (speech === 'organization') return { from, to, hint: 'organization', known: false };
    // "West Indies", "North Yorkshire": a compass word opens a region's name more often than a person's.
    if (COMPASS_WORDS.has(first.norm) && !speech) return { from, to, hint: 'place', known: false };
    // "Wall Street", "Pacific Coast": a place word ends the name, whatever first name it starts with.
    if (PLACE_SUFFIXES.has(last.norm) && !speech) return { from, to, type: 'place', known: false };
    // "Japan NTT says": an acronym among Title Case words is a company's or an agency's, not a person's name.
    const acronymInside = ctx.flags[to - 1] & F_ALL_CAPS && !(ctx.flags[from] & F_ALL_CAPS);
    if (nameWords <= MAX_PERSON_WORDS && !acronymInside && (lex.personalNames.has(first.norm) || speech)) return { from, to, type: 'person', known: false };
    if (PLACE_SUFFIXES.has(last.norm)) return { from, to, type: 'place', known: false };
    if (PLACE_PREFIXES.has(first.norm)) return { from, to, hint: 'place', known: false };
    return { from, to, hint: !afterThe && (plainName(tokens, ctx, lex, from, to) || wordFirstName(tokens, ctx, lex, from, to)) ? 'person' : undefined, known: false };
  }
  if (ctx.flags[from] & F_ALL_CAPS && first.text.length <= MAX_ACRONYM && !STOP_ACRONYMS.has(first.norm)) {
    return { from, to, type: 'organization', known: false };
  }
  const prev = from > 0 ? tokens[from - 1] : undefined;
  if (prev && ORG_CUES.has(prev.norm)) return { from, to, type: 'organization', known: false };
  if (isCamelCase(first.text)) return { from, to, hint: 'organization', known: false };
  if (speech) return { from, to, hint: speech, known: false };
  const possessive = to < tokens.length && tokens[to].norm === "'" && tokens[to].start === last.end;
  if (prev && first.text.length >= 3 && PLACE_PREPOSITIONS.has(prev.norm) && !possessive && !lex.isCommonWord(first.norm)) {
    return { from, to, hint: 'place', known: false };
  }
  return { from, to, known: false };
}

/** Lower-case name particles ("da", "van", "bin") in tokens[from..to). */
function particles(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k].kind === 'word' && NAME_CONNECTORS.has(tokens[k].norm) && tokens[k].text === tokens[k].norm) n++;
  return n;
}

/**
 * "Dean Saunders", "Rod Beck", "Gail Devers": a first name that is also an everyday word, then a known name that is
 * not one. The name lists leave such first names out, so the surname carries the evidence.
 */
function wordFirstName(tokens: readonly Token[], ctx: TokenContext, lex: Lexicon, from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const first = tokens[from];
  const last = tokens[from + 1];
  if (first.kind !== 'word' || last.kind !== 'word' || first.text.length < 3 || (ctx.flags[from] | ctx.flags[from + 1]) & F_ALL_CAPS) return false;
  if (ctx.lowerSeen.has(first.norm) || STOP_CAPITALS.has(first.norm) || NAME_ADJECTIVES.has(first.norm) || PLACE_PREFIXES.has(first.norm)) return false;
  if (isKeyword(first.norm) || isKeyword(last.norm)) return false;
  return lex.personalNames.has(last.norm) && !lex.isCommonWord(last.norm) && !ctx.lowerSeen.has(last.norm);
}

/** Two to four capitalised words that are neither common words nor all capitals: most often a person's name. */
function plainName(tokens: readonly Token[], ctx: TokenContext, lex: Lexicon, from: number, to: number): boolean {
  const words = wordCount(tokens, from, to);
  if (words > 3) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (ctx.flags[k] & F_ALL_CAPS || ctx.lowerSeen.has(t.norm) || STOP_CAPITALS.has(t.norm) || isKeyword(t.norm) || lex.isCommonWord(t.norm)) return false;
  }
  return true;
}

function isCamelCase(text: string): boolean {
  // Capitals from here to the end ("OpenAI") count like a lower-case letter after the capital.
  let capsTail = text.length;
  while (capsTail > 0 && text[capsTail - 1] === text[capsTail - 1].toUpperCase()) capsTail--;
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const p = text.charCodeAt(k - 1);
    if (!(c >= 65 && c <= 90 && p >= 97 && p <= 122)) continue;
    const after = text.charCodeAt(k + 1);
    // "MeteoSwiss", "OpenAI"; not "BelarusS", a lost apostrophe.
    if ((after >= 97 && after <= 122) || (text.length - k >= 2 && k >= capsTail)) return true;
  }
  return false;
}

/** "Bayraktar TB2", "Patriot PAC-3": a known product name followed by its designation. */
function extendProduct(tokens: readonly Token[], ctx: TokenContext, c: Candidate): Candidate {
  const end = c.to;
  if (c.type !== 'product' || end >= tokens.length || tokens[end].start === tokens[end - 1].end || !startsDesignation(tokens, end)) return c;
  if (ctx.lineEnd[end] !== ctx.lineEnd[c.from]) return c;
  return { ...c, to: designationEnd(tokens, end), name: undefined };
}

/** A designation, with a proper name after it in running text ("S-400 Triumf"). */
function designationCandidate(tokens: readonly Token[], ctx: TokenContext, i: number, lex: Lexicon): Candidate {
  let end = designationEnd(tokens, i);
  if (!(ctx.flags[i] & F_TITLE) && end < ctx.lineEnd[i] && tokens[end].start > tokens[end - 1].end && isTrailingName(tokens, ctx, lex, end)) end++;
  return { from: i, to: end, type: 'product', known: true };
}

/** "40N6", "48N6DM", "9M723": digits, capitals, digits glued together. */
function startsNumberDesignation(tokens: readonly Token[], i: number): boolean {
  if (i > 0 && tokens[i].start === tokens[i - 1].end && tokens[i - 1].kind !== 'punct') return false;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  if (!a || !b || a.start !== tokens[i].end || b.start !== a.end) return false;
  return a.kind === 'word' && a.text.length <= 3 && a.text === a.text.toUpperCase() && a.text !== a.norm && b.kind === 'number';
}
