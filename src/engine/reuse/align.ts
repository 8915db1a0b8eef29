import { FLAG_CAPITAL, FLAG_NUMBER, FLAG_STOP, type PreparedDoc } from './prepare';

/** A pair of aligned passages in word positions (end exclusive), before conversion to offsets. */
export interface WordMatch {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  matches: number;
  /** No substitution and no gap: a verbatim run. */
  verbatim: boolean;
  /** Aligned substitutions (a word position, b word position). */
  substitutions: Array<[number, number]>;
  /** Separate stretches of changed words (substituted, inserted or dropped) between matching words. */
  editRuns: number;
  /** Share of the seeds that came from shingles found in too many documents to index fully. */
  saturatedShare: number;
}

/** Seeds are (p in a, q in b, saturated 0|1) triples, flattened. */
export type Seeds = number[];

// Seeds further apart than this (in words) belong to different passages; drift bounds the net insertions between them.
const MAX_SEED_GAP = 20;
const MAX_DRIFT = 10;
// Room the aligner gets around the seeded region, to pick up matching words shorter than a shingle at the edges.
const PAD = 8;
const BAND_SLACK = 6;
const MATCH = 1;
const MISMATCH = -1;
const GAP = -1;
const MAX_SPLITS = 8;
const MAX_CELLS = 4_000_000;

interface Chain {
  seeds: number[]; // indices into the triple array
  lastP: number;
  lastQ: number;
}

/** Groups seeds into chains of roughly collinear seeds (same passage), then aligns each chain word by word. */
export function alignPair(a: PreparedDoc, b: PreparedDoc, seeds: Seeds, k: number, minWords: number): WordMatch[] {
  const self = a === b;
  const order: number[] = [];
  for (let s = 0; s < seeds.length; s += 3) {
    const p = seeds[s];
    const q = seeds[s + 1];
    if (self && q <= p) continue;
    if (!sameWords(a.wordHash, p, b.wordHash, q, k)) continue; // 30-bit hash collision
    order.push(s);
  }
  order.sort((x, y) => seeds[x] - seeds[y] || seeds[x + 1] - seeds[y + 1]);
  const open: Chain[] = [];
  const closed: Chain[] = [];
  for (const s of order) {
    const p = seeds[s];
    const q = seeds[s + 1];
    let best: Chain | undefined;
    let bestDrift = MAX_DRIFT + 1;
    for (let c = open.length - 1; c >= 0; c--) {
      const chain = open[c];
      if (p - chain.lastP > MAX_SEED_GAP) {
        closed.push(chain);
        open.splice(c, 1);
        continue;
      }
      const dq = q - chain.lastQ;
      if (dq < 0 || dq > MAX_SEED_GAP || p === chain.lastP) continue;
      const drift = Math.abs(dq - (p - chain.lastP));
      if (drift < bestDrift) {
        bestDrift = drift;
        best = chain;
      }
    }
    if (best) {
      best.seeds.push(s);
      best.lastP = p;
      best.lastQ = q;
    } else if (open.length < 64) {
      open.push({ seeds: [s], lastP: p, lastQ: q });
    }
  }
  closed.push(...open);
  const out: WordMatch[] = [];
  for (const chain of closed) alignChain(a, b, seeds, chain.seeds, k, minWords, out, 0);
  return out;
}

function sameWords(x: Int32Array, p: number, y: Int32Array, q: number, k: number): boolean {
  for (let j = 0; j < k; j++) if (x[p + j] !== y[q + j]) return false;
  return true;
}

function exactExtent(a: PreparedDoc, b: PreparedDoc, p: number, q: number, k: number): number {
  let left = 0;
  while (p - left > 0 && q - left > 0 && a.wordHash[p - left - 1] === b.wordHash[q - left - 1]) left++;
  let right = k;
  while (p + right < a.wordHash.length && q + right < b.wordHash.length && a.wordHash[p + right] === b.wordHash[q + right]) right++;
  return left + right;
}

