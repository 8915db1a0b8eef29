/**
 * Recall and precision of duplicate links and conflicts against the generator's planted truth.
 *
 * Links. Every copy of one planted passage belongs to one group (a passage copied into several articles is one
 * group, see `PlantedCopy.cluster`). A link is right when its two sides touch two passages of one group: the copy
 * and its source, or two copies of one source. A planted copy is found when a right link reaches its copy passage.
 * Links that touch a planted footer (boilerplate) are neither right nor wrong: whether a footer is shown is a
 * display choice. Nor is a link between the two sentences of a planted figure pair about one subject: they state
 * the same fact in other words (with another figure when they conflict), which is a restatement by the letter of
 * the definition although nobody planted it as one. Every other link is wrong: the background prose repeats no
 * passage (test/unit/bench/generate.test.ts checks that almost no 8-word run recurs). It does reuse sentence
 * frames with other names and details in them, and stock phrases, as reporting does; those are not reuse, and a
 * link between them counts against precision.
 *
 * Conflicts. A conflict is right when it joins the two figures of a planted conflicting pair. A conflict between
 * two passages of one planted group (a source and its copies) where some copy's edit changed the figure is real
 * (mutated reuse: the changed copy disagrees with the source and with every other copy) and counts as neither.
 * So does a conflict between a changed figure and the same fact stated elsewhere in the background: background
 * figures about one subject are fixed corpus-wide, so the changed copy disagrees with them too.
 */
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
  /** Of all scored links (not touching a footer, not joining a fact pair), the share that join two passages of one planted group. */
  linkPrecisionOverall: number;
  reportedLinks: number;
  /** Links touching a planted footer: not scored. */
  boilerplateLinks?: number;
  /** Links joining the two sentences of a planted figure pair about one subject: not scored. */
  factPairLinks?: number;
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

type Side = { doc: string; start: number; end: number };

const touches = (p: Passage, side: Side): boolean => p.doc === side.doc && p.start < side.end && side.start < p.end;

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

interface Member {
  passage: Passage;
  group: number;
}

/** Passages by document, so a 10k corpus stays cheap. */
function byDoc<T>(items: Iterable<T>, passages: (item: T) => Passage[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const p of passages(item)) {
      const list = out.get(p.doc);
      if (list) list.push(item);
      else out.set(p.doc, [item]);
    }
  }
  return out;
}

/** The planted groups of passages: one per copied passage, whatever the number of its copies. */
function groups(corpus: Corpus): { members: Member[]; copyMember: Map<Corpus['copies'][number], Member> } {
  const members: Member[] = [];
  const copyMember = new Map<Corpus['copies'][number], Member>();
  const sources = new Map<string, Member>();
  corpus.copies.forEach((c, i) => {
    const key = `${c.source.doc}:${c.source.start}:${c.source.end}`;
    let source = c.cluster !== undefined ? sources.get(key) : undefined;
    if (!source) {
      source = { passage: c.source, group: i };
      members.push(source);
      sources.set(key, source);
    }
    const copy = { passage: c.copy, group: source.group };
    members.push(copy);
    copyMember.set(c, copy);
  });
  return { members, copyMember };
}

