import type { Dictionary, EntityMention, EntityMerge, ScannedDocument } from '../types';
import { buildContext } from './context';
import { buildLexicon } from './lexicon/index';
import { createEntityMerger } from './merge';
import { recognize } from './recognize';
import { typeResultLines } from './records';
import { resolve } from './resolve';

/** Named-entity recognition for one workspace dictionary. */
export interface EntityStage {
  /** Mentions of one document: sorted by start, non-overlapping, with stable ids (`person:vladimir-putin`). */
  find(doc: ScannedDocument): EntityMention[];
  /**
   * Corpus-level entities: spelling variants and short names merged; `canonical` maps document ids onto them.
   * Remembers each document's mention array: pass the same array for an unchanged document and only the changed
   * ones are counted again (an unchanged corpus returns the previous result).
   */
  merge(docs: ReadonlyMap<string, readonly EntityMention[]>): EntityMerge;
}

export function createEntityStage(dictionary: Dictionary): EntityStage {
  const lexicon = buildLexicon(dictionary);
  return {
    find(doc) {
      const ctx = buildContext(doc);
      return resolve(doc, ctx, lexicon, typeResultLines(doc, ctx, lexicon, recognize(doc, ctx, lexicon)));
    },
    merge: createEntityMerger(),
  };
}
