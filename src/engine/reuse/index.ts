import type { DuplicateLink, PassageRef, ReuseOptions, ScannedDocument } from '../types';
import { ClusterIndex, compareRefs } from './clusters';
import { changesOf, collectSeeds, swapChanges, type CopyParams, type RawLink } from './copies';
import { copyLinksWithCache, diffText, diffWords, matchLinks, shiftLinks, type EditCache } from './edits';
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
 * `restatedThreshold` was calibrated on the development gold and the MSRP news sentence pairs: every dev-set
 * restated link is correct from 0.44 to 0.47, 0.43 lets topic-sharing sentences in, 0.48 loses true restatements;
 * on MSRP, precision rises and recall falls smoothly with it (test/unit/reuse/README.md).
 */
export const DEFAULT_REUSE_OPTIONS: ReuseOptions = {
  minExactWords: 8,
  restatedThreshold: 0.45,
  boilerplateDocs: 5,
  includeBoilerplate: false,
};

// Lists of a shingle seen more often than this stop growing: it is boilerplate or a stock phrase.
const MIN_POSTINGS_CAP = 32;
// Documents being edited at once (open editors) whose alignments are kept.
const MAX_EDIT_CACHES = 8;

export function createReuseIndex(options: Partial<ReuseOptions> = {}): ReuseIndex {
  const opts: ReuseOptions = { ...DEFAULT_REUSE_OPTIONS, ...options };
  const shingles: ShingleParams = shingleParams(opts.minExactWords);
  const copyParams: CopyParams = { k: shingles.k, minExactWords: opts.minExactWords, minEditedSimilarity: 0.6, minContentWords: 3, minPassageWords: 2 * opts.minExactWords };
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
  // Each pair of documents with links gets a small integer id (in creation order): a key built from the two
  // document numbers would be a string or a heap number, both slow as map keys at a million pairs.
  // Most pairs have one link, stored without an array around it (an array costs some 40 bytes a pair).
  const pairLinks = new Map<number, RawLink | RawLink[]>();
  /** Document → (partner → pair id); a document linked to itself is its own partner. */
  const partnersOf = new Map<number, Map<number, number>>();
  let nextPair = 0;
  const clusters = new ClusterIndex(
    {
      linksOf(num) {
        const out: RawLink[] = [];
        for (const pair of partnersOf.get(num)?.values() ?? []) pushLinks(out, pairLinks.get(pair)!);
        return out;
      },
      idOf: (num) => byNum.get(num)!.id,
      numOf: (id) => byId.get(id)!.num,
    },
    opts.boilerplateDocs,
    opts.includeBoilerplate,
  );
  // Documents replaced at least once are being edited: their alignments are kept for the next edit.
  const edited = new Set<string>();
  const editCaches = new Map<string, EditCache>();
  let nextNum = 0;
  let allCache: DuplicateLink[] | undefined;
  const byDocCache = new Map<string, DuplicateLink[]>();

  const invalidate = () => {
    allCache = undefined;
    byDocCache.clear();
  };

  // Old links of the pairs of a document being replaced, per partner, until its new pairs are stored.
  let replaced: { id: string; partners: Map<number, RawLink[]> } | undefined;
  const settleReplaced = () => {
    for (const partner of replaced?.partners.keys() ?? []) clusters.touch(partner);
    replaced = undefined;
  };

  const dropPairs = (num: number, keepFor?: string) => {
    settleReplaced();
    const partners = new Map<number, RawLink[]>();
    for (const [other, pair] of partnersOf.get(num) ?? []) {
      const stored = pairLinks.get(pair)!;
      const old = Array.isArray(stored) ? stored : [stored];
      pairLinks.delete(pair);
      partnersOf.get(other)?.delete(num);
      if (other !== num) partners.set(other, old);
    }
    partnersOf.delete(num);
    clusters.touch(num);
    if (keepFor !== undefined) replaced = { id: keepFor, partners };
    else for (const partner of partners.keys()) clusters.touch(partner);
  };

  /** `shared`: the edit cache holds `links` too, and must see links added to the pair later. */
  const storePair = (x: number, y: number, links: RawLink[], shared: boolean) => {
    const known = partnersOf.get(x)?.get(y);
    if (known !== undefined) {
      let existing = pairLinks.get(known)!;
      if (!Array.isArray(existing)) pairLinks.set(known, (existing = [existing]));
      // Saturated shingles can propose the same pair from both sides; keep the first alignment of a passage.
      for (const link of links) if (!existing.some((old) => sameStretch(old, link))) existing.push(link);
      clusters.touch(x);
      clusters.touch(y);
      return;
    }
    const pair = nextPair++;
    pairLinks.set(pair, links.length === 1 && !shared ? links[0] : links);
    for (const side of x === y ? [x] : [x, y]) {
      let partners = partnersOf.get(side);
      if (!partners) partnersOf.set(side, (partners = new Map()));
      partners.set(side === x ? y : x, pair);
      const before = side !== x && replaced?.id === byNum.get(x)!.id ? replaced.partners.get(side) : undefined;
      if (before) {
        replaced!.partners.delete(side);
        clusters.replaceLinks(side, before, links);
      } else clusters.touch(side);
    }
  };

  /** Links of every pair involving a changed document; a pair is aligned in document-id order, whichever changed. */
  const refresh = () => {
    for (const num of [...dirty].sort((p, q) => p - q)) {
      const x = byNum.get(num)!;
      const accept = (other: number) => !dirty.has(other) || other >= num;
      const seeds = collectSeeds(x, postings, accept);
      const previous = editCaches.get(x.id);
      const diff = previous && diffWords(previous.words, x.wordHash);
      const textDiff = previous && diffText(previous.text, x.text);
      const next: EditCache | undefined = edited.has(x.id)
        ? { words: x.wordHash, text: x.text, pairs: new Map(), links: new Map() }
        : undefined;
      const restated = sentences.query(num, accept);
      const others = new Set([...seeds.keys(), ...restated.keys()]);
      for (const other of others) {
        const y = byNum.get(other);
        if (!y) continue;
        const flip = other !== num && y.id < x.id;
        const [a, b] = flip ? [y, x] : [x, y];
        const pairSeeds = seeds.get(other);
        const pairs = restated.get(other);
        const aligned = pairSeeds ? copyLinksWithCache(x, y, pairSeeds, flip, copyParams, previous, diff, next) : undefined;
        if (aligned?.reused && !pairs && textDiff) {
          // Same alignments, only moved: the stored links are moved too, instead of being built again.
          const before = previous!.links.get(y.id);
          const moved = before && shiftLinks(before, x.id, textDiff);
          if (moved) {
            next?.links.set(y.id, moved);
            storePair(num, other, moved, next !== undefined);
            continue;
          }
        }
        const links = aligned ? matchLinks(x, y, aligned.matches, flip, copyParams) : [];
        if (pairs) {
          const oriented = flip ? pairs.map((p) => ({ x: p.y, y: p.x, similarity: p.similarity })) : pairs;
          links.push(...restatedLinks(a, b, oriented, sentences, links, copyParams));
        }
        const stored = links.length > 0 ? mergeAdjacent(links, a.text, b.text).map(orient) : [];
        const cached = next !== undefined && !pairs && other !== num;
        if (cached) next.links.set(y.id, stored);
        if (stored.length > 0) storePair(num, other, stored, cached);
      }
      if (next) {
        editCaches.delete(x.id);
        editCaches.set(x.id, next);
        for (const id of editCaches.keys()) if (editCaches.size > MAX_EDIT_CACHES) editCaches.delete(id);
      }
    }
    dirty.clear();
    settleReplaced();
  };

  const remove = (docId: string, replacing = false): void => {
    const prepared = byId.get(docId);
    if (!prepared) return;
    dropPairs(prepared.num, replacing ? docId : undefined);
    if (!replacing) {
      edited.delete(docId);
      editCaches.delete(docId);
    }
    byId.delete(docId);
    byNum.delete(prepared.num);
    for (let f = 0; f < prepared.fpHash.length; f++) postings.remove(prepared.fpHash[f], prepared.num);
    sentences.remove(prepared.num);
    dirty.delete(prepared.num);
    invalidate();
  };

  const upsert = (doc: ScannedDocument): void => {
    if (byId.has(doc.id)) edited.add(doc.id);
    remove(doc.id, true);
    const prepared = prepareDoc(doc, nextNum++, shingles);
    byId.set(doc.id, prepared);
    byNum.set(prepared.num, prepared);
    for (let f = 0; f < prepared.fpHash.length; f++) postings.add(prepared.fpHash[f], prepared.num, prepared.fpPos[f]);
    sentences.add(prepared.num, terms.sentenceTerms(prepared, doc));
    dirty.add(prepared.num);
    invalidate();
  };

  /** The shown links among `raw`, with their clusters, in a deterministic order. */
  const finish = (raw: RawLink[], via?: number): DuplicateLink[] => {
    const session = clusters.session();
    const shown = raw.filter((link) => clusters.isShown(link, via));
    shown.sort(compareLinks);
    return shown.map((link) => {
      const out: DuplicateLink = {
        kind: link.kind,
        similarity: link.similarity,
        a: link.a,
        b: link.b,
        cluster: session.clusterOf(link, via),
      };
      if (link.changes) out.changes = changesOf(link, byId.get(link.a.doc)!.text, byId.get(link.b.doc)!.text);
      if (clusters.isBoilerplate(link, via)) out.boilerplate = true;
      return out;
    });
  };

  const links = (): DuplicateLink[] => {
    if (dirty.size > 0) refresh();
    if (!allCache) {
      const raw: RawLink[] = [];
      for (const stored of pairLinks.values()) pushLinks(raw, stored);
      allCache = finish(raw);
    }
    return allCache.slice();
  };

  const linksFor = (docId: string): DuplicateLink[] => {
    if (dirty.size > 0) refresh();
    let list = byDocCache.get(docId);
    if (!list) {
      const prepared = byId.get(docId);
      const raw: RawLink[] = [];
      for (const pair of (prepared && partnersOf.get(prepared.num)?.values()) || []) pushLinks(raw, pairLinks.get(pair)!);
      byDocCache.set(docId, (list = finish(raw, prepared?.num)));
    }
    return list.slice();
  };

  return { upsert, remove: (docId) => remove(docId), links, linksFor };
}

function pushLinks(out: RawLink[], stored: RawLink | RawLink[]): void {
  if (Array.isArray(stored)) for (const link of stored) out.push(link);
  else out.push(stored);
}

function compareLinks(p: RawLink, q: RawLink): number {
  return compareRefs(p.a, q.a) || compareRefs(p.b, q.b) || (p.kind < q.kind ? -1 : p.kind > q.kind ? 1 : 0);
}

function overlaps(x: PassageRef, y: PassageRef): boolean {
  return x.doc === y.doc && x.start < y.end && y.start < x.end;
}

function sameStretch(p: RawLink, q: RawLink): boolean {
  return (overlaps(p.a, q.a) && overlaps(p.b, q.b)) || (overlaps(p.a, q.b) && overlaps(p.b, q.a));
}

/** Puts the side that comes first (document id, then offset) in `a`, so output does not depend on indexing order. */
function orient(link: RawLink): RawLink {
  if (compareRefs(link.a, link.b) <= 0) return link;
  const changes = link.changes && swapChanges(link.changes);
  const out: RawLink = { ...link, a: link.b, b: link.a };
  if (changes) out.changes = changes;
  return out;
}
