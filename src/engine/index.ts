/**
 * Source Lens engine: pure analysis of articles (no `vscode`, no file system).
 *
 * `createAnalyzer(options)` assembles the stages — scanning, entities, claims, reuse and conflicts — into one
 * incremental corpus index.
 */
import { createDocumentPipeline } from './analyzer';
import { resolveOptions, type PartialOptions } from './config';
import { createCorpusIndex, type CorpusIndex } from './corpus';
import type { Report } from './report/model';
import type { AnalyzerOptions } from './types';

export interface Analyzer {
  readonly options: AnalyzerOptions;
  readonly corpus: CorpusIndex;
  /** The contract's JSON report of the whole corpus. */
  report(skipped?: Report['skipped']): Report;
}

export function createAnalyzer(options: PartialOptions = {}): Analyzer {
  const resolved = resolveOptions(options);
  const corpus = createCorpusIndex(resolved);
  return { options: resolved, corpus, report: (skipped) => corpus.report(skipped) };
}

export { createDocumentPipeline, resolveOptions };
export type { DocumentAnalysis, DocumentPipeline } from './analyzer';
export type { CorpusIndex } from './corpus';
export type { PartialOptions } from './config';
export { parseDictionary, DEFAULT_OPTIONS, EMPTY_DICTIONARY, ENTITY_TYPES } from './config';
export type { Report, ReportDocument, ReportConflict, ReportDuplicate } from './report/model';
export * from './types';
