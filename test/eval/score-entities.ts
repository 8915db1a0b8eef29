/** Entity scoring: typed exact and overlap P/R/F1 per type, and pairwise alias-merge precision/recall. */
import { ENTITY_TYPES, ResolvedArticle, ResolvedMention } from './gold';
import { countMatched, matchSpans, Prf, prf } from './prf';
import { normalizePath, PredMention, PredReport } from './prediction';
import { overlaps } from './spans';

export interface EntityScores {
  exact: Record<string, Prf>;
  overlap: Record<string, Prf>;
  /** Span-only (type ignored) overlap: separates boundary errors from typing errors. */
  untypedOverlap: Prf;
  merge: { precision: number; recall: number; f1: number; mentions: number };
}

interface DocPair {
  gold: ResolvedMention[];
  pred: PredMention[];
}

/** Predictions lying on an optional gold mention (and on no required one) are neither rewarded nor penalised. */
function pairDocuments(gold: readonly ResolvedArticle[], report: PredReport): DocPair[] {
  const byPath = new Map(report.documents.map((d) => [normalizePath(d.path), d]));
  return gold.map((article) => {
    const required = article.mentions.filter((m) => !m.optional);
    const optional = article.mentions.filter((m) => m.optional);
    const pred = (byPath.get(normalizePath(article.path))?.entities ?? []).filter(
      (p) => !optional.some((o) => overlaps(o, p)) || required.some((r) => overlaps(r, p)),
    );
    return { gold: required, pred };
  });
}

function scoreMode(docs: readonly DocPair[], mode: 'exact' | 'overlap', typed: boolean): Record<string, Prf> {
  const out: Record<string, Prf> = {};
  const types = ['all', ...ENTITY_TYPES];
  for (const type of types) {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    for (const doc of docs) {
      const g = type === 'all' ? doc.gold : doc.gold.filter((m) => m.type === type);
      const p = type === 'all' ? doc.pred : doc.pred.filter((m) => m.type === type);
      const goldTo = matchSpans(g, p, mode, (gm, pm) => !typed || gm.type === pm.type);
      tp += countMatched(goldTo);
      predicted += p.length;
      gold += g.length;
    }
    out[type] = prf(tp, predicted, tp, gold);
  }
  return out;
}

function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

/**
 * Pairwise merge scores over gold mentions that some prediction overlaps: two mentions with the same gold `name`
 * should carry the same predicted entity id (recall), and two with the same predicted id should share a gold
 * name (precision). Computed from the contingency table, so it is linear in the number of mentions.
 */
export function mergeScores(
  assignments: ReadonlyArray<{ goldName: string; predId: string }>,
): EntityScores['merge'] {
  const cell = new Map<string, number>();
  const byGold = new Map<string, number>();
  const byPred = new Map<string, number>();
  for (const { goldName, predId } of assignments) {
    const key = `${goldName}\u0000${predId}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
    byGold.set(goldName, (byGold.get(goldName) ?? 0) + 1);
    byPred.set(predId, (byPred.get(predId) ?? 0) + 1);
  }
  let agree = 0;
  for (const n of cell.values()) agree += pairs(n);
  let goldPairs = 0;
  for (const n of byGold.values()) goldPairs += pairs(n);
  let predPairs = 0;
  for (const n of byPred.values()) predPairs += pairs(n);
  const precision = predPairs === 0 ? 1 : agree / predPairs;
  const recall = goldPairs === 0 ? 1 : agree / goldPairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, mentions: assignments.length };
}

export function scoreEntities(gold: readonly ResolvedArticle[], report: PredReport): EntityScores {
  const docs = pairDocuments(gold, report);
  const assignments: Array<{ goldName: string; predId: string }> = [];
  for (const doc of docs) {
    const goldTo = matchSpans(doc.gold, doc.pred, 'overlap');
    goldTo.forEach((p, g) => {
      if (p >= 0) assignments.push({ goldName: `${doc.gold[g].type}:${doc.gold[g].name}`, predId: doc.pred[p].entity });
    });
  }
  return {
    exact: scoreMode(docs, 'exact', true),
    overlap: scoreMode(docs, 'overlap', true),
    untypedOverlap: scoreMode(docs, 'overlap', false).all,
    merge: mergeScores(assignments),
  };
}
