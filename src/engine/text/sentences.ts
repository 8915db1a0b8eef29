import type { Sentence, Token } from '../types';
import { isUpperCode } from './chars';

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'st',
  'jr', 'sr', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'fig', 'approx', 'est', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'pres', 'rev', 'hon', 'dept', 'univ',
]);

const CLOSERS = new Set(['"', "'", ')', ']', '»']);

function hasNewlineBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function isAbbreviationStop(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i].start || prev.kind !== 'word') return false;
  if (ABBREVIATIONS.has(prev.norm)) return true;
  // Initials and dotted acronyms ("U.S.", "J. K. Rowling") stand alone; the C of "30°C." does not.
  const before = prev.start === 0 ? ' ' : text[prev.start - 1];
  return prev.text.length === 1 && isUpperCode(prev.text.charCodeAt(0)) && /[\s.(\["'“‘]/.test(before);
}

function startsSentence(tok: Token): boolean {
  if (tok.kind === 'number' || tok.norm === '"' || tok.norm === "'" || tok.text === '(') return true;
  return tok.kind === 'word' && isUpperCode(tok.text.charCodeAt(0));
}

/** Ends a sentence after '.', '!' or '?' before a capitalised token, and always at a line break. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endIdx: number) => {
    if (endIdx > first) {
      sentences.push({ start: tokens[first].start, end: tokens[endIdx - 1].end, tokenStart: first, tokenEnd: endIdx });
    }
    first = endIdx;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    if (hasNewlineBetween(text, tok.end, next.start)) {
      close(i + 1);
      continue;
    }
    const isStop = tok.text === '.' || tok.text === '!' || tok.text === '?' || tok.text === '…';
    if (!isStop) continue;
    let endIdx = i + 1;
    while (endIdx < tokens.length && CLOSERS.has(tokens[endIdx].norm) && tokens[endIdx].start === tokens[endIdx - 1].end) endIdx++;
    const after = tokens[endIdx];
    if (!after || hasNewlineBetween(text, tokens[endIdx - 1].end, after.start)) continue;
    if (tok.text === '.' && isAbbreviationStop(text, tokens, i)) continue;
    const glued = after.start === tokens[endIdx - 1].end;
    // "tensions.The": recycled copy often drops the space after a full stop.
    if (glued && !(after.kind === 'word' && tokens[i - 1]?.kind === 'word' && tokens[i - 1].text.length > 1)) continue;
    if (!startsSentence(after)) continue;
    close(endIdx);
    i = endIdx - 1;
  }
  close(tokens.length);
  return sentences;
}
