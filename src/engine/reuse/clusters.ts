import type { PassageRef } from '../types';
import { fnv1a } from './hash';
import type { RawLink } from './copies';

/**
 * Cluster ids and boilerplate status of links, computed on demand by walking only the connected component a link
 * belongs to, so that an edit costs work proportional to the edited document's passages, never a corpus-wide pass.
 *
 * Link sides in one document that overlap by at least half of the shorter one are the same passage (a sweep in
 * start order, per document), and links join passages. A component of copy links (restatements excluded: they
 * chain one story's sentences across many articles) spread over more than `boilerplateDocs` documents, or seeded by
 * saturated shingles, is boilerplate. The cluster of a shown link is the component of the links that are shown
 * (boilerplate ones only when they are included), named after its earliest passage.
 */
export class ClusterIndex {
  private readonly sidesCache = new Map<number, DocSides>();
  private readonly copySweeps = new Map<number, Sweep>();
  // Boilerplate verdicts stay valid until a document the walk went through changes.
  private readonly verdicts = new WeakMap<RawLink, Verdict>();
  private readonly dependents = new Map<number, Verdict[]>();

  constructor(
    private readonly source: LinkSource,
    private readonly boilerplateDocs: number,
    private readonly includeBoilerplate: boolean,
  ) {}

  /** Forgets what depended on a document whose set of links changed (it, or a partner, was edited). */
  touch(doc: number): void {
    this.sidesCache.delete(doc);
    this.copySweeps.delete(doc);
    const list = this.dependents.get(doc);
    if (list) for (const verdict of list) verdict.valid = false;
    this.dependents.delete(doc);
  }

  isBoilerplate(link: RawLink): boolean {
    if (link.kind === 'restated') return false;
    const cached = this.verdicts.get(link);
    if (cached?.valid) return cached.boilerplate;
    return this.walkCopies(link);
  }

  /** True when the link is reported (boilerplate is reported only when included). */
  isShown(link: RawLink): boolean {
    return this.includeBoilerplate || !this.isBoilerplate(link);
  }

  /** A session names clusters for one answer; it memoises per-document sweeps of the shown links. */
  session(): ClusterSession {
    const sweeps = new Map<number, Sweep>();
    const names = new Map<RawLink, string>();
    const sweepOf = (doc: number) => {
      let sweep = sweeps.get(doc);
      if (!sweep) sweeps.set(doc, (sweep = sweepSides(this.sides(doc), (l) => this.isShown(l))));
      return sweep;
    };
    return {
      clusterOf: (link: RawLink): string => {
        let name = names.get(link);
        if (name === undefined) {
          const members: RawLink[] = [];
          let earliest: PassageRef | undefined;
          this.walk(link, sweepOf, (l) => {
            members.push(l);
            if (!earliest || compareRefs(l.a, earliest) < 0) earliest = l.a;
            if (compareRefs(l.b, earliest) < 0) earliest = l.b;
            return false;
          });
          name = 'dup-' + fnv1a(earliest!.doc + '\u0000' + earliest!.start).toString(16).padStart(8, '0');
          for (const l of members) names.set(l, name);
        }
        return name;
      },
    };
  }

  private sides(doc: number): DocSides {
    let sides = this.sidesCache.get(doc);
    if (!sides) this.sidesCache.set(doc, (sides = collectSides(this.source.linksOf(doc), this.source.idOf(doc))));
    return sides;
  }

  private copySweep(doc: number): Sweep {
    let sweep = this.copySweeps.get(doc);
    if (!sweep) this.copySweeps.set(doc, (sweep = sweepSides(this.sides(doc), (l) => l.kind !== 'restated')));
    return sweep;
  }

  /** Boilerplate walk: stops as soon as the component is known to be boilerplate. */
  private walkCopies(link: RawLink): boolean {
    const seen: RawLink[] = [];
    const docs = new Set<number>();
    let boilerplate = false;
    this.walk(link, (doc) => this.copySweep(doc), (l, doc, otherDoc) => {
      seen.push(l);
      docs.add(doc);
      docs.add(otherDoc);
      if (l.saturated || docs.size > this.boilerplateDocs) boilerplate = true;
      return boilerplate;
    });
    const verdict: Verdict = { boilerplate, valid: true };
    for (const l of seen) this.verdicts.set(l, verdict);
    for (const doc of docs) {
      let list = this.dependents.get(doc);
      if (!list) this.dependents.set(doc, (list = []));
      else if (list.length > 64 && list.length > 4 * seen.length) this.dependents.set(doc, (list = list.filter((v) => v.valid)));
      list.push(verdict);
    }
    return boilerplate;
  }

