import type { EntityMention, EntityType } from '../types';

/**
 * Counts by key. Almost every entity is written one way only, and at 10k articles half a million one-entry
 * collections cost more than the names themselves, so a single key is kept as the bare string: its count is then
 * the tally's `mentions`, since every mention adds 1 to its names and to its surfaces alike. A map is made when a
 * second key arrives, and goes back to a string when one key is left.
 */
export type Counts = Map<string, number> | string | undefined;

/** What the mentions of one document-level entity id add up to: counts of canonical names and surface forms. */
export interface Tally {
  id: string;
  type: EntityType;
  names: Counts;
  surfaces: Counts;
  /** The number of mentions, which is also the sum of `names` and the sum of `surfaces`. */
  mentions: number;
}

type Summary = Map<string, Tally>;

/**
 * The counts with `n` added to `key`, where `total` is what they add up to before the change (the tally's
 * `mentions`). Entries that reach zero are dropped.
 */
function add(counts: Counts, total: number, key: string, n: number): Counts {
  if (counts === undefined) return n === 0 ? undefined : key;
  if (typeof counts === 'string') {
    if (counts === key) return total + n === 0 ? undefined : key;
    counts = new Map([[counts, total]]);
  }
  const v = (counts.get(key) ?? 0) + n;
  if (v === 0) counts.delete(key);
  else counts.set(key, v);
  if (counts.size === 1) return counts.keys().next().value!;
  return counts.size === 0 ? undefined : counts;
}

/** Each key with its count; `total` is the tally's `mentions`, the count of a lone key. */
export function countEntries(counts: Counts, total: number): Array<[string, number]> {
  if (counts === undefined) return [];
  return typeof counts === 'string' ? [[counts, total]] : [...counts];
}

function summarize(mentions: readonly EntityMention[]): Summary {
  const out: Summary = new Map();
  for (const m of mentions) {
    let t = out.get(m.entity);
    if (!t) out.set(m.entity, (t = { id: m.entity, type: m.type, names: undefined, surfaces: undefined, mentions: 0 }));
    t.names = add(t.names, t.mentions, m.name ?? m.text, 1);
    t.surfaces = add(t.surfaces, t.mentions, m.text, 1);
    t.mentions++;
  }
  return out;
}

/**
 * Corpus-wide tallies kept up to date document by document. A document whose mention array is the same object
 * as last time contributes nothing new, so an edit costs the size of the edited documents, not of the corpus.
 */
export class CorpusTallies<T extends Tally = Tally> {
  /**
   * Each document's mentions as last counted. Its summary is counted again from them when the document changes
   * or goes: keeping every summary would cost two maps per entity per document, most of the memory at 10k articles.
   */
  private readonly docs = new Map<string, readonly EntityMention[]>();
  private readonly totals = new Map<string, T>();
  /** Bumped whenever a total changes; lets callers reuse work done on the same totals. */
  version = 0;
  /** The totals that changed since the last `takeChanged`, by id; one that vanished is there with no mentions. */
  private changed = new Map<string, T>();

  /**
   * `create` makes the object that holds an id's totals: a caller can keep its own per-id fields on it, so that
   * one map, not two, is keyed by 400k ids.
   */
  constructor(private readonly create: (id: string, type: EntityType) => T) {}

  update(docs: ReadonlyMap<string, readonly EntityMention[]>): void {
    for (const [id, mentions] of docs) {
      const prev = this.docs.get(id);
      if (prev === mentions) continue;
      // Only the entities whose counts differ change the totals: typing outside a name changes none.
      this.applyDiff(prev ? summarize(prev) : new Map(), summarize(mentions));
      this.docs.set(id, mentions);
    }
    // Every id of `docs` is known now, so a larger count means some documents were removed.
    if (this.docs.size > docs.size) {
      for (const [id, prev] of this.docs) {
        if (docs.has(id)) continue;
        this.applyDiff(summarize(prev), new Map());
        this.docs.delete(id);
      }
    }
  }

  get(id: string): T | undefined {
    return this.totals.get(id);
  }

  /** The totals changed since the last call; one no longer in `get` vanished (its mentions are 0). */
  takeChanged(): Map<string, T> {
    const out = this.changed;
    this.changed = new Map();
    return out;
  }

  private applyDiff(before: Summary, after: Summary): void {
    for (const [id, part] of before) {
      const now = after.get(id);
      if (!now || !samePart(part, now)) this.apply(id, part, -1);
    }
    for (const [id, part] of after) {
      const was = before.get(id);
      if (!was || !samePart(was, part)) this.apply(id, part, 1);
    }
  }

  private apply(id: string, part: Tally, sign: 1 | -1): void {
    this.version++;
    let t = this.totals.get(id);
    if (!t) {
      // An id that vanished and came back before anyone looked keeps its object, so the caller's fields follow it.
      t = this.changed.get(id) ?? this.create(id, part.type);
      t.type = part.type;
      t.names = undefined;
      t.surfaces = undefined;
      t.mentions = 0;
      this.totals.set(id, t);
    }
    this.changed.set(id, t);
    // Both counts add up to `mentions` before the change; each step moves the names' running total with it.
    let total = t.mentions;
    for (const [k, n] of countEntries(part.names, part.mentions)) {
      t.names = add(t.names, total, k, sign * n);
      total += sign * n;
    }
    total = t.mentions;
    for (const [k, n] of countEntries(part.surfaces, part.mentions)) {
      t.surfaces = add(t.surfaces, total, k, sign * n);
      total += sign * n;
    }
    t.mentions += sign * part.mentions;
    if (t.mentions <= 0) this.totals.delete(id);
  }
}

function samePart(a: Tally, b: Tally): boolean {
  return a.mentions === b.mentions && a.type === b.type && sameCounts(a.names, b.names) && sameCounts(a.surfaces, b.surfaces);
}

/** Same keys and counts, for two tallies already known to have the same `mentions`. */
function sameCounts(a: Counts, b: Counts): boolean {
  if (a === undefined || b === undefined || typeof a === 'string' || typeof b === 'string') return a === b;
  if (a.size !== b.size) return false;
  for (const [k, n] of a) if (b.get(k) !== n) return false;
  return true;
}

/** The most frequent key; ties go to the longer, then the alphabetically first, so history never matters. */
export function mostFrequent(counts: Counts): string {
  if (typeof counts === 'string') return counts;
  let best = '';
  let n = -1;
  for (const [k, v] of counts ?? []) {
    if (v > n || (v === n && (k.length > best.length || (k.length === best.length && k < best)))) {
      best = k;
      n = v;
    }
  }
  return best;
}
