import type { DuplicateLink, PassageRef } from '../types';
import { fnv1a } from './hash';
import type { RawLink } from './copies';

/**
 * Puts every copy of one passage in one cluster: link sides that overlap by at least half of the shorter one are the
 * same passage, and links join passages (union-find). A cluster spread over more than `boilerplateDocs` documents,
 * or seeded by saturated shingles, is boilerplate.
 */
export function clusterLinks(raw: readonly RawLink[], boilerplateDocs: number): DuplicateLink[] {
  const clusters = unionPassages(raw, () => true);
  // Boilerplate is repeated text: restatements chain one story's sentences across many articles and must not count.
  const copies = unionPassages(raw, (link) => link.kind !== 'restated');
  return raw.map((link, l) => {
    const first = clusters.earliest.get(clusters.find(2 * l))!;
    const out: DuplicateLink = {
      kind: link.kind,
      similarity: link.similarity,
      a: link.a,
      b: link.b,
      cluster: 'dup-' + fnv1a(first.doc + '\u0000' + first.start).toString(16).padStart(8, '0'),
    };
    if (link.changes) out.changes = link.changes;
    if (link.kind !== 'restated') {
      const root = copies.find(2 * l);
      if (copies.saturated.has(root) || copies.docsOf.get(root)!.size > boilerplateDocs) out.boilerplate = true;
    }
    return out;
  });
}

interface Passages {
  find(side: number): number;
  earliest: Map<number, PassageRef>;
  docsOf: Map<number, Set<string>>;
  saturated: Set<number>;
}

/** Union-find over link sides (2l and 2l + 1 for link l), joined by the links `use` accepts and by overlap. */
function unionPassages(raw: readonly RawLink[], use: (link: RawLink) => boolean): Passages {
  const sides: PassageRef[] = [];
  for (const link of raw) sides.push(link.a, link.b);
  const parent = new Int32Array(sides.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (i: number, j: number) => {
    const ri = find(i), rj = find(j);
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  for (let l = 0; l < raw.length; l++) if (use(raw[l])) union(2 * l, 2 * l + 1);

  const order = sides.map((_, i) => i).filter((i) => use(raw[i >> 1])).sort((i, j) => compareRefs(sides[i], sides[j]));
  // Sweep each document's sides in start order, joining a side to the running passage it overlaps enough.
  let run = -1;
  let runEnd = -1;
  for (const i of order) {
    const s = sides[i];
    if (run >= 0 && sides[run].doc === s.doc && s.start < runEnd) {
      const overlap = Math.min(runEnd, s.end) - s.start;
      const shorter = Math.min(runEnd - sides[run].start, s.end - s.start);
      if (overlap * 2 >= shorter) {
        union(run, i);
        runEnd = Math.max(runEnd, s.end);
        continue;
      }
    }
    run = i;
    runEnd = s.end;
  }

  const earliest = new Map<number, PassageRef>();
  const docsOf = new Map<number, Set<string>>();
  const saturated = new Set<number>();
  for (const i of order) {
    const root = find(i);
    if (!earliest.has(root)) earliest.set(root, sides[i]);
    let docs = docsOf.get(root);
    if (!docs) docsOf.set(root, (docs = new Set()));
    docs.add(sides[i].doc);
  }
  raw.forEach((link, l) => {
    if (link.saturated && use(link)) saturated.add(find(2 * l));
  });
  return { find, earliest, docsOf, saturated };
}

export function compareRefs(x: PassageRef, y: PassageRef): number {
  if (x.doc !== y.doc) return x.doc < y.doc ? -1 : 1;
  return x.start - y.start || x.end - y.end;
}
