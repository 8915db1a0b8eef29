import type { Dimension, EntityMention } from '../types';
import { isNounLike } from './attach';
import { firstMentionFrom, SUBJECT_TYPES } from './mentions';
import type { Window } from './quantities';

// Which entity, or short noun phrase, a figure is about.

// Nouns that name an agreement; a signing date is about the document, not about whoever signed it.
const AGREEMENT_NOUNS = new Set(['deal', 'treaty', 'accord', 'agreement', 'pact', 'contract', 'memorandum', 'protocol', 'convention']);
const AGREEMENT_ADJECTIVES = new Set(['new', 'mutual', 'bilateral', 'historic', 'landmark', 'major', 'key', 'first', 'recent', 'controversial', 'long', 'formal', 'final', 'joint', 'its', 'their', 'the', 'a', 'an', 'this', 'that']);
const PHYSICAL: ReadonlySet<Dimension> = new Set<Dimension>(['length', 'speed', 'mach', 'mass', 'area', 'volume']);
// Attributes that belong to a weapon, vehicle or other product, even when a country is named nearer the figure.
const PRODUCT_ATTRIBUTES = new Set([
  'range', 'detection range', 'cruising speed', 'supercruise speed', 'speed', 'altitude', 'payload', 'endurance', 'deployment date', 'delivery date', 'first use date',
  'in service since', 'launch date',
]);
const GENERIC_PRODUCTS = new Set(['missile', 'missiles', 'system', 'weapon', 'rocket', 'jet', 'aircraft', 'drone', 'drones', 'warhead', 'launcher', 'it']);
const EXERCISE_NOUNS = new Set(['exercise', 'exercises', 'drills', 'drill', 'manoeuvres', 'maneuvers', 'wargames', 'games']);
const REPORTING = new Set(['said', 'says', 'say', 'told', 'according', 'claimed', 'claims', 'stated', 'reported', 'announced', 'noted', 'estimated', 'believes', 'thinks']);

export interface SubjectState {
  /** The last subject given to a figure, for clauses that name nothing ("It was ratified in 2019"). */
  lastSubject: string | null;
}

// "a California-based company", "Iranian-made drones": the name only describes the noun after it.
const ATTRIBUTIVE_SUFFIXES = new Set(['based', 'born', 'led', 'backed', 'made', 'owned', 'funded', 'built', 'listed', 'registered', 'headquartered', 'supplied', 'designed', 'brokered', 'bound']);

// "the Cupertino, California-based company": a city before its region's attributive phrase.
const REGION_THEN_SUFFIX = /^,\s\p{Lu}[\p{L} .]{0,30}-([a-z]{2,14})/u;

// Verbs that follow a subject noun and look like nouns themselves ("the plant produces", "the car does").
const PRESENT_VERBS = new Set([
  'does', 'did', 'has', 'makes', 'produces', 'gets', 'takes', 'uses', 'needs', 'costs', 'runs', 'holds', 'shows',
  'expects', 'plans', 'wants', 'sells', 'buys', 'employs', 'carries', 'covers', 'offers', 'owns', 'operates', 'earns',
  'pays', 'spends', 'lost', 'made', 'sold', 'built', 'won', 'ran', 'took', 'got', 'held', 'paid', 'spent', 'grew', 'fell', 'rose',
]);

const ANAPHORS = new Map<string, EntityMention['type']>([
  ...['company', 'firm', 'group', 'carmaker', 'automaker', 'bank', 'lender', 'insurer', 'retailer', 'airline', 'manufacturer', 'maker', 'giant', 'club', 'agency', 'startup', 'conglomerate', 'chipmaker'].map((w) => [w, 'organization'] as const),
  ...['country', 'city', 'region', 'republic', 'kingdom', 'nation', 'state'].map((w) => [w, 'place'] as const),
]);
/** Mentions looked back over for the organisation or place behind "the company" or "the country". */
const ANAPHOR_LOOKBACK = 12;

function usable(m: EntityMention, text: string): boolean {
  if (!SUBJECT_TYPES.has(m.type)) return false;
  const after = text.slice(m.end, m.end + 48);
  const suffix = after.startsWith('-') ? /^-([a-z]{2,14})/.exec(after)?.[1] : REGION_THEN_SUFFIX.exec(after)?.[1];
  return suffix === undefined || !ATTRIBUTIVE_SUFFIXES.has(suffix);
}

/**
 * The product "it" and "the missile" most likely mean: the one named most often before `offset`, the most
 * recent one on a tie. An explainer's table of rivals should not steal its main subject.
 */
function lastProductBefore(entities: readonly EntityMention[], offset: number): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestCount = 0;
  const end = firstMentionFrom(entities, offset);
  for (let k = 0; k < end; k++) {
    const m = entities[k];
    if (m.type !== 'product') continue;
    const c = (counts.get(m.entity) ?? 0) + 1;
    counts.set(m.entity, c);
    if (c >= bestCount) {
      best = m.entity;
      bestCount = c;
    }
  }
  return best;
}

