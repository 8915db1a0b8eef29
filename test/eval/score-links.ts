/**
 * Duplicate-link scoring. Gold links define clusters of passages (transitive closure), so a prediction that links
 * two copies of one passage is right whichever pair of copies it chose; a gold link counts as found when a
 * prediction links its two sides directly or the predicted clusters connect them.
 */
import { ResolvedLink, ResolvedSide } from './gold';
import { Prf, prf } from './prf';
import { normalizePath, PredDuplicate, PredReport, PredSpan } from './prediction';
import { overlaps } from './spans';
import { UnionFind } from './union-find';
import type { Accuracy } from './score-claims';

export const LINK_KINDS = ['exact', 'edited', 'restated'] as const;

export interface LinkScores {
  overall: Prf;
  byKind: Record<string, Prf>;
  /**
   * Share of gold passages (in required clusters) that some prediction links to another copy of the same
   * passage: unlike link recall, it does not depend on whether gold lists a cluster as a star or a chain.
   */
  passageRecall: Accuracy;
  /** Among gold links matched directly, how many predictions carry the gold kind. */
  kindAccuracy: Accuracy;
  /** Gold figure changes ("2,000" -> "1,500") found on directly matched predicted links. */
  changes: Accuracy;
  /** Predictions on optional or boilerplate gold links: not scored. */
  ignored: number;
  boilerplateReported: number;
  falseLinks: Array<{ kind: string; a: string; b: string }>;
}

interface Node extends ResolvedSide {
  id: number;
}

function sideOverlaps(gold: ResolvedSide, pred: PredSpan): boolean {
  return gold.file === normalizePath(pred.path) && overlaps(gold, pred);
}

function directMatch(gold: ResolvedLink, pred: PredDuplicate): boolean {
  return (
    (sideOverlaps(gold.a, pred.a) && sideOverlaps(gold.b, pred.b)) ||
    (sideOverlaps(gold.a, pred.b) && sideOverlaps(gold.b, pred.a))
  );
}

/** Cluster ids of gold passages, built from the given links; overlapping passages of one file are one node. */
function goldClusters(links: readonly ResolvedLink[]): { nodes: Node[]; cluster: (n: Node) => number } {
  const uf = new UnionFind();
  const nodes: Node[] = [];
  const nodeFor = (side: ResolvedSide): number => {
    const id = uf.add();
    for (const other of nodes) if (other.file === side.file && overlaps(other, side)) uf.union(id, other.id);
    nodes.push({ ...side, id });
    return id;
  };
  for (const link of links) uf.union(nodeFor(link.a), nodeFor(link.b));
  return { nodes, cluster: (n) => uf.find(n.id) };
}

function clusterConnects(
  clusters: ReturnType<typeof goldClusters>,
  pred: PredDuplicate,
): boolean {
  const as = clusters.nodes.filter((n) => sideOverlaps(n, pred.a));
  const bs = clusters.nodes.filter((n) => sideOverlaps(n, pred.b));
  // Both sides inside one passage is not a link between copies.
  return as.some((na) => bs.some((nb) => clusters.cluster(na) === clusters.cluster(nb) && !(overlaps(na, nb) && na.file === nb.file)));
}

/** Predicted clusters: a link joins its sides, a shared `cluster` id or an identical span joins links. */
function predictedClusters(preds: readonly PredDuplicate[]): Array<PredSpan & { cluster: number }> {
  const uf = new UnionFind();
  const sides: Array<PredSpan & { node: number }> = [];
  const byKey = new Map<string, number>();
  const byCluster = new Map<string, number>();
  const nodeFor = (span: PredSpan, cluster: string | undefined): number => {
    const key = `${normalizePath(span.path)}:${span.start}:${span.end}`;
    let node = byKey.get(key);
    if (node === undefined) {
      node = uf.add();
      byKey.set(key, node);
      sides.push({ ...span, path: normalizePath(span.path), node });
    }
    if (cluster !== undefined) {
      const other = byCluster.get(cluster);
      if (other === undefined) byCluster.set(cluster, node);
      else uf.union(node, other);
    }
    return node;
  };
  for (const p of preds) uf.union(nodeFor(p.a, p.cluster), nodeFor(p.b, p.cluster));
  return sides.map((s) => ({ path: s.path, start: s.start, end: s.end, cluster: uf.find(s.node) }));
}

function changeText(side: { text: string } | string): string {
  return typeof side === 'string' ? side : side.text;
}

