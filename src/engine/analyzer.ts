import { extractClaims } from './claims/index';
import { createEntityStage, type EntityStage } from './entities/index';
import { scanDocument } from './text/scan';
import type { Claim, Dictionary, EntityMention, ScannedDocument } from './types';
import { fnv1a } from './util/hash';

/** Everything the engine knows about one document on its own, before corpus-wide merging. */
export interface DocumentAnalysis {
  id: string;
  /** FNV-1a of the text: an unchanged document is not analysed again. */
  hash: number;
  text: string;
  mentions: EntityMention[];
  claims: Claim[];
}

/** The per-document pipeline: scan, entities, claims. Pure and synchronous; cheap enough to run per keystroke pause. */
export interface DocumentPipeline {
  /** The analysis, and the scanned tokens for stages that index them; callers keep only the analysis. */
  analyze(id: string, text: string): { analysis: DocumentAnalysis; scanned: ScannedDocument };
  readonly entities: EntityStage;
}

export function createDocumentPipeline(dictionary: Dictionary): DocumentPipeline {
  const entities = createEntityStage(dictionary);
  return {
    entities,
    analyze(id, text) {
      const scanned = scanDocument(id, text);
      const mentions = entities.find(scanned);
      const claims = extractClaims(scanned, mentions);
      return { analysis: { id, hash: fnv1a(text), text, mentions, claims }, scanned };
    },
  };
}
