import type { ScannedDocument } from '../types';
import { isUpperCode } from '../text/chars';
import { finishHash, fnv1a, mixHash } from './hash';
import { STOPWORDS } from './stopwords';

/** Word flags: what kind of evidence a matched word is. */
export const FLAG_NUMBER = 1;
export const FLAG_CAPITAL = 2;
export const FLAG_STOP = 4;

/**
 * The words of a document (punctuation dropped) with hashes and flags, and its winnowed shingle fingerprints.
 * Kept for every indexed document, so it holds typed arrays and the text only: token objects would cost about
 * 100 bytes per token for the life of the index.
 */
export interface PreparedDoc {
  id: string;
  /** Small integer id inside one index; never reused. */
  num: number;
  text: string;
  /** Offsets of each word in `text`. */
  wordStart: Int32Array;
  wordEnd: Int32Array;
  /** Offsets of each sentence of the scanned document, and the words [sentenceWordFrom, sentenceWordTo) it holds. */
  sentenceStart: Int32Array;
  sentenceEnd: Int32Array;
  sentenceWordFrom: Int32Array;
  sentenceWordTo: Int32Array;
  /** 1 for a sentence in a heading or table row: a label, not a statement. */
  sentenceLabel: Uint8Array;
  wordHash: Int32Array;
  wordFlags: Uint8Array;
  /** Winnowed shingle hashes and the word position where each shingle starts. */
  fpHash: Int32Array;
  fpPos: Int32Array;
}

export interface ShingleParams {
  /** Words per shingle. */
  k: number;
  /** Winnowing window in shingles: every shared run of k + w - 1 words yields a shared fingerprint. */
  w: number;
}

export function shingleParams(minExactWords: number): ShingleParams {
  const k = Math.min(4, Math.max(2, minExactWords - 1));
  return { k, w: Math.max(1, minExactWords - k + 1) };
}

/** Token index of each word (word and number tokens; punctuation is not a word). */
export function wordTokens(doc: ScannedDocument): Int32Array {
  const tokens = doc.tokens;
  let n = 0;
  for (let i = 0; i < tokens.length; i++) if (isWordKind(tokens[i].kind)) n++;
  const out = new Int32Array(n);
  n = 0;
  for (let i = 0; i < tokens.length; i++) if (isWordKind(tokens[i].kind)) out[n++] = i;
  return out;
}

const isWordKind = (kind: string) => kind === 'word' || kind === 'number';

/** A figure, or a capitalised word that is not a function word: what a mutated copy changes. */
export function isFactOrName(d: PreparedDoc, i: number): boolean {
  const f = d.wordFlags[i];
  return (f & FLAG_NUMBER) !== 0 || ((f & FLAG_CAPITAL) !== 0 && (f & FLAG_STOP) === 0);
}

/** Headings and table rows are labels, not statements: their few words sit inside many real sentences. */
export const isLabelBlock = (kind: string | undefined): boolean => kind === 'heading' || kind === 'table-row' || kind === 'table-separator';

export function prepareDoc(doc: ScannedDocument, num: number, params: ShingleParams): PreparedDoc {
  const tokens = doc.tokens;
  const wordToken = wordTokens(doc);
  const n = wordToken.length;
  const wordHash = new Int32Array(n);
  const wordFlags = new Uint8Array(n);
  const wordStart = new Int32Array(n);
  const wordEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const tok = tokens[wordToken[i]];
    wordStart[i] = tok.start;
    wordEnd[i] = tok.end;
    wordHash[i] = fnv1a(tok.norm) | 0;
    let flags = 0;
    if (tok.kind === 'number') flags |= FLAG_NUMBER;
    else if (isUpperCode(tok.text.charCodeAt(0))) flags |= FLAG_CAPITAL;
    if (STOPWORDS.has(tok.norm)) flags |= FLAG_STOP;
    wordFlags[i] = flags;
  }
  const { fpHash, fpPos } = winnow(wordHash, params);
  const sentences = doc.sentences;
  const sentenceStart = new Int32Array(sentences.length);
  const sentenceEnd = new Int32Array(sentences.length);
  const sentenceWordFrom = new Int32Array(sentences.length);
  const sentenceWordTo = new Int32Array(sentences.length);
  const sentenceLabel = new Uint8Array(sentences.length);
  let block = 0;
  for (let s = 0; s < sentences.length; s++) {
    while (block + 1 < doc.blocks.length && doc.blocks[block].tokenEnd <= sentences[s].tokenStart) block++;
    if (isLabelBlock(doc.blocks[block]?.kind)) sentenceLabel[s] = 1;
    sentenceStart[s] = sentences[s].start;
    sentenceEnd[s] = sentences[s].end;
    sentenceWordFrom[s] = firstWordAtOrAfter(wordToken, sentences[s].tokenStart);
    sentenceWordTo[s] = firstWordAtOrAfter(wordToken, sentences[s].tokenEnd);
  }
  return {
    id: doc.id,
    num,
    text: doc.text,
    wordStart,
    wordEnd,
    sentenceStart,
    sentenceEnd,
    sentenceWordFrom,
    sentenceWordTo,
    sentenceLabel,
    wordHash,
    wordFlags,
    fpHash,
    fpPos,
  };
}

function firstWordAtOrAfter(wordToken: Int32Array, token: number): number {
  let lo = 0, hi = wordToken.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (wordToken[mid] < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function winnow(wordHash: Int32Array, { k, w }: ShingleParams): { fpHash: Int32Array; fpPos: Int32Array } {
  const count = wordHash.length - k + 1;
  if (count <= 0) return { fpHash: new Int32Array(0), fpPos: new Int32Array(0) };
  const shingles = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < k; j++) h = mixHash(h, wordHash[i + j]);
    shingles[i] = finishHash(h);
  }
  const hashes: number[] = [];
  const positions: number[] = [];
  let lastPicked = -1;
  const windows = Math.max(1, count - w + 1);
  for (let start = 0; start < windows; start++) {
    const end = Math.min(count, start + w);
    // Rightmost minimum, so that a window sliding over an unchanged minimum keeps the same pick.
    let best = start;
    for (let i = start + 1; i < end; i++) if (shingles[i] <= shingles[best]) best = i;
    if (best !== lastPicked) {
      hashes.push(shingles[best]);
      positions.push(best);
      lastPicked = best;
    }
  }
  return { fpHash: Int32Array.from(hashes), fpPos: Int32Array.from(positions) };
}
