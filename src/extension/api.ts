import type { CorpusStats, DocView } from '../worker/protocol';

/** What `activate()` returns: hooks for integration tests and for other extensions. */
export interface SourceLensApi {
  /** Resolves once pending analysis of visible editors, the corpus index and the Problems panel have finished. */
  idle(): Promise<void>;
  /** Ranges currently decorated in the editor showing `uri`, by kind, as [startOffset, endOffset]. */
  decorations(uri: string): Record<string, Array<[number, number]>>;
  /** The cached view of an open document (what hovers and highlights are drawn from), if any. */
  view(uri: string): DocView | undefined;
  /** Counts over the whole corpus index. */
  stats(): Promise<CorpusStats>;
  /** Whether highlights are switched on (`sourceLens.toggleHighlights`). */
  highlightsEnabled(): boolean;
  /** How often the corpus worker was restarted after a crash. */
  workerRestarts(): number;
  /** Test hook: ends the corpus worker as a crash would; does nothing outside extension tests. */
  crashWorkerForTest(): Promise<void>;
}
