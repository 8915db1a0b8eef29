import type { CorpusStats, DocView, WorkerMemory } from '../worker/protocol';
import type { IndexProgress } from './corpusService';

/** What `activate()` returns: hooks for integration tests and for other extensions. */
export interface SourceLensApi {
  /** Resolves once pending analysis of visible editors, the corpus index and the Problems panel have finished. */
  idle(): Promise<void>;
  /** Ranges currently decorated in the editor showing `uri`, by kind, as [startOffset, endOffset]. */
  decorations(uri: string): Record<string, Array<[number, number]>>;
  /** The cached view of an open document (what hovers and highlights are drawn from), if any. */
  view(uri: string): DocView | undefined;
  /** The uri of every document in the corpus index; cheap, unlike `stats()`, which computes the corpus-wide results. */
  indexedDocuments(): Promise<string[]>;
  /** Counts over the whole corpus index. */
  stats(): Promise<CorpusStats>;
  /** Whether highlights are switched on (`sourceLens.toggleHighlights`). */
  highlightsEnabled(): boolean;
  /** The workspace indexing run in progress (files sent to the worker of all found), or undefined when none runs. */
  indexing(): IndexProgress | undefined;
  /** The corpus worker's heap, measured inside the worker thread. */
  workerMemory(): Promise<WorkerMemory>;
  /** How often the corpus worker was restarted after a crash. */
  workerRestarts(): number;
  /** Test hook: ends the corpus worker as a crash would; does nothing outside extension tests. */
  crashWorkerForTest(): Promise<void>;
}
