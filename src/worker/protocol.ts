import type {
  Claim,
  ClaimRef,
  Conflict,
  DuplicateLink,
  EntityMention,
  EntityRecord,
  PartialOptions,
  Report,
  ValueGroup,
} from '../engine';

/** Options that can cross a thread boundary (no functions). */
export type WorkerOptions = Omit<PartialOptions, 'displayName'> & {
  /** How document ids are named in conflict notes: their last path segment ("report.md", the default) or in full. */
  displayNames?: 'basename' | 'id';
};

export interface EntitySummary extends EntityRecord {
  /** Files that mention the entity, with their first mention and count, most mentions first. */
  files: Array<{ doc: string; start: number; end: number; count: number }>;
}

/** Another source's figure for the same subject and attribute, as a claim's hover lists it. */
export interface ValueRow {
  ref: ClaimRef;
  /** The figure as a person would write it: "up to 2,000 km". */
  figure: string;
  verdict: 'agree' | 'conflict' | 'incomparable';
  /** "report.md says 2,000 km; this says 500 km (4× smaller)", or "report.md says 2,000 km (agrees)". */
  note: string;
}

/** Everything the editor needs to draw and hover one document without asking again. */
export interface DocView {
  doc: string;
  /** FNV-1a of the analysed text: the editor compares it with the text it shows before trusting offsets. */
  hash: number;
  mentions: EntityMention[];
  claims: Claim[];
  duplicates: DuplicateLink[];
  conflicts: Conflict[];
  /** Entities mentioned in the document or named as a claim's subject, by corpus id. */
  entities: Record<string, EntitySummary>;
  /** How many figures (this one included) share each claim's subject and attribute, index-aligned with `claims`; 0 when none other does. */
  groupSizes: number[];
  /** The figure of each claim formatted with its qualifier ("up to 500 km"), index-aligned with `claims`. */
  figures: string[];
  /**
   * What other sources say about each claim's subject and attribute, index-aligned with `claims`: every disagreeing
   * figure, then agreeing or incomparable ones from a capped number of sources (the full table is `valueGroups()`).
   */
  values: ValueRow[][];
}

export interface CorpusStats {
  documents: number;
  entities: number;
  claims: number;
  duplicates: number;
  /**
   * Verbatim copies: unlike restated links (and the edited links some of them align into), these never depend on
   * the order documents were indexed in.
   */
  exactCopies: number;
  conflicts: number;
}

/** The worker isolate's heap in bytes (V8 heap statistics, measured inside the worker thread). */
export interface WorkerMemory {
  /** Live objects on the heap, measured right after a full garbage collection. */
  heapUsed: number;
  /** Heap the isolate has reserved from the system: what the worker costs, garbage included. */
  heapTotal: number;
  /** Memory held outside the heap by objects on it (buffers, typed arrays). */
  external: number;
  /** The heap size at which the worker runs out of memory (its `resourceLimits`). */
  heapLimit: number;
}

/** A span of an indexed document as editor coordinates: zero-based [startLine, startCharacter, endLine, endCharacter]. */
export type LineRange = [number, number, number, number];

/** A conflict located in both documents, with the note written from each side. */
export interface ConflictProblem {
  conflict: Conflict;
  /** The note from side b's point of view ("a.md says 500 km; this says 2,000 km (4× larger)"); `conflict.note` is side a's. */
  noteForB: string;
  ranges: [LineRange | null, LineRange | null];
}

/** A duplicate link located in both documents. */
export interface DuplicateProblem {
  link: DuplicateLink;
  ranges: [LineRange | null, LineRange | null];
}

/** What the corpus worker answers. Every method is synchronous inside the worker; the client makes it async. */
export interface WorkerApi {
  configure(options: WorkerOptions): void;
  /** Adds or replaces one document and returns its view. */
  upsert(doc: string, text: string): DocView;
  /**
   * The quick view of an edited open document: the edited lines analysed again, everything else carried over from
   * its last view. The corpus is not changed; `upsert` follows with the full view. Falls back to `upsert` when there
   * is no last view or the edit is too large to revise locally.
   */
  edit(doc: string, text: string): DocView;
  /** Bulk indexing: no views computed, so corpus-wide work waits until someone asks. */
  upsertMany(docs: Array<{ doc: string; text: string }>): number;
  remove(doc: string): boolean;
  /** Removes several documents at once; returns how many were indexed. */
  removeMany(docs: string[]): number;
  rename(from: string, to: string): boolean;
  clear(): void;
  ids(): string[];
  view(doc: string): DocView | null;
  /** Line and character of spans in the indexed text, for editor locations of documents that are not open; null for an unknown document. */
  locate(spans: Array<{ doc: string; start: number; end: number }>): Array<LineRange | null>;
  entities(): EntityRecord[];
  mentionsOfEntity(entity: string): Array<{ doc: string; mention: EntityMention }>;
  valueGroups(): ValueGroup[];
  duplicates(): DuplicateLink[];
  conflicts(): Conflict[];
  /** Every conflict (and duplicate, when asked) located for the Problems panel, in one round trip. */
  problems(includeDuplicates: boolean): { conflicts: ConflictProblem[]; duplicates: DuplicateProblem[] };
  report(skipped: Report['skipped']): Report;
  stats(): CorpusStats;
  /** The worker thread's own V8 heap (not the extension host's), for load tests and diagnostics. */
  memory(): WorkerMemory;
  /** Test hook: ends the worker thread as a crash would. Honoured only when the client was created with `testHooks`. */
  crashForTest(): void;
}

export type WorkerMethod = keyof WorkerApi;

/** Every method name, so the client can build a plain object instead of a catch-all proxy. */
export const WORKER_METHODS: readonly WorkerMethod[] = [
  'configure',
  'upsert',
  'edit',
  'upsertMany',
  'remove',
  'removeMany',
  'rename',
  'clear',
  'ids',
  'view',
  'locate',
  'entities',
  'mentionsOfEntity',
  'valueGroups',
  'duplicates',
  'conflicts',
  'problems',
  'report',
  'stats',
  'memory',
  'crashForTest',
];

export interface WorkerRequest<M extends WorkerMethod = WorkerMethod> {
  id: number;
  method: M;
  args: Parameters<WorkerApi[M]>;
}

export type WorkerResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** `workerData` the client passes to the worker thread. */
export interface WorkerBootData {
  testHooks?: boolean;
}
