/**
 * Conflict scoring: a predicted conflict matches a gold pair when its two sides overlap the pair's two claims
 * (either orientation). Traps and agreements that are reported are counted separately; they must stay at zero.
 */
import { ResolvedClaim, ResolvedPair } from './gold';
import { Prf, prf } from './prf';
import { normalizePath, PredConflict, PredReport, PredSpan } from './prediction';
import { overlaps } from './spans';

export interface ConflictScores {
  pairs: Prf;
  trapsReported: number;
  agreementsReported: number;
  /** Predictions matching no gold conflict, trap or agreement (e.g. a wrong claim or a same-document pair). */
  otherFalse: number;
  trapHits: Array<{ why: string; a: string; b: string }>;
  missed: Array<{ a: string; b: string }>;
}

function onClaim(claim: ResolvedClaim, side: PredSpan): boolean {
  return claim.file === normalizePath(side.path) && overlaps(claim, side);
}

export function pairMatches(pair: ResolvedPair, pred: PredConflict): boolean {
  return (
    (onClaim(pair.a, pred.a) && onClaim(pair.b, pred.b)) || (onClaim(pair.a, pred.b) && onClaim(pair.b, pred.a))
  );
}

const label = (c: ResolvedClaim) => `${c.file.split('/').pop()}:${JSON.stringify(c.text)}`;

export function scoreConflicts(
  gold: { conflicts: readonly ResolvedPair[]; agreements: readonly ResolvedPair[]; traps: readonly ResolvedPair[] },
  report: PredReport,
): ConflictScores {
  const found = new Set<ResolvedPair>();
  let tpPred = 0;
  let trapsReported = 0;
  let agreementsReported = 0;
  let otherFalse = 0;
  const trapHits: ConflictScores['trapHits'] = [];
  for (const p of report.conflicts) {
    const hits = gold.conflicts.filter((g) => pairMatches(g, p));
    if (hits.length > 0) {
      tpPred++;
      for (const h of hits) found.add(h);
      continue;
    }
    const trap = gold.traps.find((t) => pairMatches(t, p));
    if (trap) {
      trapsReported++;
      trapHits.push({ why: trap.why ?? '', a: label(trap.a), b: label(trap.b) });
    } else if (gold.agreements.some((g) => pairMatches(g, p))) agreementsReported++;
    else otherFalse++;
  }
  return {
    pairs: prf(tpPred, report.conflicts.length, found.size, gold.conflicts.length),
    trapsReported,
    agreementsReported,
    otherFalse,
    trapHits,
    missed: gold.conflicts.filter((g) => !found.has(g)).map((g) => ({ a: label(g.a), b: label(g.b) })),
  };
}