/** Picks the entity a figure is about, or a short noun phrase when none fits. */
export function findSubject(
  w: Window,
  first: number,
  end: number,
  dimension: Dimension,
  attribute: string,
  entities: readonly EntityMention[],
  state: SubjectState,
): string {
  const { tokens } = w;
  const sStart = tokens[w.floor].start;
  const cStart = tokens[first].start;
  const cEnd = tokens[end - 1].end;
  const sEnd = tokens[w.ceiling - 1].end;
  const before: EntityMention[] = [];
  const inside: EntityMention[] = [];
  const after: EntityMention[] = [];
  for (let k = firstMentionFrom(entities, sStart); k < entities.length && entities[k].start < sEnd; k++) {
    const m = entities[k];
    if (!usable(m, w.text)) continue;
    if (m.end <= cStart) before.push(m);
    else if (m.start >= cEnd) after.push(m);
    else inside.push(m);
  }
  const remember = (id: string): string => {
    state.lastSubject = id;
    return id;
  };
  // "48 Patriot batteries", "24 Bayraktar TB2 drones": the product named inside the counted phrase.
  const own = inside.find((m) => m.type === 'product');
  if (own) return remember(own.entity);
  if (attribute === 'signing date') {
    const agreement = agreementPhrase(w);
    if (agreement) return agreement;
  }
  if ((dimension === 'count' && attribute === 'troops') || dimension === 'date') {
    // Troops and dates of a named exercise belong to the exercise, whoever else the sentence names.
    const event = [...before].reverse().find((m) => m.type === 'event') ?? after.find((m) => m.type === 'event');
    if (event && (attribute === 'troops' || hasExerciseNoun(w))) return remember(event.entity);
    const exercise = exerciseName(w);
    if (exercise) return exercise;
  }
  if (PRODUCT_ATTRIBUTES.has(attribute)) {
    const product = [...before].reverse().find((m) => m.type === 'product') ?? after.find((m) => m.type === 'product');
    if (product) return remember(product.entity);
    const last = lastProductBefore(entities, cStart);
    if (last) return remember(last);
  }
  if (dimension === 'length' && attribute.startsWith('distance from')) {
    const place = [...before].reverse().find((m) => m.type === 'place' && !attribute.endsWith(m.text.toLowerCase()));
    if (place) return remember(place.entity);
  }
  const possessive = before.filter((m) => {
    const next = w.text.slice(m.end, m.end + 2);
    return next === "'s" || next === '’s';
  });
  const ofEntity = before.find((m) => /\bof (the )?$/i.test(w.text.slice(Math.max(sStart, m.start - 7), m.start)) && cStart - m.end < 30);
  const afterFor = after.find((m) => /\b(of|for|by|under|within) (the )?$/i.test(w.text.slice(Math.max(cEnd, m.start - 12), m.start)) && m.start - cEnd < 80);
  // "$14 billion for Israel": the beneficiary named right after the figure outweighs the clause's subject.
  const rightAfter = after.find((m) => m.type !== 'nationality' && /^\sfor (?:the )?$/i.test(w.text.slice(cEnd, m.start)));
  // "1,763 homes in Kharkiv", "7% in Spain": the place right after the figure is where it holds.
  const located = dimension === 'date' ? undefined : after.find((m) => m.type === 'place' && /^\sin (?:the )?$/.test(w.text.slice(cEnd, m.start)));
  let chosen: EntityMention | undefined = ofEntity ?? possessive[possessive.length - 1] ?? rightAfter;
  if (!chosen && before.length) {
    const clause = clauseSubject(w, before, cStart);
    // A name before the clause break ("KYIV, May 2 (Agency) — Floods cut off 900 homes in Irpin") or one who only
    // reports the figure ("Ann Lee, the mayor, said floods cut off 900 homes in Irpin") is weaker than the place.
    chosen = clause.inClause && !clause.reporter ? clause.mention : located ?? clause.mention;
  }
  chosen ??= afterFor ?? located;
  if (chosen) return remember(chosen.entity);
  const phrase = nounPhraseSubject(w, first);
  if ((phrase === null || GENERIC_PRODUCTS.has(phrase)) && PHYSICAL.has(dimension)) {
    const last = lastProductBefore(entities, cStart);
    if (last) return remember(last);
  }
  // "the company said", "the country expects": the last organisation or place named before stands behind the noun.
  const anaphorType = phrase === null ? undefined : ANAPHORS.get(phrase);
  if (anaphorType) {
    const named = lastOfTypeBefore(entities, sStart, anaphorType);
    if (named) return remember(named);
  }
  return phrase ?? state.lastSubject ?? 'unknown';
}

/** The entity of the last usable mention of a type that ends before `offset`, looking back a few mentions only. */
function lastOfTypeBefore(entities: readonly EntityMention[], offset: number, type: EntityMention['type']): string | null {
  const end = firstMentionFrom(entities, offset);
  for (let k = end - 1; k >= 0 && end - k <= ANAPHOR_LOOKBACK; k--) if (entities[k].type === type && entities[k].end <= offset) return entities[k].entity;
  return null;
}

