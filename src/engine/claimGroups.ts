import { compareGroups, createGroupKeyer, groupClaims } from './conflicts/index';
import type { Claim, ClaimRef, Conflict, ConflictOptions, ValueGroup } from './types';

/** Value groups kept up to date document by document: a change regroups only the keys its claims touch. */
export interface ClaimGroupIndex {
  /** Replaces a document's claims (subjects already canonical). */
  set(doc: string, claims: readonly Claim[]): void;
  delete(doc: string): void;
  groupOf(doc: string, claim: Claim): ValueGroup | undefined;
  conflictsFor(doc: string): Conflict[];
  /** Every group, by subject, attribute and dimension. */
  groups(): ValueGroup[];
}

const byPosition = (x: ClaimRef, y: ClaimRef) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.claim.start - y.claim.start);

export function createClaimGroupIndex(options: ConflictOptions, displayName: (doc: string) => string): ClaimGroupIndex {
  const keyOf = createGroupKeyer();
  // Every document's claims of a key in one list, and a document's keys in a plain list: a map or set for each of
  // 100k keys and 10k documents cost tens of megabytes, and a change regroups the whole key anyway.
  const members = new Map<string, ClaimRef[]>();
  const keysOfDoc = new Map<string, string[]>();
  const groupByKey = new Map<string, ValueGroup>();
  const dirty = new Set<string>();
  let sorted: ValueGroup[] | undefined;

  const remove = (doc: string) => {
    for (const key of keysOfDoc.get(doc) ?? []) {
      const refs = members.get(key);
      if (refs) members.set(key, refs.filter((r) => r.doc !== doc));
      dirty.add(key);
    }
    keysOfDoc.delete(doc);
  };

  const flush = () => {
    if (dirty.size === 0) return;
    for (const key of dirty) {
      // A copy: the group may keep the array it is given, and this key's list keeps changing.
      const refs = [...(members.get(key) ?? [])].sort(byPosition);
      if (refs.length === 0) {
        members.delete(key);
        groupByKey.delete(key);
        continue;
      }
      const [group] = groupClaims(refs, options, displayName);
      if (group) groupByKey.set(key, group);
      else groupByKey.delete(key);
    }
    dirty.clear();
    sorted = undefined;
  };

  return {
    set(doc, claims) {
      remove(doc);
      const keys = new Set<string>();
      for (const claim of claims) {
        const key = keyOf(claim);
        if (key === null) continue;
        let refs = members.get(key);
        if (!refs) members.set(key, (refs = []));
        refs.push({ doc, claim });
        keys.add(key);
        dirty.add(key);
      }
      keysOfDoc.set(doc, [...keys]);
    },
    delete: remove,
    groupOf(doc, claim) {
      flush();
      const key = keyOf(claim);
      const group = key === null ? undefined : groupByKey.get(key);
      return group?.claims.some((r) => r.doc === doc && r.claim.start === claim.start) ? group : undefined;
    },
    conflictsFor(doc) {
      flush();
      const out: Conflict[] = [];
      for (const key of keysOfDoc.get(doc) ?? []) {
        for (const c of groupByKey.get(key)?.conflicts ?? []) if (c.a.doc === doc || c.b.doc === doc) out.push(c);
      }
      return out;
    },
    groups() {
      flush();
      return (sorted ??= [...groupByKey.values()].sort(compareGroups));
    },
  };
}
