import type { Block, BlockKind, Span, Token } from '../types';
import { isDigitCode, isSpaceCode } from './chars';

const MAX_HEADING_WORDS = 14;
const MAX_HEADING_CHARS = 120;
const BULLETS = new Set(['-', '*', '+', '•', '–', '—', '‣', '◦', '·']);

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSeparatorRow(line: string): boolean {
  let dashes = 0;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k];
    if (ch === '-' || ch === '–' || ch === '—') dashes++;
    else if (ch !== '|' && ch !== ':' && ch !== ' ' && ch !== '\t' && ch !== '+' && ch !== '=') return false;
  }
  return dashes >= 3;
}

function tableCells(text: string, start: number, end: number): Span[] {
  const cells: Span[] = [];
  let cellStart = start;
  for (let k = start; k <= end; k++) {
    if (k === end || text.charCodeAt(k) === 124) {
      const cell = trimSpan(text, cellStart, k);
      // Edge pipes ("| a | b |") make empty first and last cells that are not columns.
      const atEdge = cellStart === start || k === end;
      if (cell.end > cell.start || !atEdge) cells.push(cell);
      cellStart = k + 1;
    }
  }
  return cells;
}

function isBulletStart(line: string): boolean {
  if (BULLETS.has(line[0]) && (line.length === 1 || line[1] === ' ' || line[1] === '\t')) return true;
  let k = 0;
  while (k < line.length && k < 3 && isDigitCode(line.charCodeAt(k))) k++;
  return k > 0 && (line[k] === '.' || line[k] === ')') && (line[k + 1] === ' ' || line[k + 1] === '\t');
}

function looksLikeHeading(line: string, wordCount: number): boolean {
  if (wordCount === 0 || wordCount > MAX_HEADING_WORDS || line.length > MAX_HEADING_CHARS) return false;
  const last = line[line.length - 1];
  return !'.!?:;,"”’\''.includes(last);
}

function classify(line: string, wordCount: number): { kind: BlockKind; level?: number } {
  if (line.length === 0) return { kind: 'blank' };
  const hashes = /^(#{1,6})\s/.exec(line);
  if (hashes) return { kind: 'heading', level: hashes[1].length };
  if (line.includes('|')) return isSeparatorRow(line) ? { kind: 'table-separator' } : { kind: 'table-row' };
  if (isSeparatorRow(line)) return { kind: 'table-separator' };
  if (isBulletStart(line)) return { kind: 'bullet' };
  if (looksLikeHeading(line, wordCount)) return { kind: 'heading', level: 0 };
  return { kind: 'paragraph' };
}

/** Classifies every line: markdown and guessed headings, bullets, pipe-table rows with their cells, paragraphs. */
export function splitBlocks(text: string, tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  let t = 0;
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const tokenStart = t;
    let words = 0;
    while (t < tokens.length && tokens[t].start < lineEnd) {
      if (tokens[t].kind === 'word') words++;
      t++;
    }
    const trimmed = trimSpan(text, lineStart, contentEnd);
    const line = text.slice(trimmed.start, trimmed.end);
    const { kind, level } = classify(line, words);
    const block: Block = { kind, start: trimmed.start, end: trimmed.end, tokenStart, tokenEnd: t };
    if (level !== undefined) block.level = level;
    if (kind === 'table-row') block.cells = tableCells(text, trimmed.start, trimmed.end);
    blocks.push(block);
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  return blocks;
}
