import type { DuplicateLink, PassageRef, ReuseOptions, ScannedDocument } from '../types';
import { clusterLinks, compareRefs } from './clusters';
import { findCopies, type CopyParams, type RawLink } from './copies';
import { mergeAdjacent } from './merge';
import { Postings } from './postings';
import { prepareDoc, shingleParams, type PreparedDoc, type ShingleParams } from './prepare';
import { restatedLinks } from './restated-links';
import { SentenceIndex, type RestatedParams } from './restated';
import { TermDictionary } from './terms';

/** Incremental index of duplicated passages (exact, edited, restated) within and across documents. */
export interface ReuseIndex {
  /** Adds a document, or replaces the one with the same id. */
  upsert(doc: ScannedDocument): void;
  remove(docId: string): void;
  /** Every link in the corpus (boilerplate only when `includeBoilerplate`), in a deterministic order. */
  links(): DuplicateLink[];
  /** The links with a side in the given document. */
  linksFor(docId: string): DuplicateLink[];
}

/**
 * `restatedThreshold` was calibrated on the development gold and hand-written restatement pairs: 0.5 keeps every
 * dev-set restated link correct, 0.45 lets topic-sharing sentences in, 0.6 loses most true restatements
 * (test/unit/reuse/README.md).
 */
export const DEFAULT_REUSE_OPTIONS: ReuseOptions = {
  minExactWords: 8,
  restatedThreshold: 0.5,
  boilerplateDocs: 5,
  includeBoilerplate: false,
};

// Lists of a shingle seen more often than this stop growing: it is boilerplate or a stock phrase.
const MIN_POSTINGS_CAP = 32;

export function createReuseIndex(options: Partial<ReuseOptions> = {}): ReuseIndex {
  const opts: ReuseOptions = { ...DEFAULT_REUSE_OPTIONS, ...options };
  const shingles: ShingleParams = shingleParams(opts.minExactWords);
  const copyParams: CopyParams = { k: shingles.k, minExactWords: opts.minExactWords, minEditedSimilarity: 0.6, minContentWords: 3 };
  const restatedParams: RestatedParams = {
    threshold: opts.restatedThreshold,
    minContentTerms: 3,
    minSharedContent: 3,
    minSharedRatio: 0.4,
    entityWeight: 0.3,
    candidateDf: 200,
    minSharedRare: 2,
    minSharedUnits: 2,
  };
  const postings = new Postings(Math.max(MIN_POSTINGS_CAP, 4 * opts.boilerplateDocs));
  const terms = new TermDictionary();
  const sentences = new SentenceIndex(restatedParams, terms);
  const byId = new Map<string, PreparedDoc>();
  const byNum = new Map<number, PreparedDoc>();
  const dirty = new Set<number>();
  const pairLinks = new Map<string, RawLink[]>();
  const pairsOf = new Map<number, Set<string>>();
  let nextNum = 0;
  let cache: DuplicateLink[] | undefined;
  let visibleCache: DuplicateLink[] | undefined;
  let byDocCache: Map<string, DuplicateLink[]> | undefined;

  const invalidate = () => {
    cache = visibleCache = byDocCache = undefined;
  };

  const dropPairs = (num: number) => {
    for (const key of pairsOf.get(num) ?? []) {
      pairLinks.delete(key);
      for (const side of key.split(':')) pairsOf.get(Number(side))?.delete(key);
    }
    pairsOf.delete(num);
  };

  const storePair = (x: number, y: number, links: RawLink[]) => {
    const key = x < y ? `${x}:${y}` : `${y}:${x}`;
    const existing = pairLinks.get(key);
    if (existing) {
      // Saturated shingles can propose the same pair from both sides; keep the first alignment of a passage.
      for (const link of links) if (!existing.some((old) => sameStretch(old, link))) existing.push(link);
      return;
    }
    pairLinks.set(key, links);
    for (const side of [x, y]) {
      let set = pairsOf.get(side);
      if (!set) pairsOf.set(side, (set = new Set()));
      set.add(key);
    }
  };

  const refresh = () => {
    for (const num of [...dirty].sort((p, q) => p - q)) {
      const x = byNum.get(num)!;
      const accept = (other: number) => !dirty.has(other) || other >= num;
      const copies = findCopies(x, postings, byNum, accept, copyParams);
      const restated = sentences.query(num, accept);
      const others = new Set([...copies.keys(), ...restated.keys()]);
      for (const other of others) {
        const y = byNum.get(other)!;
        const links = copies.get(other) ?? [];
        const pairs = restated.get(other);
        if (pairs) links.push(...restatedLinks(x, y, pairs, sentences, links, copyParams));
        if (links.length > 0) storePair(num, other, mergeAdjacent(links, x.doc.text, y.doc.text));
      }
    }
    dirty.clear();
    const raw: RawLink[] = [];
    for (const links of pairLinks.values()) for (const link of links) raw.push(oriented(link));
    raw.sort((p, q) => compareRefs(p.a, q.a) || compareRefs(p.b, q.b) || (p.kind < q.kind ? -1 : p.kind > q.kind ? 1 : 0));
    cache = clusterLinks(raw, opts.boilerplateDocs);
  };

  const remove = (docId: string): void => {
    const prepared = byId.get(docId);
    if (!prepared) return;
    byId.delete(docId);
    byNum.delete(prepared.num);
    for (let f = 0; f < prepared.fpHash.length; f++) postings.remove(prepared.fpHash[f], prepared.num);
    sentences.remove(prepared.num);
    dirty.delete(prepared.num);
    dropPairs(prepared.num);
    invalidate();
  };

  const upsert = (doc: ScannedDocument): void => {
    remove(doc.id);
    const prepared = prepareDoc(doc, nextNum++, shingles);
    byId.set(doc.id, prepared);
    byNum.set(prepared.num, prepared);
    for (let f = 0; f < prepared.fpHash.length; f++) postings.add(prepared.fpHash[f], prepared.num, prepared.fpPos[f]);
    sentences.add(prepared.num, terms.sentenceTerms(prepared));
    dirty.add(prepared.num);
    invalidate();
  };

  const links = (): DuplicateLink[] => {
    if (!visibleCache) {
      if (!cache || dirty.size > 0) refresh();
      visibleCache = opts.includeBoilerplate ? cache! : cache!.filter((l) => !l.boilerplate);
    }
    return visibleCache.slice();
  };

  const linksFor = (docId: string): DuplicateLink[] => {
    if (!byDocCache) {
      byDocCache = new Map();
      for (const link of links()) {
        for (const doc of link.a.doc === link.b.doc ? [link.a.doc] : [link.a.doc, link.b.doc]) {
          let list = byDocCache.get(doc);
          if (!list) byDocCache.set(doc, (list = []));
          list.push(link);
        }
      }
    }
    return (byDocCache.get(docId) ?? []).slice();
  };

  return { upsert, remove, links, linksFor };
}

function overlaps(x: PassageRef, y: PassageRef): boolean {
  return x.doc === y.doc && x.start < y.end && y.start < x.end;
}

function sameStretch(p: RawLink, q: RawLink): boolean {
  return (overlaps(p.a, q.a) && overlaps(p.b, q.b)) || (overlaps(p.a, q.b) && overlaps(p.b, q.a));
}

/** Puts the side that comes first (document id, then offset) in `a`, so output does not depend on indexing order. */
function oriented(link: RawLink): RawLink {
  if (compareRefs(link.a, link.b) <= 0) return link;
  const changes = link.changes?.map((c) => ({ a: c.b, b: c.a }));
  const out: RawLink = { ...link, a: link.b, b: link.a };
  if (changes) out.changes = changes;
  return out;
}
