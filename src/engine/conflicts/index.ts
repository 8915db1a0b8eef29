/**
 * Cross-source conflicts: claims are grouped by subject, attribute and comparable dimension with one hash lookup
 * each, and only claims inside one group are ever compared — by distinct stated figure, not claim by claim — so
 * the work stays near-linear in the number of claims.
 */
import type { Claim, ClaimRef, Conflict, ConflictOptions, ValueGroup } from '../types';
import { compareClaims, conflictNote, type Verdict } from './compare';
import { formatClaim } from './format';
import { attributeKey, dimensionClass, displayAttribute, isComparable, isVagueAttribute, isVagueSubject, partitionKey, subjectKey } from './keys';

export { compareClaims, conflictNote, type Verdict } from './compare';
export { formatClaim, formatNumber } from './format';
export { attributeKey, isVagueAttribute, isVagueSubject } from './keys';

/**
 * 2% for plain figures: unit conversions and rounding in copy ("1,243 miles" for 2,000 km) stay far inside it,
 * while a real disagreement between two exact figures is rarely that small. 10% when either side is approximate:
 * "about X" in news is X rounded to one or two significant digits, which moves a figure by up to 10%
 * ("about 1,800" is not a contradiction of 1,950; "about 1,500" is of 2,000).
 */
export const DEFAULT_CONFLICT_OPTIONS: ConflictOptions = { tolerance: 0.02, approxTolerance: 0.1, sameDocument: false };

/** Above this many conflicting claim pairs in one group, each claim keeps one conflict per disagreeing figure. */
const MAX_PAIRS_PER_GROUP = 5000;

const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const byPosition = (x: ClaimRef, y: ClaimRef) => compareText(x.doc, y.doc) || x.claim.start - y.claim.start || x.claim.end - y.claim.end;

/** Every figure about one subject+attribute in one group, with the conflicting pairs among them. */
export function groupClaims(claims: Iterable<ClaimRef>, options: ConflictOptions, displayName: (doc: string) => string): ValueGroup[] {
  const keys = createGroupKeyer();
  const groups = new Map<string, ValueGroup>();
  for (const ref of claims) {
    const key = keys(ref.claim);
    if (key === null) continue;
    let group = groups.get(key);
    if (!group) {
      const c = ref.claim;
      group = { subject: c.subject, attribute: displayAttribute(c.attribute), dimension: c.dimension, claims: [], conflicts: [] };
      groups.set(key, group);
    }
    group.claims.push(ref);
    if (ref.claim.dimension === 'speed') group.dimension = 'speed';
  }
  const out = [...groups.values()];
  for (const group of out) {
    group.claims = withoutRepeats(group.claims.sort(byPosition));
    group.conflicts = findConflicts(group, options, displayName);
  }
  return out.sort(compareGroups);
}

/** The order groups are reported in: by subject, attribute, then dimension. */
export const compareGroups = (x: ValueGroup, y: ValueGroup): number =>
  compareText(x.subject, y.subject) || compareText(x.attribute, y.attribute) || compareText(x.dimension, y.dimension);

/**
 * The key of the one group a claim can belong to (subject, attribute and comparable dimension), or null when the
 * claim is never compared (a vague subject or attribute). Corpora repeat a few hundred subjects and attributes
 * many times, so each distinct string is normalised once per keyer.
 */
export function createGroupKeyer(): (claim: Claim) => string | null {
  const attributeKeys = new Map<string, string | null>();
  const subjectKeys = new Map<string, string | null>();
  return (c) => {
    let subject = subjectKeys.get(c.subject);
    if (subject === undefined) subjectKeys.set(c.subject, (subject = isVagueSubject(c.subject) ? null : subjectKey(c.subject)));
    if (subject === null) return null;
    let attribute = attributeKeys.get(c.attribute);
    if (attribute === undefined) {
      const key = attributeKey(c.attribute);
      attributeKeys.set(c.attribute, (attribute = isVagueAttribute(key) ? null : key));
    }
    if (attribute === null) return null;
    return `${subject}\u0000${attribute}\u0000${dimensionClass(c.dimension)}`;
  };
}

/** Drops a claim given twice (same document, span and dimension); `sorted` is in document order. */
function withoutRepeats(sorted: ClaimRef[]): ClaimRef[] {
  const out: ClaimRef[] = [];
  for (const ref of sorted) {
    const last = out[out.length - 1];
    const c = ref.claim;
    if (last && last.doc === ref.doc && last.claim.start === c.start && last.claim.end === c.end && last.claim.dimension === c.dimension) continue;
    out.push(ref);
  }
  return out;
}

/** Claims that state the same figure the same way: compared once, as one. */
function figureKey(ref: ClaimRef): string {
  const c = ref.claim;
  return [c.dimension, c.unit, c.value, c.low, c.high, c.qualifier, c.interval?.join('/')].join('|');
}

