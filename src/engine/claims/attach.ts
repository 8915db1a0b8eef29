import type { Dimension, EntityMention, Token } from '../types';
import { exactAttribute, isPlanWord, knownAttribute, mayBeAttributeWord, normalizeAttribute } from './attributes';
import { firstMentionFrom, SUBJECT_TYPES } from './mentions';
import type { Window } from './quantities';

const DATE_ATTRIBUTES = new Set([
  'signing date', 'deployment date', 'launch date', 'date', 'delivery date', 'founding date', 'announcement date',
  'first use date', 'in service since', 'completion date', 'construction start', 'tenure start', 'tenure',
]);
// Which known attributes fit a dimension; a "range" cue never names a money figure.
const FITS: Partial<Record<Dimension, ReadonlySet<string>>> = {
  length: new Set(['range', 'detection range', 'altitude', 'length', 'distance', 'rainfall', 'depth', 'height', 'width', 'diameter', 'elevation', 'wingspan']),
  duration: new Set(['duration', 'tenure', 'endurance', 'age']),
  number: new Set(['magnitude']),
  speed: new Set(['speed', 'cruising speed', 'supercruise speed', 'wind speed']),
  mach: new Set(['speed', 'cruising speed', 'supercruise speed']),
  mass: new Set(['payload', 'weight', 'harvest', 'grain harvest']),
  date: DATE_ATTRIBUTES,
  money: new Set(['cost', 'budget', 'price', 'value']),
  temperature: new Set(['temperature']),
  count: new Set(['troops', 'agreements', 'population']),
};
const DEFAULT_ATTRIBUTE: Record<Dimension, string> = {
  length: 'distance', mass: 'weight', speed: 'speed', mach: 'speed', area: 'area', volume: 'volume',
  duration: 'duration', temperature: 'temperature', money: 'amount', percent: 'share', 'percentage-points': 'change',
  count: 'count', date: 'date', number: 'number',
};
// Words that may stand between an attribute noun and its figure: "a range of up to", "speed reached".
const LINKING = new Set([
  'of', 'is', 'was', 'were', 'are', 'be', 'been', 'at', 'to', 'stood', 'reached', 'reach', 'reaches', 'hit', 'hits',
  'totalled', 'totaled', 'totals', 'amounted', 'amounts', 'rose', 'fell', 'grew', 'dropped', 'climbed', 'jumped',
  'increased', 'decreased', 'declined', 'by', 'a', 'an', 'the', 'will', 'would', 'could', 'has', 'had', 'have',
  'estimated', 'put', 'set', 'now', 'just', 'about', 'some', 'around', 'nearly', 'almost', 'up', 'over', 'than',
  'more', 'less', 'least', 'as', 'many', 'much', 'approximately', 'roughly', 'under', 'down', 'expected', 'forecast',
  'projected', 'seen', 'likely', 'only', 'another', 'record', 'new', 'its', 'their', 'this', 'year', "'s", 'barely',
]);
const CONTENT_STOP = new Set([
  'it', 'they', 'he', 'she', 'we', 'i', 'you', 'which', 'that', 'who', 'there', 'this', 'these', 'those', 'and', 'or',
  'but', 'said', 'says', 'say', 'according', 'told', 'in', 'on', 'with', 'for', 'from', 'per', 'cent', 'percent',
  'since', 'while', 'when', 'after', 'before', 'also', 'not', 'each', 'every', 'officials', 'analysts', 'paid', 'pay',
  'pays', 'cover', 'covers', 'contribute', 'spend', 'spent', 'spends', 'promised', 'promise', 'worth', 'what', 'all',
  'above', 'below', 'beyond', 'within', 'between', 'among', 'against', 'toward', 'towards', 'into', 'onto', 'than',
  'without', 'behind', 'ahead', 'near', 'past', 'via', 'despite', 'during', 'until', 'like',
]);
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
const CLAUSE_BREAKS = new Set(['and', 'while', 'but', 'whereas']);
const VALUED_NOUNS = new Set(['deal', 'contract', 'package', 'order', 'agreement', 'purchase', 'sale', 'acquisition', 'takeover', 'merger']);
// "a €45 million programme": the money is what the undertaking costs.
const COSTED_NOUNS = new Set(['programme', 'program', 'project', 'plan', 'scheme', 'upgrade', 'renovation', 'investment', 'barrier', 'bridge', 'plant', 'facility']);
const REPORTING = new Set(['said', 'says', 'say', 'told', 'according', 'claimed', 'claims', 'stated', 'reported', 'announced', 'noted', 'estimated', 'believes', 'thinks']);
const DIRECTIONS = /^(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northern|southern|eastern|western)$/;

