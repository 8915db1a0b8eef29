import { createDocumentPipeline, type DocumentAnalysis } from './analyzer';
import { createClaimGroupIndex } from './claimGroups';
import { createReuseIndex } from './reuse/index';
import { diffRegion, editWindow, reviseSpans, type RevisedSpans } from './revise';
import type {
  AnalyzerOptions,
  Claim,
  Conflict,
  DuplicateLink,
  EntityMention,
  EntityMerge,
  EntityRecord,
  ValueGroup,
} from './types';
import { buildReport } from './report/build';
import type { Report } from './report/model';

/** An incremental index over many documents. Corpus-wide results are computed when asked for and cached until a change. */
export interface CorpusIndex {
  /** Adds or replaces a document; returns its analysis. An unchanged text is not analysed again. */
  upsert(id: string, text: string): DocumentAnalysis;
  /**
   * A quick answer for an edited document: its last canonical mentions and claims, with the edited lines analysed
   * again (see `revise.ts`). The index is not changed; `upsert` the text for the full answer. Null when the document
   * has no canonical view yet, or the edit is too large to revise locally.
   */
  revise(id: string, text: string): RevisedSpans | null;
  remove(id: string): boolean;
  has(id: string): boolean;
  ids(): string[];
  get(id: string): DocumentAnalysis | undefined;
  /** Entities after corpus-wide alias merging, most mentioned first. */
  entities(): EntityRecord[];
  canonicalEntity(id: string): string;
  /** A document's mentions with corpus entity ids. */
  mentionsOf(docId: string): EntityMention[];
  /** Every mention of one corpus entity, document by document. */
  mentionsOfEntity(entityId: string): Array<{ doc: string; mention: EntityMention }>;
  /** A document's claims with corpus entity ids as subjects. */
  claimsOf(docId: string): Claim[];
  duplicates(): DuplicateLink[];
  duplicatesFor(docId: string): DuplicateLink[];
  valueGroups(): ValueGroup[];
  /** The value group a claim belongs to (every source's figure for the same subject and attribute). */
  groupOf(docId: string, claim: Claim): ValueGroup | undefined;
  conflicts(): Conflict[];
  conflictsFor(docId: string): Conflict[];
  /** The contract's JSON report of the whole corpus. */
  report(skipped?: Report['skipped']): Report;
}

/**
 * A document's mentions and claims with corpus entity ids, kept until the document or its ids' merge changes.
 * Most documents have no id merged away: their arrays are the analysis's own, and `canonicalIds` is `localIds`.
 */
interface CanonicalDoc {
  analysis: DocumentAnalysis;
  localIds: string[];
  canonicalIds: string[];
  mentions: EntityMention[];
  claims: Claim[];
}

/** Edited lines longer than this are analysed with the whole document: a window saves little there. */
const MAX_REVISED_CHARS = 20_000;

/**
 * Gives every mention and claim of a document one flat copy of each entity id. Ids are built by concatenation, and
 * a concatenated string is a tree of parts (about 190 bytes for a 25-letter id against 55 flat) kept for the life
 * of the index: at 10k articles half a million of them. The copy is equal to the id, so no result changes.
 */
function flattenIds(analysis: DocumentAnalysis): void {
  const flat = new Map<string, string>();
  const flatten = (id: string): string => {
    let f = flat.get(id);
    if (f === undefined) {
      // NFC of an NFC string is an equal, flat copy; an id that is not NFC keeps its own (rare) representation.
      f = id.normalize();
      if (f !== id) f = id;
      flat.set(id, f);
    }
    return f;
  };
  for (const m of analysis.mentions) m.entity = flatten(m.entity);
  for (const c of analysis.claims) c.subject = flatten(c.subject);
}

