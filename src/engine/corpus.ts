import { createDocumentPipeline, type DocumentAnalysis } from './analyzer';
import { compareGroups, createGroupKeyer, groupClaims } from './conflicts/index';
import { createReuseIndex } from './reuse/index';
import type {
  AnalyzerOptions,
  Claim,
  ClaimRef,
  Conflict,
  DuplicateLink,
  EntityMention,
  EntityMerge,
  EntityRecord,
  ValueGroup,
} from './types';
import { buildReport } from './report/build';
import type { Report } from './report/model';
import { fnv1a } from './util/hash';

/** An incremental index over many documents. Corpus-wide results are computed when asked for and cached until a change. */
export interface CorpusIndex {
  /** Adds or replaces a document; returns its analysis. An unchanged text is not analysed again. */
  upsert(id: string, text: string): DocumentAnalysis;
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

interface Derived {
  merge: EntityMerge;
  claims: Map<string, Claim[]>;
  byEntity: Map<string, Array<{ doc: string; mention: EntityMention }>>;
  groups?: ValueGroup[];
  /** Group of each claim, by `doc \0 start \0 end`. */
  groupByClaim?: Map<string, ValueGroup>;
  conflictsByDoc?: Map<string, Conflict[]>;
}

export function createCorpusIndex(options: AnalyzerOptions): CorpusIndex {
  const pipeline = createDocumentPipeline(options.dictionary);
  const reuse = createReuseIndex(options.reuse);
  const docs = new Map<string, DocumentAnalysis>();
  const displayName = options.displayName ?? ((id: string) => id);
  let derived: Derived | undefined;

  const base = (): Derived => {
    if (derived) return derived;
    const byDoc = new Map<string, readonly EntityMention[]>();
    for (const [id, d] of docs) byDoc.set(id, d.mentions);
    const merge = pipeline.entities.merge(byDoc);
    const claims = new Map<string, Claim[]>();
    const byEntity = new Map<string, Array<{ doc: string; mention: EntityMention }>>();
    for (const [id, d] of docs) {
      claims.set(id, d.claims.map((c) => (merge.canonical(c.subject) === c.subject ? c : { ...c, subject: merge.canonical(c.subject) })));
      for (const m of d.mentions) {
        const entity = merge.canonical(m.entity);
        const list = byEntity.get(entity) ?? [];
        list.push({ doc: id, mention: entity === m.entity ? m : { ...m, entity } });
        byEntity.set(entity, list);
      }
    }
    derived = { merge, claims, byEntity };
    return derived;
  };

  // Groups survive a change when none of their claims did: an edit regroups only the keys it touches.
  let groupCache = new Map<string, { signature: string; groups: ValueGroup[] }>();
  const claimKey = (doc: string, c: Claim) => `${doc}\u0000${c.start}\u0000${c.end}`;

  const grouped = (): Required<Derived> => {
    const d = base();
    if (d.groups) return d as Required<Derived>;
    const keyOf = createGroupKeyer();
    const members = new Map<string, ClaimRef[]>();
    const signatures = new Map<string, string[]>();
    for (const [doc, claims] of d.claims) {
      const hash = docs.get(doc)!.hash;
      for (const claim of claims) {
        const key = keyOf(claim);
        if (key === null) continue;
        let list = members.get(key);
        if (!list) {
          members.set(key, (list = []));
          signatures.set(key, []);
        }
        list.push({ doc, claim });
        signatures.get(key)!.push(`${doc}#${hash}#${claim.start}#${claim.subject}`);
      }
    }
    const nextCache = new Map<string, { signature: string; groups: ValueGroup[] }>();
    for (const [key, refs] of members) {
      const signature = signatures.get(key)!.join('|');
      const cached = groupCache.get(key);
      nextCache.set(key, cached && cached.signature === signature ? cached : { signature, groups: groupClaims(refs, options.conflicts, displayName) });
    }
    groupCache = nextCache;
    d.groups = [...nextCache.values()].flatMap((entry) => entry.groups).sort(compareGroups);
    d.groupByClaim = new Map();
    d.conflictsByDoc = new Map();
    for (const g of d.groups) {
      for (const ref of g.claims) d.groupByClaim.set(claimKey(ref.doc, ref.claim), g);
      for (const c of g.conflicts) {
        for (const doc of new Set([c.a.doc, c.b.doc])) {
          const list = d.conflictsByDoc.get(doc) ?? [];
          list.push(c);
          d.conflictsByDoc.set(doc, list);
        }
      }
    }
    return d as Required<Derived>;
  };

  const index: CorpusIndex = {
    upsert(id, text) {
      const previous = docs.get(id);
      if (previous && previous.hash === fnv1a(text) && previous.text === text) return previous;
      // Token objects are the bulk of a scanned document: the reuse index takes what it needs from them and the
      // corpus keeps only text, mentions and claims, so 10k articles fit in memory.
      const { analysis, scanned } = pipeline.analyze(id, text);
      docs.set(id, analysis);
      reuse.upsert(scanned);
      derived = undefined;
      return analysis;
    },
    remove(id) {
      if (!docs.delete(id)) return false;
      reuse.remove(id);
      derived = undefined;
      return true;
    },
    has: (id) => docs.has(id),
    ids: () => [...docs.keys()],
    get: (id) => docs.get(id),
    entities: () => base().merge.records,
    canonicalEntity: (id) => base().merge.canonical(id),
    mentionsOf(docId) {
      const d = docs.get(docId);
      if (!d) return [];
      const { merge } = base();
      return d.mentions.map((m) => (merge.canonical(m.entity) === m.entity ? m : { ...m, entity: merge.canonical(m.entity) }));
    },
    mentionsOfEntity: (entityId) => base().byEntity.get(entityId) ?? [],
    claimsOf: (docId) => base().claims.get(docId) ?? [],
    duplicates: () => reuse.links(),
    duplicatesFor: (docId) => reuse.linksFor(docId),
    valueGroups: () => grouped().groups,
    groupOf: (docId, claim) => grouped().groupByClaim.get(claimKey(docId, claim)),
    conflicts: () => grouped().groups.flatMap((g) => g.conflicts),
    conflictsFor: (docId) => grouped().conflictsByDoc.get(docId) ?? [],
    report: (skipped) => buildReport(index, skipped),
  };
  return index;
}