  /**
   * Breadth-first over the passages (sweep groups) of the component holding `start`. `visit` gets each link once
   * with the numbers of its two documents; true stops the walk.
   */
  private walk(start: RawLink, sweepOf: (doc: number) => Sweep, visit: (link: RawLink, doc: number, otherDoc: number) => boolean): void {
    const startDoc = this.source.numOf(start.a.doc);
    const seenGroups = new Set<number>();
    const seenLinks = new Set<RawLink>();
    const queue: number[] = [];
    const enqueue = (doc: number, link: RawLink, side: number): void => {
      const sweep = sweepOf(doc);
      const group = sweep.groupOf(link, side);
      if (group < 0) return;
      const key = doc * GROUP_SPAN + group;
      if (seenGroups.has(key)) return;
      seenGroups.add(key);
      queue.push(doc, group);
    };
    enqueue(startDoc, start, 0);
    for (let head = 0; head < queue.length; head += 2) {
      const doc = queue[head];
      const sweep = sweepOf(doc);
      for (const index of sweep.members[queue[head + 1]]) {
        const link = sweep.sides.links[index];
        if (seenLinks.has(link)) continue;
        seenLinks.add(link);
        const side = sweep.sides.which[index];
        const otherDoc = this.source.numOf(side === 0 ? link.b.doc : link.a.doc);
        if (visit(link, doc, otherDoc)) return;
        enqueue(otherDoc, link, 1 - side);
      }
    }
  }
}

/** What the cluster index needs from the reuse index: the current links of a document, and id ↔ number. */
export interface LinkSource {
  linksOf(doc: number): Iterable<RawLink>;
  idOf(doc: number): string;
  numOf(id: string): number;
}

export interface ClusterSession {
  clusterOf(link: RawLink): string;
}

interface Verdict {
  boilerplate: boolean;
  valid: boolean;
}

/** Every link side in one document, in start order. */
interface DocSides {
  links: RawLink[];
  /** 0: the side is the link's `a`, 1: its `b`. */
  which: Uint8Array;
  refs: PassageRef[];
  /** Index of a link's side: `a` at 2 * position, `b` at 2 * position + 1 in `slot`. */
  slot: Map<RawLink, number[]>;
}

interface Sweep {
  sides: DocSides;
  members: number[][];
  groupOf(link: RawLink, side: number): number;
}

// Sweep groups per document stay far below this, so (document, group) packs into one exact number.
const GROUP_SPAN = 1 << 21;

function collectSides(links: Iterable<RawLink>, id: string): DocSides {
  const entries: Array<{ link: RawLink; which: number; ref: PassageRef }> = [];
  for (const link of links) {
    if (link.a.doc === id) entries.push({ link, which: 0, ref: link.a });
    if (link.b.doc === id) entries.push({ link, which: 1, ref: link.b });
  }
  // Sides with equal spans are interchangeable in the sweep, so their relative order does not matter.
  entries.sort((p, q) => p.ref.start - q.ref.start || p.ref.end - q.ref.end);
  const sides: DocSides = { links: [], which: new Uint8Array(entries.length), refs: [], slot: new Map() };
  entries.forEach((e, i) => {
    sides.links.push(e.link);
    sides.which[i] = e.which;
    sides.refs.push(e.ref);
    let slot = sides.slot.get(e.link);
    if (!slot) sides.slot.set(e.link, (slot = [-1, -1]));
    slot[e.which] = i;
  });
  return sides;
}

/** Joins each side (of the links `use` accepts) to the running passage it overlaps by half of the shorter one. */
function sweepSides(sides: DocSides, use: (link: RawLink) => boolean): Sweep {
  const group = new Int32Array(sides.links.length).fill(-1);
  const members: number[][] = [];
  let runStart = -1;
  let runEnd = -1;
  for (let i = 0; i < sides.links.length; i++) {
    if (!use(sides.links[i])) continue;
    const s = sides.refs[i];
    if (members.length > 0 && s.start < runEnd) {
      const overlap = Math.min(runEnd, s.end) - s.start;
      const shorter = Math.min(runEnd - runStart, s.end - s.start);
      if (overlap * 2 >= shorter) {
        group[i] = members.length - 1;
        members[members.length - 1].push(i);
        runEnd = Math.max(runEnd, s.end);
        continue;
      }
    }
    group[i] = members.length;
    members.push([i]);
    runStart = s.start;
    runEnd = s.end;
  }
  return {
    sides,
    members,
    groupOf: (link, side) => {
      const at = sides.slot.get(link)?.[side] ?? -1;
      return at < 0 ? -1 : group[at];
    },
  };
}

export function compareRefs(x: PassageRef, y: PassageRef): number {
  if (x.doc !== y.doc) return x.doc < y.doc ? -1 : 1;
  return x.start - y.start || x.end - y.end;
}
