import { detectArticleDate } from './claims/articleDate';
import { iso } from './claims/calendar';
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
  /** The article's own date (ISO), against which "on Tuesday" resolves; null when it gives none. */
  articleDate: string | null;
}

/** The per-document pipeline: scan, entities, claims. Pure and synchronous; cheap enough to run per keystroke pause. */
export interface DocumentPipeline {
  /**
   * The analysis, and the scanned tokens for stages that index them; callers keep only the analysis. A window of a
   * longer text passes that text's `articleDate` rather than guessing one from the window's first lines.
   */
  analyze(id: string, text: string, articleDate?: string | null): { analysis: DocumentAnalysis; scanned: ScannedDocument };
  readonly entities: EntityStage;
}

export function createDocumentPipeline(dictionary: Dictionary): DocumentPipeline {
  const entities = createEntityStage(dictionary);
  return {
    entities,
    analyze(id, text, articleDate) {
      const scanned = scanDocument(id, text);
      const mentions = entities.find(scanned);
      const day = articleDate === undefined ? detectArticleDate(scanned) : null;
      const date = articleDate === undefined ? (day ? iso(day) : null) : articleDate;
      const claims = extractClaims(scanned, mentions, { articleDate: date }).map(sharedShape);
      return { analysis: { id, hash: fnv1a(text), text, mentions, claims, articleDate: date }, scanned };
    },
  };
}

/**
 * The same claim (same keys in the same order) built property by property. Claims made by spreading a literal and
 * adding keys (`{ ...partial, subject }`) each get a hidden class of their own in V8, about 200 bytes apiece; built
 * this way, claims with the same keys share one. The corpus keeps every claim, so this is most of a claim's cost.
 */
function sharedShape(claim: Claim): Claim {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(claim)) out[key] = (claim as unknown as Record<string, unknown>)[key];
  return out as unknown as Claim;
}
