import type { EntityMention, EntityMerge, EntityRecord } from '../types';
import { blankEntry, builtMembers, NameIndex, type NameEntry } from './clusters';
import { CorpusTallies, countEntries, mostFrequent } from './tally';

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
  // An id's tally and its name entry are one object (see `NameEntry`).
  const tallies = new CorpusTallies<NameEntry>(blankEntry);
  const names = new NameIndex();
  let state: State | undefined;

  return (docs) => {
    tallies.update(docs);
    if (state && state.tallyVersion === tallies.version) return state.merge;
    const changed = tallies.takeChanged();
    // Groups that held a changed name before this merge: their records are rebuilt if the partition moves.
    const formerRoots = new Set<NameEntry>();
    for (const [id, e] of changed) {
      if (e.indexed && e.root) formerRoots.add(e.root);
      if (tallies.get(id) !== e) {
        names.remove(e);
        continue;
      }
      const name = mostFrequent(e.names);
      if (!e.indexed || e.name !== name) names.put(e, name);
    }
    const entries = [...changed.values()];
    state = state && state.namesVersion === names.version ? recount(state, entries) : state ? regroup(state, names, entries, formerRoots) : groupAll(names);
    state.tallyVersion = tallies.version;
    return state.merge;
  };
}

/** Merges the entities of every document at once, remembering nothing. */
export function mergeEntities(docs: ReadonlyMap<string, readonly EntityMention[]>): EntityMerge {
  return createEntityMerger()(docs);
}

/** Same names, new counts: the groups stand, and only the records of groups with a changed member are rebuilt. */
function recount(prev: State, changed: readonly NameEntry[]): State {
  const roots = new Set<NameEntry>();
  for (const e of changed) if (e.indexed && e.root) roots.add(e.root);
  const records = prev.merge.records.slice();
  let canonicalOf = prev.canonicalOf;
  for (const root of roots) {
    const old = root.record!;
    const group = builtMembers(root);
    const record = build(group);
    root.record = record;
    // New counts can make another member the group's representative.
    if (record.id !== old.id) {
      if (canonicalOf === prev.canonicalOf) canonicalOf = new Map(canonicalOf);
      for (const m of group) {
        if (m.id === record.id) canonicalOf.delete(m.id);
        else canonicalOf.set(m.id, record.id);
      }
    }
    records.splice(locate(records, old), 1);
    records.splice(insertionPoint(records, record), 0, record);
  }
  const canonical = canonicalOf === prev.canonicalOf ? prev.merge.canonical : canonicalFrom(canonicalOf);
  return { ...prev, canonicalOf, merge: { records, canonical } };
}

/**
 * Names came or went: the partition is computed again, and only the groups that gained, lost or changed a member
 * get new records; every other record stays where it was in the sorted list.
 */
function regroup(prev: State, names: NameIndex, changed: readonly NameEntry[], formerRoots: Set<NameEntry>): State {
  const { ordered, moved } = names.partition();
  const dirty = new Set<NameEntry>();
  for (const [entry, former] of moved) {
    dirty.add(entry.root!);
    if (former) formerRoots.add(former);
  }
  for (const e of changed) if (e.indexed) dirty.add(e.root!);
  const stale = new Set<EntityRecord>();
  const canonicalOf = new Map(prev.canonicalOf);
  for (const former of formerRoots) {
    if (former.record) {
      stale.add(former.record);
      for (const m of builtMembers(former)) canonicalOf.delete(m.id);
      former.record = undefined;
      former.members = undefined;
    }
    // A former root still in the index and still a root has a group to rebuild.
    if (former.indexed && former.root === former) dirty.add(former);
  }
  for (const root of dirty) {
    if (!root.record) continue;
    stale.add(root.record);
    for (const m of builtMembers(root)) canonicalOf.delete(m.id);
  }
  const members = new Map<NameEntry, NameEntry[]>();
  for (const root of dirty) members.set(root, []);
  for (const e of ordered) members.get(e.root!)?.push(e);
  const fresh: EntityRecord[] = [];
  for (const [root, group] of members) {
    const record = keep(root, group);
    fresh.push(record);
    if (group.length > 1) for (const m of group) if (m.id !== record.id) canonicalOf.set(m.id, record.id);
  }
  fresh.sort(byMentions);
  const records = mergeSorted(prev.merge.records.filter((r) => !stale.has(r)), fresh);
  return { tallyVersion: -1, namesVersion: names.version, canonicalOf, merge: { records, canonical: canonicalFrom(canonicalOf) } };
}

/** The first merge: every group built from scratch. */
function groupAll(names: NameIndex): State {
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
    const record = keep(ordered[k], members);
    records.push(record);
    if (members.length > 1) for (const m of members) if (m.id !== record.id) canonicalOf.set(m.id, record.id);
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

/** Builds a group's record and keeps it on the root with its members (a group of one keeps no member list). */
function keep(root: NameEntry, members: readonly NameEntry[]): EntityRecord {
  root.record = build(members);
  root.members = members.length > 1 ? members : undefined;
  return root.record;
}

/** One record per group, named after its fullest, most mentioned member. */
function build(members: readonly NameEntry[]): EntityRecord {
  const rep = members.length === 1 ? members[0] : [...members].sort((a, b) => b.words - a.words || b.mentions - a.mentions || (a.id < b.id ? -1 : 1))[0];
  const t = rep;
  let aliases: string[];
  let mentions = t.mentions;
  if (members.length > 1) {
    const merged = new Map<string, number>();
    mentions = 0;
    for (const m of members) {
      mentions += m.mentions;
      for (const [s, n] of countEntries(m.surfaces, m.mentions)) merged.set(s, (merged.get(s) ?? 0) + n);
    }
    aliases = sortedKeys([...merged]);
  } else {
    aliases = typeof t.surfaces === 'string' ? [t.surfaces] : sortedKeys(countEntries(t.surfaces, t.mentions));
  }
  return { id: rep.id, name: rep.name, type: rep.type, aliases, mentions };
}

/** The keys, most counted first, ties alphabetically. */
function sortedKeys(counts: Array<[string, number]>): string[] {
  return counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
}
