import type { Claim, ClaimRef, ConflictOptions } from '../types';
import { boundsAgree, boundsOf, magnitude, SOUND_FAST, SOUND_SLOW, toleranceFor, type Bounds } from './bounds';
import { describeDateGap, describeRatio, formatClaim, formatNumber, formatValue } from './format';
import { dimensionClass, isComparable, partitionKey } from './keys';

export type Verdict = 'agree' | 'conflict' | 'incomparable';

/** Bounds of both claims on a common scale: Mach meets km/h as a speed, Mach meets Mach as a number. */
function placePair(a: Claim, b: Claim): [Bounds, Bounds] {
  const asSpeed = a.dimension !== b.dimension && dimensionClass(a.dimension) === 'speed';
  return [boundsOf(a, asSpeed), boundsOf(b, asSpeed)];
}

/**
 * Compares two claims already known to share subject and attribute. 'incomparable' covers what must never be
 * compared at this level: other dimensions, counts of other nouns, other currencies, unresolved relative dates.
 */
export function compareClaims(a: Claim, b: Claim, options: ConflictOptions): Verdict {
  if (dimensionClass(a.dimension) !== dimensionClass(b.dimension)) return 'incomparable';
  if (partitionKey(a) !== partitionKey(b)) return 'incomparable';
  if (!isComparable(a) || !isComparable(b)) return 'incomparable';
  const [ba, bb] = placePair(a, b);
  return boundsAgree(ba, bb, toleranceFor(a.dimension, ba, bb, options)) ? 'agree' : 'conflict';
}

/**
 * The one line a person would write about a pair, from `mine`'s side:
 * "report.md says 2,000 km; this says up to 500 km (4× smaller)".
 */
export function conflictNote(mine: Claim, theirs: ClaimRef, displayName: (doc: string) => string): string {
  const head = `${displayName(theirs.doc)} says ${formatClaim(theirs.claim)}; this says ${formatClaim(mine)}`;
  const detail = difference(mine, theirs.claim);
  return detail ? `${head} (${detail})` : head;
}

function difference(mine: Claim, theirs: Claim): string {
  const [bm, bt] = placePair(mine, theirs);
  if (mine.dimension !== theirs.dimension) {
    // Mach against a speed: a ratio would hide the assumed speed of sound, so say what the speed is in Mach.
    const speed = mine.dimension === 'mach' ? theirs : mine;
    const lo = formatNumber((speed.low ?? speed.value) / SOUND_FAST, 2);
    const hi = formatNumber((speed.high ?? speed.value) / SOUND_SLOW, 2);
    return `${formatClaim(speed)} is Mach ${lo}–${hi}`;
  }
  if (mine.dimension === 'date') {
    const exact = bm.baseLo === bm.baseHi && bt.baseLo === bt.baseHi;
    return describeDateGap(magnitude(bm), magnitude(bt), exact);
  }
  const m = magnitude(bm);
  const t = magnitude(bt);
  if (mine.dimension === 'count') {
    const diff = Math.round(m - t);
    if (diff === 0) return '';
    return `${formatNumber(Math.abs(diff), 15)} ${diff < 0 ? 'fewer' : 'more'}`;
  }
  if (mine.dimension === 'duration') {
    const diff = m - t;
    return diff === 0 ? '' : `${formatValue(mine, Math.abs(diff))} ${diff < 0 ? 'shorter' : 'longer'}`;
  }
  if (mine.dimension === 'temperature') {
    // A ratio of kelvins means nothing to a reader: say the difference in degrees.
    const diff = m - t;
    return diff === 0 ? '' : `${formatNumber(Math.abs(diff), 3)} °C ${diff < 0 ? 'lower' : 'higher'}`;
  }
  if (mine.dimension === 'percent' || mine.dimension === 'percentage-points') {
    const diff = m - t;
    if (diff === 0) return '';
    const n = Math.abs(diff);
    return `${formatNumber(n, 3)} point${n === 1 ? '' : 's'} ${diff < 0 ? 'lower' : 'higher'}`;
  }
  return describeRatio(m, t);
}
