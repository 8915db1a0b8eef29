// A typed require keeps this module free of an ambient declaration another stage may also ship.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PorterStemmer: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer');

/**
 * Attribute synonyms: every wording on the right normalises to the name on the left. Matching is on Porter
 * stems word by word, so plurals and verb forms ("deployed", "deployment") meet.
 */
const GROUPS: Array<[string, string[]]> = [
  ['range', ['range', 'reach', 'engage', 'engages', 'intercept', 'intercepts', 'flight range', 'strike range', 'striking range', 'operational range', 'maximum range', 'max range', 'effective range', 'firing range', 'strike targets', 'hit targets', 'targets', 'away']],
  ['speed', ['speed', 'top speed', 'maximum speed', 'max speed', 'velocity', 'travels at', 'travel at', 'flies at', 'fly at', 'speeds']],
  ['cruising speed', ['cruising speed', 'cruise speed', 'cruises at', 'cruising at', 'cruise at']],
  ['supercruise speed', ['supercruise speed', 'supercruise']],
  ['detection range', ['detection range', 'radar range', 'track targets', 'tracking range', 'detect targets', 'detection']],
  ['signing date', ['signing date', 'signed', 'signing', 'inked', 'concluded', 'sealed', 'signature', 'sign', 'dated']],
  ['deployment date', ['deployment date', 'deployed', 'deployment', 'deploy', 'stationed', 'stationing', 'date of deployment', 'based', 'basing', 'stationed in', 'arrival', 'in place']],
  ['launch date', ['launch date', 'launched', 'launch']],
  ['delivery date', ['delivery date', 'delivered', 'delivery', 'deliveries', 'deliver', 'handed over', 'shipped']],
  ['founding date', ['founding date', 'founded', 'created', 'established', 'formed', 'set up', 'creation', 'founding']],
  ['announcement date', ['announcement date', 'announced', 'floated', 'unveiled', 'proposed', 'announcement']],
  ['first use date', ['first use date', 'first used', 'used in combat', 'first fired', 'combat debut']],
  ['in service since', ['in service since', 'entered service', 'in service', 'commissioned', 'service entry', 'operated', 'operates', 'operating', 'fielded']],
  ['completion date', ['completion date', 'completed', 'completion', 'finished', 'due', 'ready', 'operational by']],
  ['construction start', ['construction start', 'construction begins', 'construction began', 'work begins', 'works start', 'groundbreaking']],
  ['tenure start', ['tenure start', 'ruled since', 'in power since', 'ruling since', 'led since', 'governed since']],
  ['tenure', ['tenure', 'ruled', 'in power', 'rule', 'reign']],
  ['endurance', ['endurance', 'airborne', 'flight time', 'loiter time', 'stay aloft', 'aloft']],
  ['troops', ['troops', 'servicemen', 'soldiers', 'personnel', 'military personnel', 'service members', 'servicemembers', 'forces', 'military servicemen', 'troop', 'soldier', 'serviceman', 'service personnel', 'military']],
  ['agreements', ['agreements', 'deals', 'accords', 'documents', 'pacts', 'memoranda', 'memorandums', 'agreement', 'deal', 'accord']],
  ['payload', ['payload', 'warhead weight', 'payload capacity']],
  ['weight', ['weight', 'mass', 'launch weight']],
  ['altitude', ['altitude', 'ceiling', 'flight altitude']],
  ['length', ['length', 'long']],
  ['depth', ['depth', 'deep']],
  ['height', ['height', 'tall', 'high']],
  ['width', ['width', 'wide']],
  ['diameter', ['diameter']],
  ['elevation', ['elevation', 'above sea level']],
  ['wingspan', ['wingspan']],
  ['magnitude', ['magnitude', 'richter']],
  ['age', ['age', 'aged', 'year old', 'years old']],
  ['cost', ['cost', 'costs', 'costing', 'spend', 'will spend', 'spent']],
  ['price', ['price', 'prices', 'quoted', 'traded', 'priced', 'per tonne', 'selling']],
  ['value', ['value', 'worth', 'valued', 'price tag', 'contract worth', 'deal worth', 'package worth', 'contract value', 'deal value', 'contract', 'deal']],
  ['rainfall', ['rainfall', 'rain', 'precipitation']],
  ['temperature', ['temperature', 'temperatures', 'heat']],
  ['budget', ['budget', 'spending', 'expenditure', 'funding', 'defense budget', 'defence budget', 'military budget', 'defense spending', 'defence spending', 'military spending']],
  ['population', ['population', 'inhabitants', 'residents']],
  ['harvest', ['harvest', 'crop', 'grain harvest', 'grain crop', 'harvest of grain', 'grain yield', 'harvests']],
  ['wind speed', ['wind speed', 'wind gusts', 'gusts', 'winds', 'gust']],
  ['inflation', ['inflation', 'inflation rate']],
  ['unemployment', ['unemployment', 'unemployment rate', 'jobless rate']],
  ['gdp growth', ['gdp growth', 'economic growth', 'growth']],
  ['duration', ['duration', 'term', 'period']],
  ['date', ['date']],
];

