import type { EntityMention, EntityType } from '../types';

/**
 * Counts by key. Almost every entity is written one way only, and half a million one-entry maps cost hundreds of
 * megabytes, so a single key is kept as a [key, count] pair until a second key arrives.
 */
export type Counts = Map<string, number> | [string, number] | undefined;

/** What the mentions of one document-level entity id add up to: counts of canonical names and surface forms. */
export interface Tally {
  id: string;
  type: EntityType;
  names: Counts;
  surfaces: Counts;
  mentions: number;
}

type Summary = Map<string, Tally>;

/** The counts with `n` added to `key` (entries that reach zero are dropped). */
function add(counts: Counts, key: string, n: number): Counts {
  if (counts === undefined) return n === 0 ? undefined : [key, n];
  if (Array.isArray(counts)) {
    if (counts[0] === key) return counts[1] + n === 0 ? undefined : [key, counts[1] + n];
    counts = new Map([counts]);
  }
  const v = (counts.get(key) ?? 0) + n;
  if (v === 0) counts.delete(key);
  else counts.set(key, v);
  return counts;
}

export function countEntries(counts: Counts): Array<[string, number]> {
  if (counts === undefined) return [];
  return Array.isArray(counts) ? [counts] : [...counts];
}

function countOf(counts: Counts, key: string): number | undefined {
  if (counts === undefined) return undefined;
  if (Array.isArray(counts)) return counts[0] === key ? counts[1] : undefined;
  return counts.get(key);
}

function summarize(mentions: readonly EntityMention[]): Summary {
  const out: Summary = new Map();
  for (const m of mentions) {
    let t = out.get(m.entity);
    if (!t) out.set(m.entity, (t = { id: m.entity, type: m.type, names: undefined, surfaces: undefined, mentions: 0 }));
    t.names = add(t.names, m.name ?? m.text, 1);
    t.surfaces = add(t.surfaces, m.text, 1);
    t.mentions++;
  }
  return out;
}

/**
 * Corpus-wide tallies kept up to date document by document. A document whose mention array is the same object
 * as last time contributes nothing new, so an edit costs the size of the edited documents, not of the corpus.
 */
export class CorpusTallies {
  /**
   * Each document's mentions as last counted. Its summary is counted again from them when the document changes
   * or goes: keeping every summary would cost two maps per entity per document, most of the memory at 10k articles.
   */
  private readonly docs = new Map<string, readonly EntityMention[]>();
  private readonly totals = new Map<string, Tally>();
  /** Bumped whenever a total changes; lets callers reuse work done on the same totals. */
  version = 0;
  /** Ids whose totals changed (or vanished) since the last `takeChanged`. */
  private changed = new Set<string>();

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

  get(id: string): Tally | undefined {
    return this.totals.get(id);
  }

  takeChanged(): Set<string> {
    const out = this.changed;
    this.changed = new Set();
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
    this.changed.add(id);
    let t = this.totals.get(id);
    if (!t) this.totals.set(id, (t = { id, type: part.type, names: undefined, surfaces: undefined, mentions: 0 }));
    for (const [k, n] of countEntries(part.names)) t.names = add(t.names, k, sign * n);
    for (const [k, n] of countEntries(part.surfaces)) t.surfaces = add(t.surfaces, k, sign * n);
    t.mentions += sign * part.mentions;
    if (t.mentions <= 0) this.totals.delete(id);
  }
}

function samePart(a: Tally, b: Tally): boolean {
  return a.mentions === b.mentions && a.type === b.type && sameCounts(a.names, b.names) && sameCounts(a.surfaces, b.surfaces);
}

function sameCounts(a: Counts, b: Counts): boolean {
  const entries = countEntries(a);
  if (entries.length !== countEntries(b).length) return false;
  for (const [k, n] of entries) if (countOf(b, k) !== n) return false;
  return true;
}

/** The most frequent key; ties go to the longer, then the alphabetically first, so history never matters. */
export function mostFrequent(counts: Counts): string {
  let best = '';
  let n = -1;
  for (const [k, v] of countEntries(counts)) {
    if (v > n || (v === n && (k.length > best.length || (k.length === best.length && k < best)))) {
      best = k;
      n = v;
    }
  }
  return best;
}
