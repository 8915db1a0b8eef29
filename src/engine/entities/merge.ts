import type { EntityMention, EntityMerge, EntityRecord } from '../types';
import { describeName, NameIndex, type NameEntry } from './clusters';
import { CorpusTallies, countEntries, mostFrequent, type Tally } from './tally';

type Built = NonNullable<NameEntry['built']>;

/** What the last merge produced, kept so the next one redoes only what an edit touched. */
interface State {
  tallyVersion: number;
  namesVersion: number;
  merge: EntityMerge;
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
    // Groups that held a changed name before this merge: their records are rebuilt if the partition moves.
    const formerRoots = new Set<NameEntry>();
    for (const id of changed) {
      const former = names.get(id)?.root;
      if (former) formerRoots.add(former);
      const t = tallies.get(id);
      if (!t) {
        names.remove(id);
        continue;
      }
      const name = mostFrequent(t.names);
      if (names.get(id)?.name !== name) names.put(describeName(id, t.type, name));
    }
    state = state && state.namesVersion === names.version ? recount(state, names, changed, tallyOf) : state ? regroup(state, names, changed, formerRoots, tallyOf) : groupAll(names, tallyOf);
    state.tallyVersion = tallies.version;
    return state.merge;
  };
}

/** Merges the entities of every document at once, remembering nothing. */
export function mergeEntities(docs: ReadonlyMap<string, readonly EntityMention[]>): EntityMerge {
  return createEntityMerger()(docs);
}

/** Same names, new counts: the groups stand, and only the records of groups with a changed member are rebuilt. */
function recount(prev: State, names: NameIndex, changed: ReadonlySet<string>, tallyOf: (e: NameEntry) => Tally): State {
  const roots = new Set<NameEntry>();
  for (const id of changed) {
    const root = names.get(id)?.root;
    if (root) roots.add(root);
  }
  const records = prev.merge.records.slice();
  let canonicalOf = prev.canonicalOf;
  for (const root of roots) {
    const old = root.built!;
    const b = build(old.members, tallyOf);
    root.built = b;
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
  return { ...prev, canonicalOf, merge: { records, canonical } };
}

/**
 * Names came or went: the partition is computed again, and only the groups that gained, lost or changed a member
 * get new records; every other record stays where it was in the sorted list.
 */
function regroup(prev: State, names: NameIndex, changed: ReadonlySet<string>, formerRoots: Set<NameEntry>, tallyOf: (e: NameEntry) => Tally): State {
  const { ordered, moved } = names.partition();
  const dirty = new Set<NameEntry>();
  for (const [entry, former] of moved) {
    dirty.add(entry.root!);
    if (former) formerRoots.add(former);
  }
  for (const id of changed) {
    const e = names.get(id);
    if (e) dirty.add(e.root!);
  }
  const stale = new Set<EntityRecord>();
  const canonicalOf = new Map(prev.canonicalOf);
  for (const former of formerRoots) {
    if (former.built) {
      stale.add(former.built.record);
      for (const m of former.built.members) canonicalOf.delete(m.id);
      former.built = undefined;
    }
    // A former root still in the index and still a root has a group to rebuild.
    if (names.get(former.id) === former && former.root === former) dirty.add(former);
  }
  for (const root of dirty) {
    if (!root.built) continue;
    stale.add(root.built.record);
    for (const m of root.built.members) canonicalOf.delete(m.id);
  }
  const members = new Map<NameEntry, NameEntry[]>();
  for (const root of dirty) members.set(root, []);
  for (const e of ordered) members.get(e.root!)?.push(e);
  const fresh: EntityRecord[] = [];
  for (const [root, group] of members) {
    const b = build(group, tallyOf);
    root.built = b;
    fresh.push(b.record);
    if (group.length > 1) for (const m of group) if (m.id !== b.record.id) canonicalOf.set(m.id, b.record.id);
  }
  fresh.sort(byMentions);
  const records = mergeSorted(prev.merge.records.filter((r) => !stale.has(r)), fresh);
  return { tallyVersion: -1, namesVersion: names.version, canonicalOf, merge: { records, canonical: canonicalFrom(canonicalOf) } };
}

/** The first merge: every group built from scratch. */
function groupAll(names: NameIndex, tallyOf: (e: NameEntry) => Tally): State {
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
  const records: EntityRecord[] = [];
  for (let k = 0; k < ordered.length; k++) {
    if (rootOf[k] !== k) continue;
    const members = groups.get(k) ?? [ordered[k]];
    const b = build(members, tallyOf);
    ordered[k].built = b;
    records.push(b.record);
    if (members.length > 1) for (const m of members) if (m.id !== b.record.id) canonicalOf.set(m.id, b.record.id);
  }
  records.sort(byMentions);
  return { tallyVersion: -1, namesVersion: names.version, canonicalOf, merge: { records, canonical: canonicalFrom(canonicalOf) } };
}

function mergeSorted(a: readonly EntityRecord[], b: readonly EntityRecord[]): EntityRecord[] {
  const out: EntityRecord[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byMentions(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
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
  let surfaces = countEntries(tallyOf(rep).surfaces);
  let mentions = tallyOf(rep).mentions;
  if (members.length > 1) {
    const merged = new Map<string, number>();
    mentions = 0;
    for (const m of members) {
      const t = tallyOf(m);
      mentions += t.mentions;
      for (const [s, n] of countEntries(t.surfaces)) merged.set(s, (merged.get(s) ?? 0) + n);
    }
    surfaces = [...merged];
  }
  const aliases = surfaces.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
  return { members, record: { id: rep.id, name: rep.name, type: rep.type, aliases, mentions } };
}
