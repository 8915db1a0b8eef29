import type { ScannedDocument } from '../types';
import { isUpperCode } from '../text/chars';
import { finishHash, fnv1a, mixHash } from './hash';
import { STOPWORDS } from './stopwords';

/** Word flags: what kind of evidence a matched word is. */
export const FLAG_NUMBER = 1;
export const FLAG_CAPITAL = 2;
export const FLAG_STOP = 4;

/** The words of a document (punctuation dropped) with hashes and flags, and its winnowed shingle fingerprints. */
export interface PreparedDoc {
  id: string;
  /** Small integer id inside one index; never reused. */
  num: number;
  doc: ScannedDocument;
  /** Token index of each word. */
  wordToken: Int32Array;
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

export function prepareDoc(doc: ScannedDocument, num: number, params: ShingleParams): PreparedDoc {
  const tokens = doc.tokens;
  const wordToken: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i].kind;
    if (kind === 'word' || kind === 'number') wordToken.push(i);
  }
  const n = wordToken.length;
  const wordHash = new Int32Array(n);
  const wordFlags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const tok = tokens[wordToken[i]];
    wordHash[i] = fnv1a(tok.norm) | 0;
    let flags = 0;
    if (tok.kind === 'number') flags |= FLAG_NUMBER;
    else if (isUpperCode(tok.text.charCodeAt(0))) flags |= FLAG_CAPITAL;
    if (STOPWORDS.has(tok.norm)) flags |= FLAG_STOP;
    wordFlags[i] = flags;
  }
  const { fpHash, fpPos } = winnow(wordHash, params);
  return { id: doc.id, num, doc, wordToken: Int32Array.from(wordToken), wordHash, wordFlags, fpHash, fpPos };
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
