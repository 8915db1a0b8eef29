import type { EntityMention, EntityMerge, EntityRecord } from '../types';
import { describeName, NameIndex, type NameEntry } from './clusters';
import { CorpusTallies, mostFrequent, type Tally } from './tally';

/** A group's record as last built, reused while its members and their counts stay the same. */
interface Built {
  members: readonly NameEntry[];
  record: EntityRecord;
}

/** What the last merge produced, kept so the next one redoes only what an edit touched. */
interface State {
  tallyVersion: number;
  namesVersion: number;
  merge: EntityMerge;
  /** By the id of each group's root (its alphabetically first member). */
  built: Map<string, Built>;
  rootById: Map<string, string>;
  /** Members merged into another id; shared with `merge.canonical`, so copied before any change. */
  canonicalOf: Map<string, string>;
}

function canonicalFrom(canonicalOf: ReadonlyMap<string, string>): (id: string) => string {
  return (id) => canonicalOf.get(id) ?? id;
}

function byMentions(a: EntityRecord, b: EntityRecord): number {
  return b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A corpus merger that remembers each document's contribution: called again after an edit, it counts only the
 * changed documents, re-examines only the names they touched and rebuilds only the records of changed groups.
 * Spelling variants (transliteration skeleton, or Jaro-Winkler on the surname under the same first name) are
 * merged, then short person names ("Putin") into the one full name that ends with them; a short name shared by
 * two full names stays on its own. The result depends only on the documents given, never on their history.
 */
export function createEntityMerger(): (docs: ReadonlyMap<string, readonly EntityMention[]>) => EntityMerge {
  const tallies = new CorpusTallies();
  const names = new NameIndex();
  let state: State | undefined;
  const tallyOf = (e: NameEntry) => tallies.get(e.id)!;

  return (docs) => {
    tallies.update(docs);
    if (state && state.tallyVersion === tallies.version) return state.merge;
    const changed = tallies.takeChanged();
    for (const id of changed) {
      const t = tallies.get(id);
      if (!t) {
        names.remove(id);
        continue;
      }
      const name = mostFrequent(t.names);
      if (names.get(id)?.name !== name) names.put(describeName(id, t.type, name));
    }
    state = state && state.namesVersion === names.version ? recount(state, changed, tallyOf) : regroup(state, names, changed, tallyOf);
    state.tallyVersion = tallies.version;
    return state.merge;
  };
}

/** Merges the entities of every document at once, remembering nothing. */
export function mergeEntities(docs: ReadonlyMap<string, readonly EntityMention[]>): EntityMerge {
  return createEntityMerger()(docs);
}

/** Same names, new counts: the groups stand, and only the records of groups with a changed member are rebuilt. */
function recount(prev: State, changed: ReadonlySet<string>, tallyOf: (e: NameEntry) => Tally): State {
  const roots = new Set<string>();
  for (const id of changed) {
    const root = prev.rootById.get(id);
    if (root !== undefined) roots.add(root);
  }
  const records = prev.merge.records.slice();
  const built = prev.built;
  let canonicalOf = prev.canonicalOf;
  for (const root of roots) {
    const old = built.get(root)!;
    const b = build(old.members, tallyOf);
    built.set(root, b);
    // New counts can make another member the group's representative.
    if (b.record.id !== old.record.id) {
      if (canonicalOf === prev.canonicalOf) canonicalOf = new Map(canonicalOf);
      for (const m of b.members) {
        if (m.id === b.record.id) canonicalOf.delete(m.id);
        else canonicalOf.set(m.id, b.record.id);
      }
    }
    records.splice(locate(records, old.record), 1);
    records.splice(insertionPoint(records, b.record), 0, b.record);
  }
  const canonical = canonicalOf === prev.canonicalOf ? prev.merge.canonical : canonicalFrom(canonicalOf);
  return { ...prev, built, canonicalOf, merge: { records, canonical } };
}

/** Names came or went: the partition is computed again; records of unchanged groups are reused. */
function regroup(prev: State | undefined, names: NameIndex, changed: ReadonlySet<string>, tallyOf: (e: NameEntry) => Tally): State {
  const { ordered, rootOf } = names.partition();
  const groups = new Map<number, NameEntry[]>();
  for (let k = 0; k < ordered.length; k++) {
    const root = rootOf[k];
    if (root === k) continue;
    const g = groups.get(root);
    if (g) g.push(ordered[k]);
    else groups.set(root, [ordered[root], ordered[k]]);
  }
  const canonicalOf = new Map<string, string>();
  const rootById = new Map<string, string>();
  const records: EntityRecord[] = [];
  const built = new Map<string, Built>();
  for (let k = 0; k < ordered.length; k++) {
    const rootId = ordered[rootOf[k]].id;
    rootById.set(ordered[k].id, rootId);
    if (rootOf[k] !== k) continue;
    const members = groups.get(k) ?? [ordered[k]];
    const old = prev?.built.get(rootId);
    const b = old && sameMembers(old.members, members) && !members.some((m) => changed.has(m.id)) ? old : build(members, tallyOf);
    built.set(rootId, b);
    records.push(b.record);
    if (members.length > 1) for (const m of members) if (m.id !== b.record.id) canonicalOf.set(m.id, b.record.id);
  }
  records.sort(byMentions);
  return { tallyVersion: -1, namesVersion: names.version, built, rootById, canonicalOf, merge: { records, canonical: canonicalFrom(canonicalOf) } };
}

function sameMembers(a: readonly NameEntry[], b: readonly NameEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** First index whose record sorts at or after `r`. */
function insertionPoint(records: readonly EntityRecord[], r: EntityRecord): number {
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byMentions(records[mid], r) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function locate(records: readonly EntityRecord[], r: EntityRecord): number {
  const k = insertionPoint(records, r);
  if (records[k] !== r) throw new Error(`entity record ${r.id} is not where its counts place it`);
  return k;
}

/** One record per group, named after its fullest, most mentioned member. */
function build(members: readonly NameEntry[], tallyOf: (e: NameEntry) => Tally): Built {
  const rep = members.length === 1 ? members[0] : [...members].sort((a, b) => b.words - a.words || tallyOf(b).mentions - tallyOf(a).mentions || (a.id < b.id ? -1 : 1))[0];
  let surfaces = tallyOf(rep).surfaces;
  let mentions = tallyOf(rep).mentions;
  if (members.length > 1) {
    surfaces = new Map();
    mentions = 0;
    for (const m of members) {
      const t = tallyOf(m);
      mentions += t.mentions;
      for (const [s, n] of t.surfaces) surfaces.set(s, (surfaces.get(s) ?? 0) + n);
    }
  }
  const aliases = [...surfaces.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
  return { members, record: { id: rep.id, name: rep.name, type: rep.type, aliases, mentions } };
}