export function createCorpusIndex(options: AnalyzerOptions): CorpusIndex {
  const pipeline = createDocumentPipeline(options.dictionary);
  const reuse = createReuseIndex(options.reuse);
  const docs = new Map<string, DocumentAnalysis>();
  const displayName = options.displayName ?? ((id: string) => id);
  const canonicalDocs = new Map<string, CanonicalDoc>();
  // The documents that mention each corpus entity: one id alone, or a list once there are two. Half a million
  // entities of one document each would cost a collection apiece.
  const docsOfEntity = new Map<string, string | string[]>();
  const linkDoc = (entity: string, doc: string) => {
    const held = docsOfEntity.get(entity);
    if (held === undefined) docsOfEntity.set(entity, doc);
    else if (typeof held === 'string') docsOfEntity.set(entity, [held, doc]);
    else held.push(doc);
  };
  const unlinkDoc = (entity: string, doc: string) => {
    const held = docsOfEntity.get(entity);
    if (held === doc) docsOfEntity.delete(entity);
    else if (Array.isArray(held)) {
      const rest = held.filter((d) => d !== doc);
      docsOfEntity.set(entity, rest.length === 1 ? rest[0] : rest);
    }
  };
  const claimGroups = createClaimGroupIndex(options.conflicts, displayName);
  let merge: EntityMerge | undefined;
  // The last merge computed, kept after a change so a quick revision can map new ids without merging again.
  let lastMerge: EntityMerge | undefined;

  const forget = (doc: string) => {
    const previous = canonicalDocs.get(doc);
    if (!previous) return;
    for (const id of new Set(previous.canonicalIds)) unlinkDoc(id, doc);
    canonicalDocs.delete(doc);
    claimGroups.delete(doc);
  };

  /** Brings every document's canonical view up to date; an edit recomputes only what its merge changed. */
  const current = (): EntityMerge => {
    if (merge) return merge;
    const byDoc = new Map<string, readonly EntityMention[]>();
    for (const [id, d] of docs) byDoc.set(id, d.mentions);
    const next = pipeline.entities.merge(byDoc);
    for (const [doc, analysis] of docs) {
      const cached = canonicalDocs.get(doc);
      if (cached && cached.analysis === analysis && cached.localIds.every((id, i) => next.canonical(id) === cached.canonicalIds[i])) continue;
      forget(doc);
      const localIds = [...new Set([...analysis.mentions.map((m) => m.entity), ...analysis.claims.map((c) => c.subject)])];
      const canonical = new Map(localIds.map((id) => [id, next.canonical(id)]));
      let view: CanonicalDoc = { analysis, localIds, canonicalIds: localIds, mentions: analysis.mentions, claims: analysis.claims };
      if (localIds.some((id) => canonical.get(id) !== id)) {
        const mentions = analysis.mentions.map((m) => (canonical.get(m.entity) === m.entity ? m : { ...m, entity: canonical.get(m.entity)! }));
        const claims = analysis.claims.map((c) => (canonical.get(c.subject) === c.subject ? c : { ...c, subject: canonical.get(c.subject)! }));
        view = { analysis, localIds, canonicalIds: localIds.map((id) => canonical.get(id)!), mentions, claims };
      }
      const { canonicalIds, claims } = view;
      canonicalDocs.set(doc, view);
      for (const id of new Set(canonicalIds)) linkDoc(id, doc);
      claimGroups.set(doc, claims);
    }
    merge = next;
    lastMerge = next;
    return next;
  };
  const canonicalDoc = (doc: string) => (current(), canonicalDocs.get(doc));

  const index: CorpusIndex = {
    upsert(id, text) {
      const previous = docs.get(id);
      if (previous && previous.text === text) return previous;
      // Token objects are the bulk of a scanned document: the corpus keeps only text, mentions and claims.
      const { analysis, scanned } = pipeline.analyze(id, text);
      flattenIds(analysis);
      docs.set(id, analysis);
      reuse.upsert(scanned);
      merge = undefined;
      return analysis;
    },
    revise(id, text) {
      const analysis = docs.get(id);
      const base = canonicalDocs.get(id);
      if (!analysis || !base || base.analysis !== analysis) return null;
      const edit = diffRegion(analysis.text, text);
      const window = editWindow(text, edit, MAX_REVISED_CHARS);
      if (!window) return null;
      const found = pipeline.analyze(id, text.slice(window.contextStart, window.end), analysis.articleDate).analysis;
      return reviseSpans(base, edit, window, found, (local) => lastMerge?.canonical(local) ?? local);
    },
    remove(id) {
      if (!docs.delete(id)) return false;
      reuse.remove(id);
      forget(id);
      merge = undefined;
      return true;
    },
    has: (id) => docs.has(id),
    ids: () => [...docs.keys()],
    get: (id) => docs.get(id),
    entities: () => current().records,
    canonicalEntity: (id) => current().canonical(id),
    mentionsOf: (docId) => canonicalDoc(docId)?.mentions ?? [],
    mentionsOfEntity(entityId) {
      current();
      const held = docsOfEntity.get(entityId);
      const docs = held === undefined ? [] : typeof held === 'string' ? [held] : [...held].sort();
      const out: Array<{ doc: string; mention: EntityMention }> = [];
      for (const doc of docs) for (const mention of canonicalDocs.get(doc)!.mentions) if (mention.entity === entityId) out.push({ doc, mention });
      return out;
    },
    claimsOf: (docId) => canonicalDoc(docId)?.claims ?? [],
    duplicates: () => reuse.links(),
    duplicatesFor: (docId) => reuse.linksFor(docId),
    valueGroups: () => (current(), claimGroups.groups()),
    groupOf: (docId, claim) => (current(), claimGroups.groupOf(docId, claim)),
    conflicts: () => (current(), claimGroups.groups().flatMap((g) => g.conflicts)),
    conflictsFor: (docId) => (current(), claimGroups.conflictsFor(docId)),
    report: (skipped) => buildReport(index, skipped),
  };
  return index;
}
