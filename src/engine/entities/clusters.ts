import { JaroWinklerDistance } from 'natural/lib/natural/distance';
import type { EntityRecord, EntityType } from '../types';
import { skeleton } from './names';
import type { Tally } from './tally';

/** Surnames this similar (Jaro-Winkler) under the same first name are one person: "Zelensky"/"Zelenskyy". */
const SURNAME_SIMILARITY = 0.92;
/** Shorter names are too easily confused to merge by spelling alone. */
const MIN_VARIANT_CHARS = 4;
/**
 * Spelling is compared only within a block: same first name, word count and first two letters of the surname.
 * Real blocks hold a handful of names; a block grown past this size (a hostile corpus of "John Sm...") is not
 * compared at all, which keeps the work linear and the result independent of the order documents came in.
 */
const MAX_BLOCK = 48;
/** Past this many changes between two partitions, sorting all names again beats inserting each in place. */
const MAX_SPLICES = 64;

/**
 * One document-level entity id as clustering sees it. It is also the id's corpus tally: one object and one map
 * entry per id instead of two of each, at 400k ids for 10k articles.
 */
export interface NameEntry extends Tally {
  /** True while the entry is in a `NameIndex`, under `name`. */
  indexed: boolean;
  name: string;
  words: number;
  /** Type, transliteration skeleton of every word and the numbers: spellings with one key are one entity. */
  variantKey?: string;
  /** Persons of two words or more: the comparison block (first name, word count, surname's first letters). */
  block?: string;
  /** Skeleton of a person's last word (for a one-word person, of that word); a product's designation. */
  surnameKey?: string;
  /** A blocked person's lower-case surname, kept from its first comparison on (most blocks hold one name). */
  surname?: string;
  /** Entries whose surname is close enough (Jaro-Winkler) to this one's. */
  similar: Set<NameEntry> | undefined;
  /** Position in id order, refreshed before every union-find pass; -1 while not in the order. */
  index: number;
  /** The group's root (its alphabetically first member), set by `partition`. */
  root?: NameEntry;
  /** On a root: its group's record as last built, reused while members and counts stay the same. */
  record?: EntityRecord;
  /** On a root with a record: the members it was built from, when more than the root itself (see `builtMembers`). */
  members?: readonly NameEntry[];
}

/** The members a root's record was built from: a group of one keeps no list, most groups being one name. */
export function builtMembers(root: NameEntry): readonly NameEntry[] {
  return root.members ?? [root];
}

/** An id's entry before it has counts or a name: every field set up front, as one object shape keeps passes fast. */
export function blankEntry(id: string, type: EntityType): NameEntry {
  return {
    id,
    type,
    names: undefined,
    surfaces: undefined,
    mentions: 0,
    indexed: false,
    name: '',
    words: 0,
    variantKey: undefined,
    block: undefined,
    surnameKey: undefined,
    surname: undefined,
    // Most names resemble no other: the set is made on the first link, a Set per name being costly at 10k articles.
    similar: undefined,
    index: -1,
    root: undefined,
    record: undefined,
    members: undefined,
  };
}

/** Sets the keys `e` is compared and grouped by from its (new) name. */
function describe(e: NameEntry, name: string): void {
  const parts = name.split(/\s+/).filter(Boolean);
  const type = e.type;
  e.name = name;
  e.words = parts.length;
  e.variantKey = undefined;
  e.block = undefined;
  e.surnameKey = undefined;
  e.surname = undefined;
  // Digits are part of the key: "Zapad-2021" and "Zapad-2025", "S-300" and "S-400" are different things.
  const digits = name.match(/\d+/g)?.join('-') ?? '';
  if (name.length >= MIN_VARIANT_CHARS) e.variantKey = flat(`${type}|${parts.map(skeleton).join(' ')}|${digits}`);
  if (type === 'product') {
    // "S-400" joins "S-400 Triumf", "TB2" joins "Bayraktar TB2": a designation names the one product it is part of.
    const designation = parts.find((p) => /\d/.test(p));
    if (designation) e.surnameKey = `product|${designation.toLowerCase()}`;
    return;
  }
  if (type !== 'person') return;
  const surname = parts[parts.length - 1]?.toLowerCase() ?? '';
  e.surnameKey = skeleton(surname);
  if (parts.length >= 2 && !digits) {
    e.block = flat(`${parts[0].toLowerCase()}|${parts.length}|${surname.normalize('NFD').slice(0, 2)}`);
  }
}

/**
 * A flat copy of a key built by concatenation. V8 keeps a concatenation as a tree of its parts, about three times
 * the size of the text, and hashing it as a map key does not flatten it; an index keeps 400k keys at 10k articles.
 */