// Verbs of saying or proposing: "X floated the idea of basing missiles in Belarus on Nov 28" dates the proposal,
// not the basing.
const STATEMENT_VERBS = new Set([
  'said', 'announced', 'floated', 'proposed', 'suggested', 'unveiled', 'declared', 'stated', 'told', 'raised',
  'revealed', 'warned', 'pledged', 'promised', 'vowed', 'threatened', 'confirmed',
]);
const STATEMENT_LOOKBACK = 20;

/**
 * "… floated the idea of basing the Oreshnik in Belarus on Nov 28": a single day introduced by "on" in a clause
 * whose verb is one of saying or proposing is the date of the statement, whatever event the clause mentions.
 */
export function isStatementDate(w: Window, first: number, days: number): boolean {
  const { tokens } = w;
  if (days > 1 || tokens[first - 1]?.norm !== 'on') return false;
  for (let k = first - 2; k >= w.floor && k >= first - STATEMENT_LOOKBACK; k--) {
    const n = tokens[k].norm;
    if (n === ';' || n === ',' || n === ':') return false;
    if (STATEMENT_VERBS.has(n)) return true;
  }
  return false;
}

/** Whether a known attribute can describe a figure of this dimension ("range" never names money). */
export function attributeFits(attr: string, dimension: Dimension): boolean {
  return fits(attr, dimension);
}

function fits(attr: string, dimension: Dimension): boolean {
  const allowed = FITS[dimension];
  if (allowed) return allowed.has(attr);
  return !DATE_ATTRIBUTES.has(attr) && !['range', 'speed', 'troops', 'agreements', 'endurance'].includes(attr);
}

function cueAt(tokens: readonly Token[], k: number, dimension: Dimension): string | null {
  const t = tokens[k];
  if (t.kind !== 'word' || !mayBeAttributeWord(t.norm)) return null;
  const prev = tokens[k - 1];
  const prevMay = !!prev && prev.kind === 'word' && mayBeAttributeWord(prev.norm);
  // Fixed phrases such as "in place" or "in service" count even though they are made of function words.
  if (prevMay) {
    const exact = exactAttribute(`${prev.norm} ${t.norm}`);
    if (exact && fits(exact, dimension)) return exact;
  }
  if (CONTENT_STOP.has(t.norm)) return null;
  const one = knownAttribute(t.norm);
  if (prev && prev.kind === 'word' && !LINKING.has(t.norm) && !LINKING.has(prev.norm) && !CONTENT_STOP.has(prev.norm)) {
    // "cruising speed", "track targets" are their own attributes; "wheat output" keeps its crop.
    const two = knownAttribute(`${prev.norm} ${t.norm}`);
    if (two && fits(two, dimension) && two !== one) return two;
    if (one && fits(one, dimension)) return normalizeAttribute(`${prev.norm} ${t.norm}`);
  }
  return one && fits(one, dimension) ? one : null;
}

/** The attribute cue nearest to the figure in its clause: "range", "reach", "top speed", "signed", "deployed". */
function cueAttribute(w: Window, first: number, end: number, dimension: Dimension): string | null {
  const { tokens } = w;
  for (let k = first - 1; k >= w.floor && k >= first - 12; k--) {
    // "Wheat output is expected at 22.4 Mt and maize at 28 Mt": the cue of one figure is not the next one's.
    if (tokens[k].norm === ';' || CLAUSE_BREAKS.has(tokens[k].norm)) break;
    const hit = cueAt(tokens, k, dimension);
    if (hit) return hit;
  }
  const ahead = dimension === 'date' ? 12 : 4;
  for (let k = end; k < w.ceiling && k < end + ahead; k++) {
    if (tokens[k].norm === ';') break;
    // Ahead of the figure a two-word cue reads forward: "$270m price tag".
    const two = k + 1 < w.ceiling && tokens[k].kind === 'word' && tokens[k + 1].kind === 'word' ? knownAttribute(`${tokens[k].norm} ${tokens[k + 1].norm}`) : null;
    const hit = (two && fits(two, dimension) && two !== knownAttribute(tokens[k].norm) ? two : null) ?? cueAt(tokens, k, dimension);
    if (hit) return hit;
  }
  return null;
}

function isContentWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text.length > 2 && !LINKING.has(t.norm) && !CONTENT_STOP.has(t.norm) && !t.norm.endsWith('ly');
}

function isNounLike(t: Token | undefined): boolean {
  return isContentWord(t) && !t!.norm.endsWith('ed') && !t!.norm.endsWith('ing');
}

