/** Recall and precision of duplicate links and conflicts against the generator's planted truth. */
import type { Conflict, DuplicateLink, DuplicateKind } from '../src/engine/types';
import type { Corpus, Passage } from './generate';

export interface Quality {
  plantedLinks: number;
  linkRecall: number;
  /** Links found with the planted kind (exact / edited / restated), of those found. */
  linkKindAgreement: number;
  recallByKind: Record<DuplicateKind, number>;
  /** Of the links that touch a planted passage, the share that join it to its planted copy. */
  linkPrecisionPlanted: number;
  /** Of all links, the share that are planted copies (the rest join template-alike background sentences). */
  linkPrecisionOverall: number;
  reportedLinks: number;
  plantedConflicts: number;
  conflictRecall: number;
  /** Of the conflicts that touch a planted figure, the share that are planted conflicts. */
  conflictPrecisionPlanted: number;
  /** Of all conflicts, the share that are planted (background figures are consistent by construction). */
  conflictPrecisionOverall: number;
  reportedConflicts: number;
  /** Planted agreeing pairs (same value, other unit) reported as conflicts, of all planted agreeing pairs. */
  agreementsReported: string;
  /** Planted traps (different subjects, same attribute) reported as conflicts. */
  trapsReported: string;
}

const touches = (p: Passage, side: { doc: string; start: number; end: number }): boolean =>
  p.doc === side.doc && p.start < side.end && side.start < p.end;

const joins = (x: Passage, y: Passage, a: { doc: string; start: number; end: number }, b: { doc: string; start: number; end: number }): boolean =>
  (touches(x, a) && touches(y, b)) || (touches(x, b) && touches(y, a));

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** Scores reported links and conflicts; indexes the truth by document so a 10k corpus stays cheap. */
export function measureQuality(corpus: Corpus, links: readonly DuplicateLink[], conflicts: readonly Conflict[]): Quality {
  const copiesByDoc = new Map<string, Corpus['copies']>();
  for (const c of corpus.copies) for (const doc of [c.source.doc, c.copy.doc]) copiesByDoc.set(doc, [...(copiesByDoc.get(doc) ?? []), c]);
  const pairsByDoc = new Map<string, Corpus['pairs']>();
  for (const p of corpus.pairs) for (const doc of [p.a.doc, p.b.doc]) pairsByDoc.set(doc, [...(pairsByDoc.get(doc) ?? []), p]);

  const foundCopies = new Map<Corpus['copies'][number], DuplicateKind>();
  let linksTouching = 0;
  let linksRight = 0;
  for (const link of links) {
    const near = [...(copiesByDoc.get(link.a.doc) ?? []), ...(copiesByDoc.get(link.b.doc) ?? [])];
    const touching = near.filter((c) => touches(c.source, link.a) || touches(c.source, link.b) || touches(c.copy, link.a) || touches(c.copy, link.b));
    if (touching.length === 0) continue;
    linksTouching++;
    const match = touching.find((c) => joins(c.source, c.copy, link.a, link.b));
    if (match) {
      linksRight++;
      if (!foundCopies.has(match) || link.kind === match.kind) foundCopies.set(match, link.kind);
    }
  }
  const recallByKind = {} as Record<DuplicateKind, number>;
  for (const kind of ['exact', 'edited', 'restated'] as const) {
    const planted = corpus.copies.filter((c) => c.kind === kind);
    recallByKind[kind] = ratio(planted.filter((c) => foundCopies.has(c)).length, planted.length);
  }

  const matched = new Set<Corpus['pairs'][number]>();
  let conflictsTouching = 0;
  let conflictsRight = 0;
  for (const conflict of conflicts) {
    const a = { doc: conflict.a.doc, start: conflict.a.claim.start, end: conflict.a.claim.end };
    const b = { doc: conflict.b.doc, start: conflict.b.claim.start, end: conflict.b.claim.end };
    const near = [...(pairsByDoc.get(a.doc) ?? []), ...(pairsByDoc.get(b.doc) ?? [])];
    const touching = near.filter((p) => touches(p.a, a) || touches(p.a, b) || touches(p.b, a) || touches(p.b, b));
    if (touching.length === 0) continue;
    conflictsTouching++;
    const match = touching.find((p) => joins(p.a, p.b, a, b));
    if (match) matched.add(match);
    if (match?.kind === 'conflict') conflictsRight++;
  }
  const planted = (kind: string) => corpus.pairs.filter((p) => p.kind === kind);
  const plantedConflicts = planted('conflict');
  const plantedRight = conflictsRight;
  return {
    plantedLinks: corpus.copies.length,
    linkRecall: ratio(foundCopies.size, corpus.copies.length),
    linkKindAgreement: ratio([...foundCopies].filter(([c, kind]) => c.kind === kind).length, foundCopies.size),
    recallByKind,
    linkPrecisionPlanted: ratio(linksRight, linksTouching),
    linkPrecisionOverall: ratio(linksRight, links.length),
    reportedLinks: links.length,
    plantedConflicts: plantedConflicts.length,
    conflictRecall: ratio(plantedConflicts.filter((p) => matched.has(p)).length, plantedConflicts.length),
    conflictPrecisionPlanted: ratio(plantedRight, conflictsTouching),
    conflictPrecisionOverall: ratio(plantedRight, conflicts.length),
    reportedConflicts: conflicts.length,
    agreementsReported: `${planted('agree').filter((p) => matched.has(p)).length}/${planted('agree').length}`,
    trapsReported: `${planted('trap').filter((p) => matched.has(p)).length}/${planted('trap').length}`,
  };
}
