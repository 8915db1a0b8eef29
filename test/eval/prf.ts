/** Precision/recall/F1 arithmetic and one-to-one span matching shared by every stage's scorer. */
import { TextSpan } from './spans';

export interface Prf {
  /** Gold items found. */
  tp: number;
  /** Predictions judged right (differs from `tp` when several predictions hit one gold item, or one hits several). */
  tpPredicted: number;
  /** Predictions counted (after ignoring predictions on optional gold items). */
  predicted: number;
  /** Gold items counted. */
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** P/R/F1 from counts. Precision and recall of an empty side are 1 when the other side is empty too, else 0. */
export function prf(tpPredicted: number, predicted: number, tpGold: number, gold: number): Prf {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tpPredicted / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : tpGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp: tpGold, tpPredicted, predicted, gold, precision, recall, f1 };
}

export function overlapLength(a: TextSpan, b: TextSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Greedy one-to-one matching of predicted to gold spans. Exact matches are taken first, then overlapping pairs by
 * decreasing overlap, so one long prediction cannot claim two gold spans. `compatible` filters pairs (e.g. same
 * type). Returns, for each gold index, the matched prediction index or -1.
 */
export function matchSpans<G extends TextSpan, P extends TextSpan>(
  gold: readonly G[],
  pred: readonly P[],
  mode: 'exact' | 'overlap',
  compatible: (g: G, p: P) => boolean = () => true,
): number[] {
  const candidates: Array<{ g: number; p: number; score: number }> = [];
  const byStart = pred.map((p, i) => ({ p, i })).sort((x, y) => x.p.start - y.p.start);
  for (let g = 0; g < gold.length; g++) {
    const gs = gold[g];
    for (const { p, i } of byStart) {
      if (p.start >= gs.end) break;
      if (p.end <= gs.start) continue;
      const exact = p.start === gs.start && p.end === gs.end;
      if (mode === 'exact' && !exact) continue;
      if (!compatible(gs, p)) continue;
      candidates.push({ g, p: i, score: exact ? Number.MAX_SAFE_INTEGER : overlapLength(gs, p) });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.g - y.g || x.p - y.p);
  const goldTo = new Array<number>(gold.length).fill(-1);
  const predUsed = new Array<boolean>(pred.length).fill(false);
  for (const c of candidates) {
    if (goldTo[c.g] >= 0 || predUsed[c.p]) continue;
    goldTo[c.g] = c.p;
    predUsed[c.p] = true;
  }
  return goldTo;
}

export function countMatched(goldTo: readonly number[]): number {
  return goldTo.filter((p) => p >= 0).length;
}
