import { isLowerCode, isUpperCode } from '../text/chars';
import type { ScannedDocument } from '../types';

/** The first letter is a capital. */
export const F_CAP = 1;
/** Two or more letters, all capitals ("NATO", "KYIV"). */
export const F_ALL_CAPS = 2;
/** Capitals carry no evidence here: headings, table rows, bullet labels, ALL-CAPS lines. */
export const F_TITLE = 4;
/** First word of a sentence, of a bullet, or after a colon. */
export const F_INITIAL = 8;
/** First word of a paragraph in capitals followed by a comma or dash: a dateline ("KYIV, March 3 -"). */
export const F_DATELINE = 16;

/** What the recogniser knows about each token's position, computed once per document. */
export interface TokenContext {
  flags: Uint8Array;
  /** Norms of words seen starting with a lower-case letter in running text: evidence of a common word. */
  lowerSeen: Set<string>;
  /** Index one past the last token of the line holding each token. */
  lineEnd: Int32Array;
}

const MAX_LABEL_WORDS = 6;
const ALL_CAPS_LINE_SHARE = 0.8;

function isAllCaps(text: string): boolean {
  if (text.length < 2) return false;
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isLowerCode(c)) return false;
    if (isUpperCode(c)) letters++;
  }
  return letters >= 2;
}

export function buildContext(doc: ScannedDocument): TokenContext {
  const { tokens, blocks, sentences } = doc;
  const flags = new Uint8Array(tokens.length);
  const lineEnd = new Int32Array(tokens.length);
  const lowerSeen = new Set<string>();

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const c = t.text.charCodeAt(0);
    if (isUpperCode(c)) {
      flags[i] |= F_CAP;
      if (isAllCaps(t.text)) flags[i] |= F_ALL_CAPS;
    }
  }

  for (const block of blocks) {
    const { tokenStart: from, tokenEnd: to } = block;
    for (let i = from; i < to; i++) lineEnd[i] = to;
    let words = 0;
    let caps = 0;
    for (let i = from; i < to; i++) {
      if (tokens[i].kind !== 'word' || tokens[i].text.length < 2) continue;
      words++;
      if (flags[i] & F_ALL_CAPS) caps++;
    }
    const capsLine = words >= 3 && caps >= words * ALL_CAPS_LINE_SHARE;
    const guessedHeading = block.kind === 'heading' && block.level === 0;
    const heading = block.kind === 'heading' && !(guessedHeading && !capsLine && isListOrRecord(doc, from, to));
    if (heading || block.kind === 'table-row' || capsLine) {
      for (let i = from; i < to; i++) flags[i] |= F_TITLE;
      continue;
    }
    if (block.kind !== 'paragraph' && block.kind !== 'bullet' && block.kind !== 'heading') continue;
    markLabel(doc, from, to, flags);
    markDateline(doc, from, to, flags);
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (t.kind === 'word' && isLowerCode(t.text.charCodeAt(0))) lowerSeen.add(t.norm);
    }
  }

  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (tokens[i].kind === 'word') {
        flags[i] |= F_INITIAL;
        break;
      }
    }
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = tokens[i].norm;
    if (n === ':' || n === '"' || n === '-' || n === '•') {
      const next = tokens[i + 1];
      const glued = next.start === tokens[i].end;
      if (next.kind === 'word' && (n === ':' || (n === '-' ? !glued : glued))) flags[i + 1] |= F_INITIAL;
    }
  }
  return { flags, lowerSeen, lineEnd };
}

/** Separators of a list: commas, semicolons and the brackets of "Ann Lee (Leeds), Bo Chan". */
const MIN_LIST_COMMAS = 2;
const MIN_RECORD_NUMBERS = 2;
const MIN_LOWER_WORDS = 2;
const MIN_LOWER_WORD_CHARS = 4;

/**
 * A short line without a final stop is guessed to be a heading, but lists of names ("Ann Lee, Bo Chan, Cy Diaz"),
 * result and score lines ("Leeds 2 Hull 1") and sentence-case lines ("Lee beat Chan in three sets") are not
 * headings: their capitals are evidence of names as in running text.
 */
function isListOrRecord(doc: ScannedDocument, from: number, to: number): boolean {
  let commas = 0;
  let numbers = 0;
  let lowerWords = 0;
  let capWords = 0;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'number') numbers++;
    else if (t.norm === ',' || t.norm === ';' || t.norm === '(') commas++;
    else if (t.kind === 'word' && t.text.length >= MIN_LOWER_WORD_CHARS && isLowerCode(t.text.charCodeAt(0))) lowerWords++;
    else if (t.kind === 'word' && isUpperCode(t.text.charCodeAt(0))) capWords++;
  }
  // A title-case headline has more capitalised words than lower-case ones, whatever its small words; a sentence
  // capitalises its first word and its names.
  const sentenceCase = lowerWords >= MIN_LOWER_WORDS && lowerWords >= capWords;
  return commas >= MIN_LIST_COMMAS || numbers >= MIN_RECORD_NUMBERS || sentenceCase;
}

/** "Pros:", "Increased Militarization: ..." - the words before an early colon label the line. */
function markLabel(doc: ScannedDocument, from: number, to: number, flags: Uint8Array): void {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'word') {
      if (++words > MAX_LABEL_WORDS) return;
    } else if (t.norm === ':') {
      for (let k = from; k < i; k++) flags[k] |= F_TITLE;
      return;
    } else if (t.norm === '.' || t.norm === ',' || t.norm === '?' || t.norm === '!') {
      return;
    }
  }
}

function markDateline(doc: ScannedDocument, from: number, to: number, flags: Uint8Array): void {
  let i = from;
  while (i < to && doc.tokens[i].kind !== 'word') i++;
  const first = i;
  while (i < to && doc.tokens[i].kind === 'word' && flags[i] & F_ALL_CAPS) i++;
  if (i === first || i >= to) return;
  const after = doc.tokens[i].norm;
  if (after !== ',' && after !== '-' && after !== '(') return;
  for (let k = first; k < i; k++) flags[k] |= F_DATELINE;
}