/** Scores reported links and conflicts. */
export function measureQuality(corpus: Corpus, links: readonly DuplicateLink[], conflicts: readonly Conflict[]): Quality {
  const { members, copyMember } = groups(corpus);
  const membersByDoc = byDoc(members, (m) => [m.passage]);
  const footersByDoc = byDoc(corpus.boilerplate ?? [], (p) => [p]);
  const touched = (side: Side) => (membersByDoc.get(side.doc) ?? []).filter((m) => touches(m.passage, side));
  const pairsByDoc = byDoc(corpus.pairs, (p) => [p.a, p.b]);
  // The figure span lies inside its sentence, so a link over the sentence touches it.
  const joinsFactPair = (a: Side, b: Side) =>
    (pairsByDoc.get(a.doc) ?? []).some((p) => p.subjects[0] === p.subjects[1] && ((touches(p.a, a) && touches(p.b, b)) || (touches(p.a, b) && touches(p.b, a))));

  const found = new Map<Member, DuplicateKind[]>();
  let linksTouching = 0;
  let linksRight = 0;
  let boilerplateLinks = 0;
  let factPairLinks = 0;
  for (const link of links) {
    if ([link.a, link.b].some((side) => (footersByDoc.get(side.doc) ?? []).some((p) => touches(p, side)))) {
      boilerplateLinks++;
      continue;
    }
    if (joinsFactPair(link.a, link.b)) {
      factPairLinks++;
      continue;
    }
    const ta = touched(link.a);
    const tb = touched(link.b);
    if (ta.length === 0 && tb.length === 0) continue;
    linksTouching++;
    let right = false;
    for (const x of ta) {
      for (const y of tb) {
        if (x === y || x.group !== y.group) continue;
        right = true;
        for (const m of [x, y]) found.set(m, [...(found.get(m) ?? []), link.kind]);
      }
    }
    if (right) linksRight++;
  }
  const recallByKind = {} as Record<DuplicateKind, number>;
  let foundCopies = 0;
  let kindAgrees = 0;
  for (const kind of ['exact', 'edited', 'restated'] as const) {
    const planted = corpus.copies.filter((c) => c.kind === kind);
    const hits = planted.filter((c) => found.has(copyMember.get(c)!));
    foundCopies += hits.length;
    kindAgrees += hits.filter((c) => found.get(copyMember.get(c)!)!.includes(kind)).length;
    recallByKind[kind] = ratio(hits.length, planted.length);
  }

  const mutatedGroups = new Set(corpus.copies.filter((c) => c.changedFigure).map((c) => copyMember.get(c)!.group));
  const mutatedMembers = byDoc(members.filter((m) => mutatedGroups.has(m.group)), (m) => [m.passage]);
  const changedByDoc = byDoc(corpus.copies.filter((c) => c.changedFigure), (c) => [c.copy]);
  const mutatedGroupsAt = (side: Side) => new Set((mutatedMembers.get(side.doc) ?? []).filter((m) => touches(m.passage, side)).map((m) => m.group));
  const matched = new Set<Corpus['pairs'][number]>();
  let conflictsTouching = 0;
  let conflictsRight = 0;
  let conflictsScored = 0;
  for (const conflict of conflicts) {
    const a = { doc: conflict.a.doc, start: conflict.a.claim.start, end: conflict.a.claim.end };
    const b = { doc: conflict.b.doc, start: conflict.b.claim.start, end: conflict.b.claim.end };
    const groupsB = mutatedGroupsAt(b);
    const isMutation = [...mutatedGroupsAt(a)].some((g) => groupsB.has(g)) || [a, b].some((side) => (changedByDoc.get(side.doc) ?? []).some((c) => touches(c.copy, side)));
    if (isMutation) continue;
    conflictsScored++;
    const near = [...(pairsByDoc.get(a.doc) ?? []), ...(pairsByDoc.get(b.doc) ?? [])];
    const touching = near.filter((p) => touches(p.a, a) || touches(p.a, b) || touches(p.b, a) || touches(p.b, b));
    if (touching.length === 0) continue;
    conflictsTouching++;
    const match = touching.find((p) => (touches(p.a, a) && touches(p.b, b)) || (touches(p.a, b) && touches(p.b, a)));
    if (match) matched.add(match);
    if (match?.kind === 'conflict') conflictsRight++;
  }
  const planted = (kind: string) => corpus.pairs.filter((p) => p.kind === kind);
  const plantedConflicts = planted('conflict');
  return {
    plantedLinks: corpus.copies.length,
    linkRecall: ratio(foundCopies, corpus.copies.length),
    linkKindAgreement: ratio(kindAgrees, foundCopies),
    recallByKind,
    linkPrecisionPlanted: ratio(linksRight, linksTouching),
    linkPrecisionOverall: ratio(linksRight, links.length - boilerplateLinks - factPairLinks),
    reportedLinks: links.length,
    boilerplateLinks,
    factPairLinks,
    plantedConflicts: plantedConflicts.length,
    conflictRecall: ratio(plantedConflicts.filter((p) => matched.has(p)).length, plantedConflicts.length),
    conflictPrecisionPlanted: ratio(conflictsRight, conflictsTouching),
    conflictPrecisionOverall: ratio(conflictsRight, conflictsScored),
    reportedConflicts: conflicts.length,
    agreementsReported: `${planted('agree').filter((p) => matched.has(p)).length}/${planted('agree').length}`,
    trapsReported: `${planted('trap').filter((p) => matched.has(p)).length}/${planted('trap').length}`,
  };
}
