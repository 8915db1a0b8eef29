import type { Claim, ConflictOptions, Dimension } from '../types';

/**
 * A claim as an interval on its dimension's scale. `base` is what the text states (a point or a range); `lo`/`hi`
 * extend it by the qualifier ("up to X" reaches down to zero, "since 2019" reaches to the open future). Dates are in
 * whole days since the epoch, everything else in the claim's SI value.
 */
export interface Bounds {
  baseLo: number;
  baseHi: number;
  lo: number;
  hi: number;
  /** Which side a qualifier leaves open: 'upper' for "up to", 'lower' for "more than", 'none' for a stated value. */
  bound: 'upper' | 'lower' | 'none';
  approx: boolean;
  /** Set when the scale is m/s but the claim was a Mach number (converted as a range of speeds of sound). */
  fromMach?: boolean;
}

const DAY_MS = 86_400_000;
// Speed of sound at cruise altitude (−56 °C) and at sea level (15 °C): Mach figures in the press do not say which.
export const SOUND_SLOW = 295;
export const SOUND_FAST = 340.3;

/** Day number of an ISO date ("2024-05-01"), or NaN. */
export function isoDay(iso: string): number {
  const m = /^(-?\d{1,6})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return NaN;
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

const signed = (d: Dimension) => d === 'percent' || d === 'percentage-points' || d === 'number' || d === 'date';

function baseOf(claim: Claim): [number, number] {
  if (claim.dimension === 'date') {
    if (claim.interval) {
      const lo = isoDay(claim.interval[0]);
      const hi = isoDay(claim.interval[1]);
      if (Number.isFinite(lo) && Number.isFinite(hi)) return lo <= hi ? [lo, hi] : [hi, lo];
    }
    const day = Math.floor(claim.value / DAY_MS);
    return [day, day];
  }
  const low = claim.low ?? claim.value;
  const high = claim.high ?? claim.value;
  return low <= high ? [low, high] : [high, low];
}

/** Places a claim on its scale. `asSpeed` converts a Mach claim into m/s so it can meet a km/h claim. */
export function boundsOf(claim: Claim, asSpeed = false): Bounds {
  let [baseLo, baseHi] = baseOf(claim);
  const fromMach = asSpeed && claim.dimension === 'mach';
  if (fromMach) {
    baseLo *= SOUND_SLOW;
    baseHi *= SOUND_FAST;
  }
  const integral = claim.dimension === 'count' || claim.dimension === 'date';
  const floor = signed(claim.dimension) ? -Infinity : Math.min(0, baseLo);
  const approx = claim.qualifier === 'approx';
  if (approx && claim.dimension === 'date') {
    // "around March 2023" blurs by half the period it names: a day by a day, a month by half a month.
    const pad = Math.max(1, Math.ceil((baseHi - baseLo + 1) / 2));
    baseLo -= pad;
    baseHi += pad;
  }
  let lo = baseLo;
  let hi = baseHi;
  let bound: Bounds['bound'] = 'none';
  switch (claim.qualifier) {
    case 'at-most':
      lo = floor;
      bound = 'upper';
      break;
    case 'less-than':
      lo = floor;
      hi = claim.dimension === 'date' ? baseLo - 1 : integral ? baseLo - 1 : baseLo;
      bound = 'upper';
      break;
    case 'at-least':
      hi = Infinity;
      bound = 'lower';
      break;
    case 'more-than':
      lo = claim.dimension === 'date' ? baseHi + 1 : integral ? baseHi + 1 : baseHi;
      hi = Infinity;
      bound = 'lower';
      break;
    default:
      break;
  }
  return { baseLo, baseHi, lo, hi, bound, approx: approx && claim.dimension !== 'date', fromMach: fromMach || undefined };
}

/** Relative tolerance for a pair: exact for counts and dates, wider when either side is approximate. */
export function toleranceFor(dimension: Dimension, a: Bounds, b: Bounds, options: ConflictOptions): number {
  if (a.approx || b.approx) return options.approxTolerance;
  if (dimension === 'count' || dimension === 'date') return 0;
  return options.tolerance;
}

function gapWithin(aLo: number, aHi: number, bLo: number, bHi: number, tolerance: number): boolean {
  if (aLo > bHi) return aLo - bHi <= tolerance * Math.max(Math.abs(aLo), Math.abs(bHi));
  if (bLo > aHi) return bLo - aHi <= tolerance * Math.max(Math.abs(bLo), Math.abs(aHi));
  return true;
}

/**
 * Whether two placed claims agree. Intervals agree when they overlap within the relative tolerance; two bounds
 * of the same direction ("up to 500 km" against "up to 2,000 km", "at least 30 dead" against "at least 45") are
 * compared by the figures they state, because that is the discrepancy a reader would notice.
 */
export function boundsAgree(a: Bounds, b: Bounds, tolerance: number): boolean {
  if (a.bound !== 'none' && a.bound === b.bound) return gapWithin(a.baseLo, a.baseHi, b.baseLo, b.baseHi, tolerance);
  return gapWithin(a.lo, a.hi, b.lo, b.hi, tolerance);
}

/** A figure that stands for the claim when saying "4× smaller": the stated point, or the middle of a range. */
export function magnitude(b: Bounds): number {
  return (b.baseLo + b.baseHi) / 2;
}