/**
 * The entity the clause says the figure is about: the nearest one before it within the clause, skipping
 * sources of reported speech ("Moscow says it flies at Mach 10", "according to Baykar").
 */
function clauseSubject(w: Window, before: readonly EntityMention[], cStart: number): { mention: EntityMention; inClause: boolean; reporter: boolean } {
  const text = w.text;
  // The clause starts after the last ";" or " — " before the figure.
  let clauseStart = w.tokens[w.floor].start;
  for (let k = w.floor; k < w.ceiling && w.tokens[k].start < cStart; k++) {
    const n = w.tokens[k].norm;
    if (n === ';' || (n === '-' && w.tokens[k].text !== '-')) clauseStart = w.tokens[k].end;
  }
  const candidates = before.filter((m) => m.start >= clauseStart);
  const inClause = candidates.length > 0;
  const pool = inClause ? candidates : before;
  for (const m of [...pool].reverse()) {
    const follow = text.slice(m.end, Math.min(cStart, m.end + 70)).toLowerCase();
    // "Ann Lee, the mayor, said": the verb may come after a short apposition.
    const word = (APPOSITION_THEN_WORD.exec(follow) ?? /^(?:'s|’s)?[\s,]*(\w+)/.exec(follow))?.[1] ?? '';
    const reporter = REPORTING.has(word) || /according to\s*(the\s*)?$/i.test(text.slice(Math.max(0, m.start - 16), m.start));
    if (!reporter) return { mention: m, inClause, reporter: false };
  }
  return { mention: pool[pool.length - 1], inClause, reporter: true };
}

/** ", the harbour master, said", ", a spokesman for the ministry, told": an apposition, then the next word. */
const APPOSITION_THEN_WORD = /^,\s(?:the|a|an|its|his|her|their)\s[^,;]{1,48},\s*(\w+)/;

/** "a mutual security treaty" → "security treaty": the agreement a signing date belongs to. */
function agreementPhrase(w: Window): string | null {
  const { tokens } = w;
  for (let k = w.floor; k < w.ceiling; k++) {
    if (!AGREEMENT_NOUNS.has(tokens[k].norm)) continue;
    const mod = tokens[k - 1];
    if (k - 1 >= w.floor && mod.kind === 'word' && !AGREEMENT_ADJECTIVES.has(mod.norm) && mod.norm === mod.text && !mod.norm.endsWith('ed')) {
      return `${mod.norm} ${tokens[k].norm}`;
    }
    return tokens[k].norm;
  }
  return null;
}

function hasExerciseNoun(w: Window): boolean {
  for (let k = w.floor; k < w.ceiling; k++) if (EXERCISE_NOUNS.has(w.tokens[k].norm)) return true;
  return false;
}

/** "the Zapad-2021 exercise": figures about one named exercise are never compared with another's. */
function exerciseName(w: Window): string | null {
  const { tokens } = w;
  for (let k = w.floor; k < w.ceiling; k++) {
    if (!EXERCISE_NOUNS.has(tokens[k].norm)) continue;
    let j = k - 1;
    let from = -1;
    while (j >= w.floor) {
      const t = tokens[j];
      const cap = t.kind === 'word' && /^[A-Z]/.test(t.text);
      // "Zapad-2021": a year or hyphen glued to the name before it.
      const glue = (t.norm === '-' || t.kind === 'number') && j > w.floor && tokens[j - 1].end === t.start;
      if (!cap && !glue) break;
      from = j;
      j--;
    }
    if (from >= 0) return w.text.slice(tokens[from].start, tokens[k - 1].end).toLowerCase();
  }
  return null;
}

function isCapitalisedWithin(w: Window, k: number): boolean {
  const c = w.tokens[k].text.charCodeAt(0);
  return k > w.floor && c >= 65 && c <= 90;
}

/** "the deal was signed on ..." → "deal"; otherwise the first noun after a determiner in the clause. */
function nounPhraseSubject(w: Window, first: number): string | null {
  const { tokens } = w;
  for (let k = w.floor; k < first; k++) {
    const t = tokens[k];
    if ((t.norm === 'the' || t.norm === 'this' || t.norm === 'its') && isNounLike(tokens[k + 1]) && k + 1 < first) {
      let j = k + 1;
      // "the Cupertino, California-based company": past the names that describe the noun.
      while (j + 1 < first && (isCapitalisedWithin(w, j) || !isNounLike(tokens[j])) && j - k < 8) j++;
      if (!isNounLike(tokens[j])) continue;
      while (j + 1 < first && isNounLike(tokens[j + 1]) && !PRESENT_VERBS.has(tokens[j + 1].norm) && tokens[j + 1].norm === tokens[j + 1].text && j - k < 3) j++;
      return tokens[j].norm;
    }
  }
  return null;
}
