import { JaroWinklerDistance } from 'natural/lib/natural/distance';
import type { EntityMention, EntityMerge, EntityRecord, EntityType } from '../types';
import { skeleton } from './names';

/** Surnames this similar (Jaro-Winkler) under the same first name are one person: "Zelensky"/"Zelenskyy". */
const SURNAME_SIMILARITY = 0.92;
/** Shorter names are too easily confused to merge by spelling alone. */
const MIN_VARIANT_CHARS = 4;

interface Tally {
  id: string;
  type: EntityType;
  names: Map<string, number>;
  surfaces: Map<string, number>;
  mentions: number;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function mostFrequent(map: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [k, v] of map) if (v > n || (v === n && k.length > best.length)) [best, n] = [k, v];
  return best;
}

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/**
 * Merges the entities of every document: spelling variants of one name (transliteration skeleton, or
 * Jaro-Winkler on the surname under the same first name), then short person names ("Putin") into the one full
 * name that ends with them. A short name shared by two full names stays on its own.
 */
export function mergeEntities(docs: ReadonlyMap<string, readonly EntityMention[]>): EntityMerge {
  const tallies = new Map<string, Tally>();
  for (const mentions of docs.values()) {
    for (const m of mentions) {
      let t = tallies.get(m.entity);
      if (!t) tallies.set(m.entity, (t = { id: m.entity, type: m.type, names: new Map(), surfaces: new Map(), mentions: 0 }));
      bump(t.names, m.name ?? m.text);
      bump(t.surfaces, m.text);
      t.mentions++;
    }
  }
  const all = [...tallies.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const uf = new UnionFind();
  const nameOf = (t: Tally) => mostFrequent(t.names);

  // Spelling variants, type by type.
  const bySkeleton = new Map<string, Tally>();
  const personsByFirst = new Map<string, Tally[]>();
  for (const t of all) {
    const parts = words(nameOf(t));
    const key = `${t.type}|${parts.map(skeleton).join(' ')}`;
    if (nameOf(t).length >= MIN_VARIANT_CHARS) {
      const seen = bySkeleton.get(key);
      if (seen) uf.union(seen.id, t.id);
      else bySkeleton.set(key, t);
    }
    if (t.type === 'person' && parts.length >= 2) {
      const first = parts[0].toLowerCase();
      const list = personsByFirst.get(first) ?? [];
      for (const other of list) {
        const a = parts[parts.length - 1];
        const otherParts = words(nameOf(other));
        const b = otherParts[otherParts.length - 1];
        if (otherParts.length === parts.length && JaroWinklerDistance(a.toLowerCase(), b.toLowerCase()) >= SURNAME_SIMILARITY) uf.union(other.id, t.id);
      }
      list.push(t);
      personsByFirst.set(first, list);
    }
  }

  // Short person names into the single full name (or its variants) that ends with them.
  const fullBySurname = new Map<string, Set<string>>();
  for (const t of all) {
    const parts = words(nameOf(t));
    if (t.type !== 'person' || parts.length < 2) continue;
    const key = skeleton(parts[parts.length - 1]);
    const set = fullBySurname.get(key) ?? new Set<string>();
    set.add(uf.find(t.id));
    fullBySurname.set(key, set);
  }
  for (const t of all) {
    const parts = words(nameOf(t));
    if (t.type !== 'person' || parts.length !== 1) continue;
    const roots = fullBySurname.get(skeleton(parts[0]));
    if (roots && new Set([...roots].map((r) => uf.find(r))).size === 1) uf.union([...roots][0], t.id);
  }

  // One record per group, named after its fullest, most mentioned member.
  const groups = new Map<string, Tally[]>();
  for (const t of all) {
    const root = uf.find(t.id);
    const g = groups.get(root) ?? [];
    g.push(t);
    groups.set(root, g);
  }
  const canonicalOf = new Map<string, string>();
  const records: EntityRecord[] = [];
  for (const members of groups.values()) {
    members.sort((a, b) => words(nameOf(b)).length - words(nameOf(a)).length || b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
    const rep = members[0];
    const surfaces = new Map<string, number>();
    let mentions = 0;
    for (const m of members) {
      canonicalOf.set(m.id, rep.id);
      mentions += m.mentions;
      for (const [s, n] of m.surfaces) surfaces.set(s, (surfaces.get(s) ?? 0) + n);
    }
    const aliases = [...surfaces.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
    records.push({ id: rep.id, name: nameOf(rep), type: rep.type, aliases, mentions });
  }
  records.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  return { records, canonical: (id: string) => canonicalOf.get(id) ?? id };
}