function findConflicts(group: ValueGroup, options: ConflictOptions, displayName: (doc: string) => string): Conflict[] {
  const partitions = new Map<string, Map<string, ClaimRef[]>>();
  for (const ref of group.claims) {
    if (!isComparable(ref.claim)) continue;
    const part = partitionKey(ref.claim);
    let figures = partitions.get(part);
    if (!figures) partitions.set(part, (figures = new Map()));
    const fk = figureKey(ref);
    const list = figures.get(fk);
    if (list) list.push(ref);
    else figures.set(fk, [ref]);
  }
  const pairs: Array<[ClaimRef[], ClaimRef[]]> = [];
  let pairCount = 0;
  for (const figures of partitions.values()) {
    const lists = [...figures.values()];
    for (let i = 0; i < lists.length; i++) {
      for (let j = i + 1; j < lists.length; j++) {
        if (compareClaims(lists[i][0].claim, lists[j][0].claim, options) !== 'conflict') continue;
        pairs.push([lists[i], lists[j]]);
        pairCount += lists[i].length * lists[j].length;
      }
    }
  }
  if (pairs.length === 0) return [];
  const conflicts: Conflict[] = [];
  const emitted = new Set<string>();
  const emit = (x: ClaimRef, y: ClaimRef) => {
    if (x.doc === y.doc && !options.sameDocument) return;
    const [a, b] = byPosition(x, y) <= 0 ? [x, y] : [y, x];
    const key = `${a.doc}\u0000${a.claim.start}\u0000${b.doc}\u0000${b.claim.start}`;
    if (emitted.has(key)) return;
    emitted.add(key);
    conflicts.push({
      subject: group.subject,
      attribute: group.attribute,
      dimension: group.dimension,
      note: conflictNote(a.claim, b, displayName),
      a,
      b,
    });
  };
  if (pairCount <= MAX_PAIRS_PER_GROUP) {
    for (const [xs, ys] of pairs) for (const x of xs) for (const y of ys) emit(x, y);
  } else {
    // Compact: every claim still shows up in a conflict with each figure it disagrees with, once.
    for (const [xs, ys] of pairs) {
      for (const x of xs) {
        const other = ys.find((y) => y.doc !== x.doc) ?? ys[0];
        emit(x, other);
      }
      for (const y of ys) {
        const other = xs.find((x) => x.doc !== y.doc) ?? xs[0];
        emit(other, y);
      }
    }
  }
  return conflicts.sort((p, q) => byPosition(p.a, q.a) || byPosition(p.b, q.b));
}

/** One row of a claim's hover: another source's figure and whether it agrees. */
export interface ValueNote {
  ref: ClaimRef;
  /** The other source's figure, formatted: "up to 2,000 km". */
  figure: string;
  verdict: Verdict;
  /** "report.md says 2,000 km; this says 500 km (4× smaller)" for conflicts, "report.md says 2,000 km (agrees)" otherwise. */
  note: string;
}

/**
 * What every other source in the claim's group says, for the editor hover: one row per figure in another
 * document (and in the same document when `options.sameDocument`), disagreeing ones first.
 */
export function notesFor(
  claim: ClaimRef,
  group: ValueGroup,
  displayName: (doc: string) => string,
  options: ConflictOptions = DEFAULT_CONFLICT_OPTIONS,
): ValueNote[] {
  const rows: ValueNote[] = [];
  for (const other of group.claims) {
    if (other.doc === claim.doc && (!options.sameDocument || other.claim.start === claim.claim.start)) continue;
    const verdict = compareClaims(claim.claim, other.claim, options);
    const figure = formatClaim(other.claim);
    const note =
      verdict === 'conflict'
        ? conflictNote(claim.claim, other, displayName)
        : `${displayName(other.doc)} says ${figure}${verdict === 'agree' ? ' (agrees)' : ' (not comparable)'}`;
    rows.push({ ref: other, figure, verdict, note });
  }
  const rank: Record<Verdict, number> = { conflict: 0, agree: 1, incomparable: 2 };
  return rows.sort((x, y) => rank[x.verdict] - rank[y.verdict] || byPosition(x.ref, y.ref));
}

/** The group's value table: every figure, source by source, and whether it takes part in a conflict. */
export function valueTable(group: ValueGroup): Array<{ ref: ClaimRef; figure: string; conflicting: boolean }> {
  const conflicting = new Set<ClaimRef['claim']>();
  for (const c of group.conflicts) {
    conflicting.add(c.a.claim);
    conflicting.add(c.b.claim);
  }
  return group.claims.map((ref) => ({ ref, figure: formatClaim(ref.claim), conflicting: conflicting.has(ref.claim) }));
}