function flat(key: string): string {
  // NFC of an NFC string is an equal flat string; a key that is not NFC keeps its own representation.
  const f = key.normalize();
  return f === key ? f : key;
}

function surnameOf(e: NameEntry): string {
  if (e.surname !== undefined) return e.surname;
  const parts = e.name.split(/\s+/).filter(Boolean);
  return (e.surname = parts[parts.length - 1].toLowerCase());
}

/**
 * Letter counts (a-z, then everything else) written into `counts`. They are counted for each comparison rather
 * than kept: an array per name costs about 200 bytes, counting a surname costs less than the bound saves.
 */
function letterCounts(s: string, counts: Uint8Array): Uint8Array {
  counts.fill(0);
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k) - 97;
    const slot = c >= 0 && c < 26 ? c : 26;
    if (counts[slot] < 255) counts[slot]++;
  }
  return counts;
}

/**
 * An upper bound of the Jaro-Winkler similarity from letter counts and the common prefix: no more characters can
 * match than the two names share, and transpositions only lower the score.
 */
function similarityBound(sa: string, sb: string, x: Uint8Array, y: Uint8Array): number {
  // Counts stop at 255: past that the bound would be too low, so it gives way to the real comparison.
  if (sa.length > 255 || sb.length > 255) return 1;
  letterCounts(sa, x);
  letterCounts(sb, y);
  let shared = 0;
  for (let k = 0; k < 27; k++) shared += x[k] < y[k] ? x[k] : y[k];
  const jaro = (shared / sa.length + shared / sb.length + 1) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < sa.length && sa[prefix] === sb[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * A key's entries: one entry alone, or a set once there are two. Almost every key (a spelling, a surname) has one
 * entry, and a Set for each of half a million names costs more than the names themselves.
 */
type Bucket<V> = V | Set<V>;

/** Adds `value` under `key`; returns the key's set when it now holds two entries or more. */
function addTo<V extends object>(map: Map<string, Bucket<V>>, key: string, value: V): Set<V> | undefined {
  const b = map.get(key);
  if (b === undefined || b === value) {
    map.set(key, value);
    return undefined;
  }
  if (b instanceof Set) return b.add(value);
  const set = new Set([b, value]);
  map.set(key, set);
  return set;
}

/** Removes `value` from `key`; returns the set it was in (one entry left becomes a bucket of its own again). */
function removeFrom<V extends object>(map: Map<string, Bucket<V>>, key: string, value: V): Set<V> | undefined {
  const b = map.get(key);
  if (!(b instanceof Set)) {
    if (b === value) map.delete(key);
    return undefined;
  }
  b.delete(value);
  if (b.size === 1) map.set(key, b.values().next().value!);
  else if (b.size === 0) map.delete(key);
  return b;
}

function members<V extends object>(b: Bucket<V> | undefined): Iterable<V> {
  return b === undefined ? [] : b instanceof Set ? b : [b];
}

/**
 * The names of the corpus indexed for merging, kept up to date entry by entry so an edit re-examines only the
 * names it touched. `partition` then groups every entry in one linear pass.
 */
export class NameIndex {
  /**
   * Entries sorted by id: union-find keeps the alphabetically first id of a group as its root. During a bulk load
   * entries are appended unsorted, and removed ones stay (not `indexed`) until the next partition sorts.
   */
  private order: NameEntry[] = [];
  /** Changes since the last partition; past a few, the order is sorted again rather than spliced. */
  private changes = 0;
  private resort = false;
  /** Bumped by every put and remove: an unchanged version means an unchanged partition. */
  version = 0;
  private readonly variants = new Map<string, Bucket<NameEntry>>();
  private readonly blocks = new Map<string, Bucket<NameEntry>>();
  /** Full person names by the skeleton of their last word. */
  private readonly fullBySurname = new Map<string, Bucket<NameEntry>>();
  private readonly singles = new Set<NameEntry>();
  /** Variant keys shared by two entries or more, and entries with a similar surname: the only links to follow. */
  private readonly sharedVariants = new Set<Set<NameEntry>>();
  private readonly linked = new Set<NameEntry>();
  /** Scratch letter counts for `compare`. */
  private readonly lettersA = new Uint8Array(27);
  private readonly lettersB = new Uint8Array(27);

  /** True while splicing keeps `order` sorted; a bulk load (a first merge) sorts once instead. */
  private ordered(): boolean {
    if (this.resort || ++this.changes <= MAX_SPLICES) return !this.resort;
    this.resort = true;
    return false;
  }

  /** Indexes `e` under `name`, taking it out from under its former name first. */
  put(e: NameEntry, name: string): void {
    if (e.indexed) this.remove(e);
    describe(e, name);
    e.indexed = true;
    this.version++;
    if (this.ordered()) {
      this.order.splice(this.position(e.id), 0, e);
      e.index = 0;
    } else if (e.index < 0) {
      this.order.push(e);
      e.index = 0;
    }
    if (e.variantKey !== undefined) {
      const set = addTo(this.variants, e.variantKey, e);
      if (set) this.sharedVariants.add(set);
    }
    if (e.surnameKey !== undefined) {
      if (e.words >= 2) addTo(this.fullBySurname, e.surnameKey, e);
      else if (e.words === 1) this.singles.add(e);
    }
    if (e.block === undefined) return;
    const block = addTo(this.blocks, e.block, e);
    if (!block) return;
    if (block.size === MAX_BLOCK + 1) for (const o of block) this.unlinkAll(o);
    else if (block.size <= MAX_BLOCK) for (const o of block) if (o !== e) this.compare(o, e);
  }

  remove(e: NameEntry): void {
    if (!e.indexed) return;
    e.indexed = false;
    // As a new entry would, it comes back with no group: the next partition reports it as moved.
    e.root = undefined;
    this.version++;
    if (this.ordered()) {
      this.order.splice(this.position(e.id), 1);
      e.index = -1;
    }
    if (e.variantKey !== undefined) {
      const set = removeFrom(this.variants, e.variantKey, e);
      if (set && set.size < 2) this.sharedVariants.delete(set);
    }
    if (e.surnameKey !== undefined) {
      removeFrom(this.fullBySurname, e.surnameKey, e);
      this.singles.delete(e);
    }
    this.unlinkAll(e);
    if (e.block === undefined) return;
    const block = removeFrom(this.blocks, e.block, e);
    // Back within size: the block's pairs are compared again, as if it had never grown.
    if (block?.size === MAX_BLOCK) {
      const members = [...block];
      for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) this.compare(members[a], members[b]);
    }
  }

  /**
   * Groups of entries that are one entity: sets every entry's `root`, and returns the entries whose root changed
   * since the last partition with their former root (undefined for a new entry).
   */
  partition(): { ordered: readonly NameEntry[]; rootOf: Int32Array; moved: Array<[NameEntry, NameEntry | undefined]> } {
    if (this.resort) {
      for (const e of this.order) if (!e.indexed) e.index = -1;
      this.order = this.order.filter((e) => e.indexed).sort((a, b) => (a.id < b.id ? -1 : 1));
    }
    this.resort = false;
    this.changes = 0;
    const order = this.order;
    for (let k = 0; k < order.length; k++) order[k].index = k;
    const parent = new Int32Array(order.length);
    for (let k = 0; k < parent.length; k++) parent[k] = k;
    const find = (x: number): number => {
      let root = x;
      while (parent[root] !== root) root = parent[root];
      while (parent[x] !== root) {
        const next = parent[x];
        parent[x] = root;
        x = next;
      }
      return root;
    };
    const union = (a: number, b: number) => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    };
    for (const set of this.sharedVariants) {
      let first = -1;
      for (const e of set) first < 0 ? (first = e.index) : union(first, e.index);
    }
    for (const e of this.linked) for (const o of e.similar ?? []) union(e.index, o.index);
    // A one-word person ("Putin") joins the single full name (or its variants) that ends with it; a bare
    // designation the single product named with it.
    for (const single of this.singles) {
      const fulls = this.fullBySurname.get(single.surnameKey!);
      if (!fulls) continue;
      let root = -1;
      for (const f of members(fulls)) {
        const r = find(f.index);
        if (root >= 0 && r !== root) {
          root = -2;
          break;
        }
        root = r;
      }
      if (root >= 0) union(root, single.index);
    }
    const moved: Array<[NameEntry, NameEntry | undefined]> = [];
    for (let k = 0; k < parent.length; k++) {
      const root = order[find(k)];
      if (order[k].root === root) continue;
      moved.push([order[k], order[k].root]);
      order[k].root = root;
    }
    return { ordered: order, rootOf: parent, moved };
  }

  private position(id: string): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.order[mid].id < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private compare(a: NameEntry, b: NameEntry): void {
    const sa = surnameOf(a);
    const sb = surnameOf(b);
    if (similarityBound(sa, sb, this.lettersA, this.lettersB) < SURNAME_SIMILARITY) return;
    if (JaroWinklerDistance(sa, sb) < SURNAME_SIMILARITY) return;
    (a.similar ??= new Set()).add(b);
    (b.similar ??= new Set()).add(a);
    this.linked.add(a);
    this.linked.add(b);
  }

  private unlinkAll(e: NameEntry): void {
    for (const o of e.similar ?? []) {
      o.similar!.delete(e);
      if (o.similar!.size === 0) this.linked.delete(o);
    }
    e.similar = undefined;
    this.linked.delete(e);
  }
}