function hasChange(pred: PredDuplicate, [from, to]: [string, string]): boolean {
  return (pred.changes ?? []).some((c) => {
    const [a, b] = Array.isArray(c) ? c : [changeText(c.a), changeText(c.b)];
    const fits = (x: string, y: string) => (x.includes(y) || y.includes(x)) && x.length > 0;
    return (fits(a, from) && fits(b, to)) || (fits(a, to) && fits(b, from));
  });
}

export function scoreLinks(gold: readonly ResolvedLink[], report: PredReport): LinkScores {
  const required = gold.filter((l) => !l.ignored);
  const requiredClusters = goldClusters(required);
  const allClusters = goldClusters(gold);
  const preds = report.duplicates;
  const predKindTp = new Map<string, number>();
  const predKindCount = new Map<string, number>();
  const directlyFound = new Map<ResolvedLink, PredDuplicate[]>();
  let ignored = 0;
  let boilerplateReported = 0;
  const falseLinks: LinkScores['falseLinks'] = [];
  for (const p of preds) {
    const direct = gold.filter((g) => directMatch(g, p));
    if (direct.some((g) => g.boilerplate)) boilerplateReported++;
    const directRequired = direct.filter((g) => !g.ignored);
    for (const g of directRequired) directlyFound.set(g, [...(directlyFound.get(g) ?? []), p]);
    let verdict: 'tp' | 'fp' | 'ignored';
    if (directRequired.length > 0 || clusterConnects(requiredClusters, p)) verdict = 'tp';
    else if (direct.length > 0 || clusterConnects(allClusters, p)) verdict = 'ignored';
    else verdict = 'fp';
    if (verdict === 'ignored') {
      ignored++;
      continue;
    }
    predKindCount.set(p.kind, (predKindCount.get(p.kind) ?? 0) + 1);
    if (verdict === 'tp') predKindTp.set(p.kind, (predKindTp.get(p.kind) ?? 0) + 1);
    else falseLinks.push({ kind: p.kind, a: `${p.a.path}:${p.a.start}-${p.a.end}`, b: `${p.b.path}:${p.b.start}-${p.b.end}` });
  }
  const predSides = predictedClusters(preds);
  const recalled = (g: ResolvedLink): boolean => {
    if (directlyFound.has(g)) return true;
    const as = predSides.filter((s) => sideOverlaps(g.a, s));
    const bs = predSides.filter((s) => sideOverlaps(g.b, s));
    return as.some((a) => bs.some((b) => a.cluster === b.cluster));
  };
  const recalledSet = new Set(required.filter(recalled));
  const byKind: Record<string, Prf> = {};
  for (const kind of LINK_KINDS) {
    const goldOfKind = required.filter((g) => g.kind === kind);
    const tpGold = goldOfKind.filter((g) => recalledSet.has(g)).length;
    byKind[kind] = prf(predKindTp.get(kind) ?? 0, predKindCount.get(kind) ?? 0, tpGold, goldOfKind.length);
  }
  let tpPred = 0;
  let countPred = 0;
  for (const n of predKindTp.values()) tpPred += n;
  for (const n of predKindCount.values()) countPred += n;
  let kindRight = 0;
  let changeTotal = 0;
  let changeFound = 0;
  for (const [g, ps] of directlyFound) {
    if (ps.some((p) => p.kind === g.kind)) kindRight++;
    for (const change of g.changes) {
      changeTotal++;
      if (ps.some((p) => hasChange(p, change))) changeFound++;
    }
  }
  const acc = (c: number, t: number): Accuracy => ({ correct: c, total: t, accuracy: t === 0 ? 1 : c / t });
  const passageLinked = (n: Node): boolean =>
    preds.some((p) =>
      [[p.a, p.b], [p.b, p.a]].some(
        ([mine, other]) =>
          sideOverlaps(n, mine) &&
          requiredClusters.nodes.some(
            (m) => m !== n && requiredClusters.cluster(m) === requiredClusters.cluster(n) && !(m.file === n.file && overlaps(m, n)) && sideOverlaps(m, other),
          ),
      ),
    );
  // Overlapping nodes of one file are one passage: count each passage once, by its first node.
  const passages = requiredClusters.nodes.filter(
    (n, i) => !requiredClusters.nodes.slice(0, i).some((m) => m.file === n.file && overlaps(m, n)),
  );
  return {
    overall: prf(tpPred, countPred, recalledSet.size, required.length),
    byKind,
    passageRecall: acc(passages.filter(passageLinked).length, passages.length),
    kindAccuracy: acc(kindRight, directlyFound.size),
    changes: acc(changeFound, changeTotal),
    ignored,
    boilerplateReported,
    falseLinks,
  };
}
