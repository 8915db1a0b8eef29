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
const CLAUSE_BREAKS = new Set(['and', 'while', 'but', 'whereas']);
const VALUED_NOUNS = new Set(['deal', 'contract', 'package', 'order', 'agreement', 'purchase', 'sale', 'acquisition', 'takeover', 'merger']);
// "a €45 million programme": the money is what the undertaking costs.
const COSTED_NOUNS = new Set(['programme', 'program', 'project', 'plan', 'scheme', 'upgrade', 'renovation', 'investment', 'barrier', 'bridge', 'plant', 'facility']);
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

export function isNounLike(t: Token | undefined): boolean {
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
  k = ofNamedHead(w, k, entities);
  // "Zurich hit 35°C": a name is the subject, not the attribute.
  const at = firstMentionFrom(entities, tokens[k].end) - 1;
  if (at >= 0 && entities[at].end >= tokens[k].end) return null;
  const c = tokens[k].text.charCodeAt(0);
  if (c >= 65 && c <= 90 && k > w.floor) return null;
  const mod = tokens[k - 1];
  if (k - 1 >= w.floor && isNounLike(mod) && (mod.norm === mod.text || k - 1 === w.floor)) return `${mod.norm} ${tokens[k].norm}`;
  return tokens[k].norm;
}

const OF_PHRASE_WORDS = new Set(['the', 'a', 'an', '-', 'new', "'", 's']);
/** Tokens an "of" phrase naming a subject may span: "of the Pekkes-10 howitzer", "of Acme's new X5 drone". */
const OF_PHRASE_MAX = 7;

/**
 * "the failure rate of the Pekkes-10 howitzer is 25%": the noun just before the verb ends an "of" phrase that
 * names what the figure is about, so the attribute is the noun the phrase hangs on. Only a phrase that names
 * something (a name or an entity) counts: in "the rate of inflation is 7%" the noun after "of" is the attribute.
 * Returns the index of the noun before "of", or `k` itself.
 */
function ofNamedHead(w: Window, k: number, entities: readonly EntityMention[]): number {
  const { tokens } = w;
  let named = false;
  for (let j = k - 1; j > w.floor && j >= k - OF_PHRASE_MAX; j--) {
    const t = tokens[j];
    if (t.norm === 'of') {
      const head = tokens[j - 1];
      const c = head.text.charCodeAt(0);
      if (!named || !isNounLike(head) || (c >= 65 && c <= 90 && j - 1 > w.floor)) return k;
      return j - 1;
    }
    const c = t.text.charCodeAt(0);
    const mention = mentionAround(entities, t);
    // "share of Ukrainian grain exports": a nationality describes the noun, it names nothing.
    if (mention ? SUBJECT_TYPES.has(mention.type) : t.kind === 'word' && c >= 65 && c <= 90) named = true;
    else if (!(t.kind === 'number' || OF_PHRASE_WORDS.has(t.norm) || isNounLike(t) || mention)) return k;
  }
  return k;
}

function mentionAround(entities: readonly EntityMention[], t: Token): EntityMention | undefined {
  const at = firstMentionFrom(entities, t.end) - 1;
  return at >= 0 && entities[at].start <= t.start && entities[at].end >= t.end ? entities[at] : undefined;
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
