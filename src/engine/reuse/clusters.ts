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
  // Keyed by (document, copy-sweep group): every side in a boilerplate passage shares its verdict.
  private readonly verdicts = new Map<number, Verdict>();
  private readonly dependents = new Map<number, { list: Verdict[]; limit: number }>();
  private readonly verdictKeys = new Map<number, number[]>();

  constructor(
    private readonly source: LinkSource,
    private readonly boilerplateDocs: number,
    private readonly includeBoilerplate: boolean,
  ) {}

  /** Forgets what depended on a document whose set of links changed (it, or a partner, was edited). */
  touch(doc: number): void {
    this.sidesCache.delete(doc);
    this.copySweeps.delete(doc);
    const deps = this.dependents.get(doc);
    if (deps) for (const verdict of deps.list) verdict.valid = false;
    this.dependents.delete(doc);
    // The document's groups are numbered afresh by its next sweep: its old verdict slots are garbage.
    for (const key of this.verdictKeys.get(doc) ?? []) this.verdicts.delete(key);
    this.verdictKeys.delete(doc);
  }

  /**
   * A partner's links to an edited document were recomputed: when its own sides of them are unchanged (spans and
   * kinds, as after a small edit elsewhere in the edited document), its passages and verdicts still hold and only
   * the link objects are swapped; otherwise it is touched.
   */
  replaceLinks(doc: number, before: readonly RawLink[], after: readonly RawLink[]): void {
    const sides = this.sidesCache.get(doc);
    if (!sides) return this.touch(doc);
    const id = this.source.idOf(doc);
    const key = (l: RawLink) => {
      const ref = l.a.doc === id ? l.a : l.b;
      return `${ref.start}:${ref.end}:${l.kind}:${l.a.doc === id ? 0 : 1}`;
    };
    if (before.length !== after.length) return this.touch(doc);
    if (before.every((l, i) => l === after[i])) return;
    const byKey = (links: readonly RawLink[]) => links.map((l) => ({ l, k: key(l) })).sort((p, q) => (p.k < q.k ? -1 : p.k > q.k ? 1 : 0));
    const keyedOld = byKey(before);
    const keyedNew = byKey(after);
    for (let i = 0; i < keyedOld.length; i++) if (keyedOld[i].k !== keyedNew[i].k) return this.touch(doc);
    const old = keyedOld.map((e) => e.l);
    const neu = keyedNew.map((e) => e.l);
    for (let i = 0; i < old.length; i++) {
      const atA = sides.slotA.get(old[i]);
      const atB = sides.slotB.get(old[i]);
      if (atA === undefined && atB === undefined) return this.touch(doc);
      for (const [slot, at] of [[sides.slotA, atA], [sides.slotB, atB]] as const) {
        if (at === undefined) continue;
        slot.delete(old[i]);
        slot.set(neu[i], at);
        sides.links[at] = neu[i];
        sides.refs[at] = sides.which[at] === 0 ? neu[i].a : neu[i].b;
      }
    }
  }

  /** `via`, a document of the link, picks the side to start from: one whose document is likely swept already. */
  isBoilerplate(link: RawLink, via = this.source.numOf(link.a.doc)): boolean {
    if (link.kind === 'restated') return false;
    const side = link.a.doc === this.source.idOf(via) ? 0 : 1;
    const cached = this.verdicts.get(via * GROUP_SPAN + this.copySweep(via).groupOf(link, side));
    if (cached?.valid) return cached.boilerplate;
    return this.walkCopies(link, via, side);
  }

  /** True when the link is reported (boilerplate is reported only when included). */
  isShown(link: RawLink, via?: number): boolean {
    return this.includeBoilerplate || !this.isBoilerplate(link, via);
  }

  /** A session names clusters for one answer; it memoises per-document sweeps of the shown links. */
  session(): ClusterSession {
    const sweeps = new Map<number, Sweep>();
    const names = new Map<RawLink, string>();
    const sweepOf = (doc: number) => {
      let sweep = sweeps.get(doc);
      if (!sweep) sweeps.set(doc, (sweep = sweepSides(this.sides(doc), (l) => this.isShown(l, doc))));
      return sweep;
    };
    return {
      clusterOf: (link: RawLink, via = this.source.numOf(link.a.doc)): string => {
        let name = names.get(link);
        if (name === undefined) {
          const members: RawLink[] = [];
          let earliest: PassageRef | undefined;
          this.walk(link, via, link.a.doc === this.source.idOf(via) ? 0 : 1, sweepOf, (l) => {
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
  private walkCopies(link: RawLink, doc: number, side: number): boolean {
    const docs = new Set<number>();
    let boilerplate = false;
    const groups = this.walk(link, doc, side, (d) => this.copySweep(d), (l, doc, otherDoc) => {
      docs.add(doc);
      docs.add(otherDoc);
      if (l.saturated || docs.size > this.boilerplateDocs) boilerplate = true;
      return boilerplate;
    });
    const verdict: Verdict = { boilerplate, valid: true };
    for (const group of groups) {
      const known = this.verdicts.has(group);
      this.verdicts.set(group, verdict);
      if (known) continue;
      const doc = Math.floor(group / GROUP_SPAN);
      let keys = this.verdictKeys.get(doc);
      if (!keys) this.verdictKeys.set(doc, (keys = []));
      keys.push(group);
    }
    for (const doc of docs) {
      let deps = this.dependents.get(doc);
      if (!deps) this.dependents.set(doc, (deps = { list: [], limit: 64 }));
      if (deps.list.length >= deps.limit) {
        // Verdicts replaced after other documents changed pile up here; drop them now and then.
        deps.list = deps.list.filter((v) => v.valid);
        deps.limit = Math.max(64, 2 * deps.list.length);
      }
      deps.list.push(verdict);
    }
    return boilerplate;
  }

  /**
   * Breadth-first over the passages (sweep groups) of the component holding `start`. `visit` gets each link once
   * with the numbers of its two documents; true stops the walk. Returns the (document, group) keys reached.
   */
  private walk(start: RawLink, startDoc: number, startSide: number, sweepOf: (doc: number) => Sweep, visit: (link: RawLink, doc: number, otherDoc: number) => boolean): Set<number> {
    const seenGroups = new Set<number>();
    const seenLinks = new Set<RawLink>();
    // Pending (document, link, side) triples: a side's group is looked up only when reached, so that a walk that
    // stops early never sweeps the documents at its frontier.
    const queue: Array<number | RawLink> = [startDoc, start, startSide];
    for (let head = 0; head < queue.length; head += 3) {
      const doc = queue[head] as number;
      const sweep = sweepOf(doc);
      const group = sweep.groupOf(queue[head + 1] as RawLink, queue[head + 2] as number);
      if (group < 0) continue;
      const key = doc * GROUP_SPAN + group;
      if (seenGroups.has(key)) continue;
      seenGroups.add(key);
      const to = group + 1 < sweep.starts.length ? sweep.starts[group + 1] : sweep.group.length;
      for (let index = sweep.starts[group]; index < to; index++) {
        if (sweep.group[index] !== group) continue;
        const link = sweep.sides.links[index];
        if (seenLinks.has(link)) continue;
        seenLinks.add(link);
        const side = sweep.sides.which[index];
        const otherDoc = this.source.numOf(side === 0 ? link.b.doc : link.a.doc);
        if (visit(link, doc, otherDoc)) return seenGroups;
        queue.push(otherDoc, link, 1 - side);
      }
    }
    return seenGroups;
  }
}

/** What the cluster index needs from the reuse index: the current links of a document, and id ↔ number. */
export interface LinkSource {
  linksOf(doc: number): Iterable<RawLink>;
  idOf(doc: number): string;
  numOf(id: string): number;
}

export interface ClusterSession {
  /** `via`: a document of the link whose links are likely swept already. */
  clusterOf(link: RawLink, via?: number): string;
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
  /**
   * Index of a link's `a` side and of its `b` side, when in this document. Two maps of numbers rather than one map
   * of pairs: a link has one side in most documents, and a pair array per side costs some 60 bytes.
   */
  slotA: Map<RawLink, number>;
  slotB: Map<RawLink, number>;
}

/**
 * Passages of one document: `group` per side (-1 for sides not swept). A group's sides are consecutive among the
 * swept ones, so a group is stored as its first side, not as a list per group.
 */
interface Sweep {
  sides: DocSides;
  group: Int32Array;
  starts: number[];
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
  const sides: DocSides = { links: [], which: new Uint8Array(entries.length), refs: [], slotA: new Map(), slotB: new Map() };
  entries.forEach((e, i) => {
    sides.links.push(e.link);
    sides.which[i] = e.which;
    sides.refs.push(e.ref);
    (e.which === 0 ? sides.slotA : sides.slotB).set(e.link, i);
  });
  return sides;
}

/** Joins each side (of the links `use` accepts) to the running passage it overlaps by half of the shorter one. */
function sweepSides(sides: DocSides, use: (link: RawLink) => boolean): Sweep {
  const group = new Int32Array(sides.links.length).fill(-1);
  const starts: number[] = [];
  let runStart = -1;
  let runEnd = -1;
  for (let i = 0; i < sides.links.length; i++) {
    if (!use(sides.links[i])) continue;
    const s = sides.refs[i];
    if (starts.length > 0 && s.start < runEnd) {
      const overlap = Math.min(runEnd, s.end) - s.start;
      const shorter = Math.min(runEnd - runStart, s.end - s.start);
      if (overlap * 2 >= shorter) {
        group[i] = starts.length - 1;
        runEnd = Math.max(runEnd, s.end);
        continue;
      }
    }
    group[i] = starts.length;
    starts.push(i);
    runStart = s.start;
    runEnd = s.end;
  }
  return {
    sides,
    group,
    starts,
    groupOf: (link, side) => {
      const at = (side === 0 ? sides.slotA : sides.slotB).get(link) ?? -1;
      return at < 0 ? -1 : group[at];
    },
  };
}

export function compareRefs(x: PassageRef, y: PassageRef): number {
  if (x.doc !== y.doc) return x.doc < y.doc ? -1 : 1;
  return x.start - y.start || x.end - y.end;
}
