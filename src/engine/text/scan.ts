import type { ScannedDocument } from '../types';
import { splitBlocks } from './blocks';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';

/** Tokens, sentences and line blocks of one document, all carrying UTF-16 offsets into `text`. */
export function scanDocument(id: string, text: string): ScannedDocument {
  const tokens = tokenize(text);
  return { id, text, tokens, sentences: splitSentences(text, tokens), blocks: splitBlocks(text, tokens) };
}
