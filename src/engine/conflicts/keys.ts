import type { Claim, Dimension } from '../types';

/**
 * Grouping keys. Two claims can only ever be compared when their keys match, so every "never compare" rule that
 * can be expressed as a key lives here: that keeps grouping a hash lookup rather than a pairwise scan.
 */

const KEEP_FINAL_S = /(?:ss|us|is|ics)$/;

/** The last word of a phrase in the singular, so "agreement" and "agreements" meet (a key, not for display). */
function singularKey(phrase: string): string {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const lastSpace = key.lastIndexOf(' ');
  const last = key.slice(lastSpace + 1);
  if (last.length <= 3 || !last.endsWith('s') || KEEP_FINAL_S.test(last)) return key;
  const singular = last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.slice(0, -1);
  return key.slice(0, lastSpace + 1) + singular;
}

/**
 * The attribute as shown in notes and the ledger. The claims stage has already folded synonyms ("reach" →
 * "range"); folding again here could only merge what it deliberately kept apart ("cruising speed" and "top
 * speed", "detection range" and "engagement range"), so this only tidies case, spaces and a leading article.
 */
export function displayAttribute(attribute: string): string {
  const key = attribute.toLowerCase().replace(/\s+/g, ' ').trim();
  return key.startsWith('the ') ? key.slice(4) : key;
}

/** A comparison key for an attribute: the display form with its last word singular. */
export function attributeKey(attribute: string): string {
  return singularKey(displayAttribute(attribute));
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'such']);
const PRONOUNS = new Set([
  'it', 'they', 'them', 'he', 'him', 'she', 'we', 'us', 'i', 'me', 'you', 'one', 'ones', 'this', 'that', 'these',
  'those', 'there', 'which', 'who', 'whom', 'what', 'other', 'others', 'another', 'itself', 'themselves', 'something',
  'someone', 'anything', 'everything', 'thing', 'things', 'same', 'former', 'latter',
]);

/**
 * Whether a subject is too vague to be the same thing in two articles ("it", "they", "", "the other"). Entity ids
 * (`type:slug`) are never vague; noun phrases are vague when nothing but determiners and pronouns is left.
 */
export function isVagueSubject(subject: string): boolean {
  const s = subject.trim().toLowerCase();
  // 'unknown' is what the claims stage says when it found no subject: two such figures share nothing.
  if (s === '' || s === 'unknown') return true;
  if (/^[a-z]+:[^\s]/.test(s)) return false;
  const words = s.split(/[\s-]+/).filter((w) => w !== '' && !DETERMINERS.has(w));
  return words.length === 0 || words.every((w) => PRONOUNS.has(w));
}

// Attributes that only name the kind of figure: "Ukraine … 2025" and "Ukraine … 2026" are usually two unrelated
// events, so such figures are never compared.
const VAGUE_ATTRIBUTES = new Set(['', 'date', 'time', 'year', 'day', 'month', 'number', 'figure', 'amount', 'quantity', 'count', 'total']);

/** Whether an attribute is too generic to say two figures describe the same thing. */
export function isVagueAttribute(attributeKeyValue: string): boolean {
  return VAGUE_ATTRIBUTES.has(attributeKeyValue);
}

/** Subject key: entity ids unchanged, noun phrases lower-cased without a leading article. */
export function subjectKey(subject: string): string {
  const s = subject.trim();
  if (/^[a-z]+:[^\s]/.test(s)) return s;
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/^(?:the|a|an) /, '');
}

/** Mach and speeds share a group: they are comparable through the speed of sound. */
export function dimensionClass(dimension: Dimension): Dimension {
  return dimension === 'mach' ? 'speed' : dimension;
}

/**
 * Within a group, claims can only be compared inside one partition: counts of the same noun, money in the same
 * currency. A count without a noun counts its attribute. Nouns are not folded through synonyms: "800 Polish
 * servicemen" and "4,000 troops" often count different sets, and a missed conflict costs less than a false one.
 */
export function partitionKey(claim: Claim): string {
  if (claim.dimension === 'count') {
    // The head noun decides what is counted: "additional agreements" counts agreements.
    const phrase = singularKey(claim.noun ?? claim.attribute);
    return phrase.slice(phrase.lastIndexOf(' ') + 1);
  }
  if (claim.dimension === 'money') return claim.unit.toUpperCase() + rateKey(claim.text);
  return '';
}

const RATE = /\b(?:per|a|an|each)\s+([a-z]+)\s*$|\b(each|apiece)\s*$/i;

/**
 * "$11.25 million per aircraft" is a unit price, never the same figure as a deal's total: money stated per
 * something only meets money stated per the same thing.
 */
function rateKey(text: string): string {
  const m = RATE.exec(text);
  if (!m) return '';
  const unit = (m[1] ?? 'each').toLowerCase();
  return `/${unit === 'apiece' ? 'each' : singularKey(unit)}`;
}

/** Claims whose value cannot be placed on a scale: unresolved relative dates, non-finite values. */
export function isComparable(claim: Claim): boolean {
  if (claim.relative !== undefined) return false;
  if (claim.dimension === 'date') return claim.interval !== undefined || Number.isFinite(claim.value);
  return Number.isFinite(claim.value);
}