/** "a budget of $5bn", "inflation rose to 7%", "the grain harvest reached 60 million tonnes". */
function nounBeforeFigure(w: Window, first: number, entities: readonly EntityMention[]): string | null {
  const { tokens } = w;
  let k = first - 1;
  let skipped = 0;
  while (k >= w.floor && skipped < 4 && LINKING.has(tokens[k].norm)) {
    k--;
    skipped++;
  }
  if (skipped === 0 || k < w.floor || !isNounLike(tokens[k])) return null;
  // "Zurich hit 35°C": a name is the subject, not the attribute.
  const at = firstMentionFrom(entities, tokens[k].end) - 1;
  if (at >= 0 && entities[at].end >= tokens[k].end) return null;
  const c = tokens[k].text.charCodeAt(0);
  if (c >= 65 && c <= 90 && k > w.floor) return null;
  const mod = tokens[k - 1];
  if (k - 1 >= w.floor && isNounLike(mod) && (mod.norm === mod.text || k - 1 === w.floor)) return `${mod.norm} ${tokens[k].norm}`;
  return tokens[k].norm;
}

function planNearby(w: Window, first: number, end: number): boolean {
  const { tokens } = w;
  for (let k = first - 1; k >= w.floor && k >= first - 8; k--) if (isPlanWord(tokens[k].norm)) return true;
  for (let k = end; k < w.ceiling && k < end + 3; k++) if (isPlanWord(tokens[k].norm)) return true;
  return false;
}

/** "150 km south-east of Minsk", "950 km from Berlin": a distance is measured from a place. */
function distanceFrom(w: Window, end: number, entities: readonly EntityMention[]): EntityMention | null {
  const { tokens } = w;
  let k = end;
  while (k < w.ceiling && k < end + 4 && (DIRECTIONS.test(tokens[k].norm) || tokens[k].norm === '-')) k++;
  if (k >= w.ceiling || (tokens[k].norm !== 'of' && tokens[k].norm !== 'from')) return null;
  const at = tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1;
  const t = tokens[at];
  if (!t) return null;
  const idx = firstMentionFrom(entities, t.start);
  const m = entities[idx];
  return m && m.start === t.start && m.type === 'place' ? m : null;
}

/** Chooses the attribute of a figure from its cue words, its counted noun or the noun it follows. */
export function findAttribute(w: Window, first: number, end: number, dimension: Dimension, noun: string | undefined, label: string | null, entities: readonly EntityMention[] = []): string {
  let attr: string | null = null;
  if (label) attr = label;
  if (!attr && noun) attr = normalizeAttribute(noun);
  if (!attr && dimension === 'length') {
    const from = distanceFrom(w, end, entities);
    if (from) attr = `distance from ${from.text.toLowerCase()}`;
  }
  if (!attr) attr = cueAttribute(w, first, end, dimension);
  if (attr === 'tenure' && dimension === 'date') attr = 'tenure start';
  if (!attr && dimension === 'length' && w.tokens[end]?.norm === 'away') attr = 'range';
  if (!attr && dimension === 'money' && (w.tokens[end]?.norm === 'per' || w.tokens[end]?.norm === 'a')) attr = 'price';
  // "a $270 million deal", "a €45 million programme": the money is the value of what follows.
  if (!attr && dimension === 'money' && VALUED_NOUNS.has(w.tokens[end]?.norm ?? '')) attr = 'value';
  if (!attr && dimension === 'money' && COSTED_NOUNS.has(w.tokens[end]?.norm ?? '')) attr = 'cost';
  if (!attr && dimension !== 'date' && dimension !== 'length' && dimension !== 'speed' && dimension !== 'mach') {
    const n = nounBeforeFigure(w, first, entities);
    if (n) attr = normalizeAttribute(n);
  }
  attr ??= DEFAULT_ATTRIBUTE[dimension];
  if (dimension !== 'date' && !attr.endsWith('target') && planNearby(w, first, end)) attr = normalizeAttribute(`${attr} target`);
  return attr;
}

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
  let chosen: EntityMention | undefined = ofEntity ?? possessive[possessive.length - 1] ?? rightAfter;
  if (!chosen && before.length) chosen = clauseSubject(w, before, cStart);
  chosen ??= afterFor;
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
function clauseSubject(w: Window, before: readonly EntityMention[], cStart: number): EntityMention {
  const text = w.text;
  // The clause starts after the last ";" or " — " before the figure.
  let clauseStart = w.tokens[w.floor].start;
  for (let k = w.floor; k < w.ceiling && w.tokens[k].start < cStart; k++) {
    const n = w.tokens[k].norm;
    if (n === ';' || (n === '-' && w.tokens[k].text !== '-')) clauseStart = w.tokens[k].end;
  }
  const candidates = before.filter((m) => m.start >= clauseStart);
  const pool = candidates.length ? candidates : before;
  for (const m of [...pool].reverse()) {
    const follow = text.slice(m.end, Math.min(cStart, m.end + 30)).toLowerCase();
    const word = /^(?:'s|’s)?[\s,]*(\w+)/.exec(follow)?.[1] ?? '';
    const reporter = REPORTING.has(word) || /according to\s*(the\s*)?$/i.test(text.slice(Math.max(0, m.start - 16), m.start));
    if (!reporter) return m;
  }
  return pool[pool.length - 1];
}

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
