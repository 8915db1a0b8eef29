// Pure grouping and ordering of worker results for the views (no vscode), unit-tested in test/unit/extension-pure.
import type { ClaimRef, Conflict, DuplicateKind, DuplicateLink, EntityRecord, PassageRef } from '../../engine';
import { baseName } from '../report/textUtil';

export type EntitySort = 'mentions' | 'name';

/** True when the entity's name or one of its aliases contains `filter` (case-insensitive). */
export function matchesFilter(entity: EntityRecord, filter: string): boolean {
  if (!filter) return true;
  const needle = filter.toLocaleLowerCase();
  return entity.name.toLocaleLowerCase().includes(needle) || entity.aliases.some((a) => a.toLocaleLowerCase().includes(needle));
}

export function sortEntities(entities: EntityRecord[], sort: EntitySort): EntityRecord[] {
  return [...entities].sort((a, b) => (sort === 'mentions' ? b.mentions - a.mentions : 0) || a.name.localeCompare(b.name));
}

const refKey = (r: ClaimRef) => `${r.doc}\u0000${r.claim.start}`;

/** Groups conflicts by subject, then attribute; `Map` keeps first-seen order, which the worker makes stable. */
export function groupConflicts(conflicts: readonly Conflict[]): Map<string, Map<string, Conflict[]>> {
  const out = new Map<string, Map<string, Conflict[]>>();
  for (const c of conflicts) {
    const bySubject = out.get(c.subject) ?? new Map<string, Conflict[]>();
    out.set(c.subject, bySubject);
    bySubject.set(c.attribute, [...(bySubject.get(c.attribute) ?? []), c]);
  }
  return out;
}

/** The distinct figures taking part in some conflicts, each with the conflicts it is part of. */
export function disagreeingValues(conflicts: readonly Conflict[]): Array<{ ref: ClaimRef; conflicts: Conflict[] }> {
  const byRef = new Map<string, { ref: ClaimRef; conflicts: Conflict[] }>();
  for (const c of conflicts) {
    for (const ref of [c.a, c.b]) {
      const entry = byRef.get(refKey(ref)) ?? { ref, conflicts: [] };
      entry.conflicts.push(c);
      byRef.set(refKey(ref), entry);
    }
  }
  return [...byRef.values()].sort((x, y) => x.ref.claim.value - y.ref.claim.value || baseName(x.ref.doc).localeCompare(baseName(y.ref.doc)));
}

export interface DuplicateCluster {
  id: string;
  kinds: DuplicateKind[];
  similarity: number;
  copies: PassageRef[];
}

const passageKey = (p: PassageRef) => `${p.doc}\u0000${p.start}\u0000${p.end}`;

/** Links grouped by cluster, with each distinct passage once; largest clusters first. */
export function clusterLinks(links: readonly DuplicateLink[]): DuplicateCluster[] {
  const clusters = new Map<string, { kinds: Set<DuplicateKind>; similarity: number; copies: Map<string, PassageRef> }>();
  for (const link of links) {
    const c = clusters.get(link.cluster) ?? { kinds: new Set<DuplicateKind>(), similarity: 1, copies: new Map<string, PassageRef>() };
    clusters.set(link.cluster, c);
    c.kinds.add(link.kind);
    c.similarity = Math.min(c.similarity, link.similarity);
    for (const p of [link.a, link.b]) c.copies.set(passageKey(p), p);
  }
  return [...clusters.entries()]
    .map(([id, c]) => ({
      id,
      kinds: [...c.kinds].sort(),
      similarity: c.similarity,
      copies: [...c.copies.values()].sort((x, y) => baseName(x.doc).localeCompare(baseName(y.doc)) || x.start - y.start),
    }))
    .sort((x, y) => y.copies.length - x.copies.length || x.id.localeCompare(y.id));
}