function alignChain(
  a: PreparedDoc,
  b: PreparedDoc,
  seeds: Seeds,
  chain: number[],
  k: number,
  minWords: number,
  out: WordMatch[],
  depth: number,
): void {
  if (chain.length === 0 || depth > MAX_SPLITS) return;
  // A lone seed is worth aligning only when it sits in a run nearly long enough on its own.
  if (chain.length === 1 && exactExtent(a, b, seeds[chain[0]], seeds[chain[0] + 1], k) < minWords - 1) return;
  let pMin = Infinity, pMax = -1, qMin = Infinity, qMax = -1, dMin = Infinity, dMax = -Infinity, saturated = 0;
  for (const s of chain) {
    const p = seeds[s], q = seeds[s + 1];
    pMin = Math.min(pMin, p); pMax = Math.max(pMax, p + k);
    qMin = Math.min(qMin, q); qMax = Math.max(qMax, q + k);
    dMin = Math.min(dMin, q - p); dMax = Math.max(dMax, q - p);
    saturated += seeds[s + 2];
  }
  const aLo = Math.max(0, pMin - PAD);
  const aHi = Math.min(a.wordHash.length, pMax + PAD);
  const bLo = Math.max(0, qMin - PAD);
  const bHi = Math.min(b.wordHash.length, qMax + PAD);
  if ((aHi - aLo + 1) * (dMax - dMin + 2 * BAND_SLACK + 1) > MAX_CELLS && chain.length > 1) {
    // A very long drifting chain would need a huge band: align its halves separately (they merge afterwards).
    const mid = chain.length >> 1;
    alignChain(a, b, seeds, chain.slice(0, mid), k, minWords, out, depth);
    alignChain(a, b, seeds, chain.slice(mid), k, minWords, out, depth);
    return;
  }
  const m = smithWaterman(a.wordHash, aLo, aHi, b.wordHash, bLo, bHi, dMin - (bLo - aLo) - BAND_SLACK, dMax - (bLo - aLo) + BAND_SLACK);
  if (!m) return;
  const self = a === b;
  if (m.matches >= minWords && !(self && m.aEnd > m.bStart)) {
    m.saturatedShare = saturated / chain.length;
    out.push(m);
  }
  // Seeds the local alignment left out belong to another stretch of the same chain.
  const before = chain.filter((s) => seeds[s] + k <= m.aStart && seeds[s + 1] + k <= m.bStart);
  const after = chain.filter((s) => seeds[s] >= m.aEnd && seeds[s + 1] >= m.bEnd);
  alignChain(a, b, seeds, before, k, minWords, out, depth + 1);
  alignChain(a, b, seeds, after, k, minWords, out, depth + 1);
}

/** Aligns two word ranges in full (used on sentence pairs the restatement detector proposes). */
export function alignRanges(a: PreparedDoc, aLo: number, aHi: number, b: PreparedDoc, bLo: number, bHi: number): WordMatch | undefined {
  return smithWaterman(a.wordHash, aLo, aHi, b.wordHash, bLo, bHi, -(aHi - aLo), bHi - bLo);
}

/**
 * Banded local alignment of x[xLo, xHi) against y[yLo, yHi) on diagonals j - i in [dLo, dHi] (region coordinates).
 * Returns the best-scoring aligned stretch, which starts and ends on matching words.
 */
function smithWaterman(
  x: Int32Array, xLo: number, xHi: number,
  y: Int32Array, yLo: number, yHi: number,
  dLo: number, dHi: number,
): WordMatch | undefined {
  const n = xHi - xLo;
  const mLen = yHi - yLo;
  const width = dHi - dLo + 1;
  const score = new Int32Array((n + 1) * width);
  const move = new Uint8Array((n + 1) * width);
  let best = 0, bestI = 0, bestJ = 0;
  const at = (i: number, j: number): number => {
    const c = j - i - dLo;
    return c < 0 || c >= width || j < 0 || j > mLen ? -1 : i * width + c;
  };
  for (let i = 1; i <= n; i++) {
    const jFrom = Math.max(1, i + dLo);
    const jTo = Math.min(mLen, i + dHi);
    const xi = x[xLo + i - 1];
    for (let j = jFrom; j <= jTo; j++) {
      const here = at(i, j);
      const diag = at(i - 1, j - 1);
      const up = at(i - 1, j);
      const left = at(i, j - 1);
      let s = 0, mv = 0;
      const d = (diag >= 0 ? score[diag] : 0) + (xi === y[yLo + j - 1] ? MATCH : MISMATCH);
      if (d > s) { s = d; mv = 1; }
      if (up >= 0 && score[up] + GAP > s) { s = score[up] + GAP; mv = 2; }
      if (left >= 0 && score[left] + GAP > s) { s = score[left] + GAP; mv = 3; }
      score[here] = s;
      move[here] = mv;
      if (s > best) { best = s; bestI = i; bestJ = j; }
    }
  }
  if (best === 0) return undefined;
  let i = bestI, j = bestJ, matches = 0, edits = 0, editRuns = 0;
  let inEdit = false;
  const substitutions: Array<[number, number]> = [];
  let firstI = i, firstJ = j;
  while (i > 0 && j > 0) {
    const here = at(i, j);
    if (here < 0 || score[here] === 0) break;
    const mv = move[here];
    const matched = mv === 1 && x[xLo + i - 1] === y[yLo + j - 1];
    if (!matched && !inEdit && mv !== 0) editRuns++;
    inEdit = !matched;
    if (mv === 1) {
      if (matched) {
        matches++;
        firstI = i;
        firstJ = j;
      } else {
        edits++;
        substitutions.push([xLo + i - 1, yLo + j - 1]);
      }
      i--; j--;
    } else if (mv === 2) { edits++; i--; }
    else if (mv === 3) { edits++; j--; }
    else break;
  }
  substitutions.reverse();
  return {
    aStart: xLo + firstI - 1, aEnd: xLo + bestI,
    bStart: yLo + firstJ - 1, bEnd: yLo + bestJ,
    matches, verbatim: edits === 0, substitutions, editRuns, saturatedShare: 0,
  };
}

/** Counts matched words that are evidence of copying: lower-case content words, not names, figures or function words. */
export function contentWords(a: PreparedDoc, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if ((a.wordFlags[i] & (FLAG_CAPITAL | FLAG_NUMBER | FLAG_STOP)) === 0) n++;
  return n;
}