// Words that turn an attribute into a plan or forecast: a target is never the same figure as the outcome.
// "expected" is left out: "output is expected at 22.4 million tonnes" is an estimate of the outcome, not a goal.
const PLAN_WORDS = new Set(['target', 'targeted', 'goal', 'forecast', 'forecasts', 'forecasted', 'planned', 'plan', 'plans', 'projected', 'projection', 'aim', 'aims', 'objective', 'scheduled']);
// Modifiers that name a different quantity than the bare head: crops, media, statistics, directions of trade.
const DISTINGUISHING = new Set([
  'wheat', 'maize', 'corn', 'barley', 'sunflower', 'rapeseed', 'soybean', 'soy', 'rice', 'sugar', 'oat', 'rye',
  'potato', 'cotton', 'coffee', 'cocoa', 'oil', 'gas', 'coal', 'water', 'air', 'sea', 'surface', 'ground', 'minimum',
  'min', 'average', 'mean', 'median', 'export', 'exports', 'import', 'imports', 'domestic', 'foreign', 'monthly',
  'weekly', 'daily', 'hourly', 'quarterly', 'unit', 'retail', 'wholesale', 'core', 'youth', 'female', 'male',
  'engagement', 'detection', 'tracking', 'radar', 'horizontal', 'vertical', 'night', 'day',
]);
const DROP_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'of', 's', "'s", 'new', 'additional', 'total', 'overall', 'more', 'other', 'some', 'about', 'nearly']);

const stemCache = new Map<string, string>();
function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word) as string;
    if (stemCache.size < 50000) stemCache.set(word, s);
  }
  return s;
}

function stemKey(words: readonly string[]): string {
  return words.map(stem).join(' ');
}

const BY_STEMS = new Map<string, string>();
// First three letters of every stem in the table: a word whose start is not here can match nothing, which spares
// the stemmer for almost every word of an article.
const PREFIXES = new Set<string>();
/** No known phrase is longer, so only a phrase's last MAX_KEY_WORDS words can match: lookups stay linear. */
let MAX_KEY_WORDS = 1;
for (const [name, variants] of GROUPS) {
  for (const v of [name, ...variants]) {
    const ws = v.split(' ');
    MAX_KEY_WORDS = Math.max(MAX_KEY_WORDS, ws.length);
    const key = stemKey(ws);
    if (!BY_STEMS.has(key)) BY_STEMS.set(key, name);
    for (const w of ws) {
      PREFIXES.add(stem(w).slice(0, 3));
      PREFIXES.add(w.slice(0, 3));
    }
  }
}

/** Cheap gate: false when no attribute phrase can contain this word. */
export function mayBeAttributeWord(word: string): boolean {
  return PREFIXES.has(word.slice(0, 3));
}

function mayMatch(word: string): boolean {
  return PREFIXES.has(word.slice(0, 3));
}

function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9\u00c0-\uffff]+/)
    .filter((w) => w.length > 0 && !DROP_WORDS.has(w));
}

const knownCache = new Map<string, string | null>();

/** The attribute a phrase names word for word, without dropping any word ("in place", "speed of" → null). */
export function exactAttribute(phrase: string): string | null {
  let hit = exactCache.get(phrase);
  if (hit === undefined) {
    const ws = phrase.split(' ');
    hit = ws.every(mayMatch) ? BY_STEMS.get(stemKey(ws)) ?? null : null;
    if (exactCache.size > 20000) exactCache.clear();
    exactCache.set(phrase, hit);
  }
  return hit;
}

const exactCache = new Map<string, string | null>();

/** The canonical attribute for one word or short phrase, or null when the synonym table does not know it. */
export function knownAttribute(phrase: string): string | null {
  let hit = knownCache.get(phrase);
  if (hit === undefined) {
    hit = lookupKnown(phrase);
    // Bounded: a pure memo of a pure function, cleared rather than grown without limit.
    if (knownCache.size > 20000) knownCache.clear();
    knownCache.set(phrase, hit);
  }
  return hit;
}

function lookupKnown(phrase: string): string | null {
  const ws = words(phrase);
  if (ws.length === 0 || !mayMatch(ws[ws.length - 1])) return null;
  for (let k = Math.max(0, ws.length - MAX_KEY_WORDS); k < ws.length; k++) {
    const hit = BY_STEMS.get(stemKey(ws.slice(k)));
    if (hit) return hit;
  }
  return null;
}

/**
 * Normalises an attribute phrase: "reach", "flight range", "Range" → "range"; "inked" → "signing date";
 * "harvest target" / "planned harvest" → "harvest target". Unknown phrases come back lower-cased without
 * articles. Idempotent, so callers may normalise twice.
 */
export function normalizeAttribute(phrase: string): string {
  const all = words(phrase);
  const plan = all.some((w) => PLAN_WORDS.has(w));
  const ws = all.filter((w) => !PLAN_WORDS.has(w));
  if (ws.length === 0) return plan ? 'target' : all.join(' ');
  let base: string | null = null;
  // The longest known tail names the attribute; modifiers before it are dropped ("missile range" is the range)
  // unless they make a different quantity ("wheat output" is the wheat harvest, "water temperature").
  for (let k = Math.max(0, ws.length - MAX_KEY_WORDS); k < ws.length && base === null; k++) {
    const head = BY_STEMS.get(stemKey(ws.slice(k)));
    if (!head) continue;
    const kept = ws.slice(0, k).filter((m) => DISTINGUISHING.has(m));
    base = kept.length ? `${kept.join(' ')} ${head}` : head;
  }
  // Long labels ("Agreements signed in Minsk") name their attribute somewhere inside.
  for (let k = 0; k < ws.length && base === null && ws.length >= 3; k++) base = BY_STEMS.get(stem(ws[k])) ?? null;
  if (base === null) base = ws.join(' ');
  // Dates of planned events stay one attribute: "expected deployment in mid-2024" is still the deployment date.
  if (!plan || base.endsWith('date')) return base;
  return `${base} target`;
}

/** True for words that make a figure a plan, forecast or target rather than an outcome. */
export function isPlanWord(norm: string): boolean {
  return PLAN_WORDS.has(norm);
}
