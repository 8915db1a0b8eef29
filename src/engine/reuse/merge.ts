import type { DuplicateKind, PassageRef } from '../types';
import type { RawLink } from './copies';

// Two stretches this close on both sides are one passage cut by a small edit or a sentence break.
const MAX_GAP_WORDS = 3;
const MAX_GAP_CHARS = 40;
const STRENGTH: Record<DuplicateKind, number> = { exact: 0, edited: 1, restated: 2 };

/**
 * Merges links between the same two documents whose sides follow each other closely on both sides into one
 * link over the whole passage. The merged kind is the loosest of the parts; similarity is length-weighted.
 */
export function mergeAdjacent(links: RawLink[], textA: string, textB: string): RawLink[] {
  if (links.length < 2) return links;
  const sorted = [...links].sort((p, q) => p.a.start - q.a.start || p.b.start - q.b.start);
  const out: RawLink[] = [];
  for (const link of sorted) {
    const last = out[out.length - 1];
    if (last && closeAfter(last.a, link.a, textA) && closeAfter(last.b, link.b, textB)) {
      const merged = merge(last, link);
      const self = merged.a.doc === merged.b.doc;
      if (!self || merged.a.end <= merged.b.start) {
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push(link);
  }
  return out;
}

function closeAfter(prev: PassageRef, next: PassageRef, text: string): boolean {
  if (next.start < prev.end || next.start - prev.end > MAX_GAP_CHARS) return false;
  let words = 0;
  let inWord = false;
  for (let i = prev.end; i < next.start; i++) {
    const c = text.charCodeAt(i);
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
    if (wordChar && !inWord) words++;
    inWord = wordChar;
  }
  return words <= MAX_GAP_WORDS;
}

function merge(p: RawLink, q: RawLink): RawLink {
  const lenP = p.a.end - p.a.start + (p.b.end - p.b.start);
  const lenQ = q.a.end - q.a.start + (q.b.end - q.b.start);
  const kind: DuplicateKind = STRENGTH[p.kind] >= STRENGTH[q.kind] ? p.kind : q.kind;
  const gapless = p.kind === 'exact' && q.kind === 'exact';
  const merged: RawLink = {
    // Two verbatim runs with something between them are an edited copy, not one verbatim run.
    kind: gapless ? 'edited' : kind,
    similarity: Math.round(((p.similarity * lenP + q.similarity * lenQ) / (lenP + lenQ)) * 1000) / 1000,
    a: { doc: p.a.doc, start: p.a.start, end: Math.max(p.a.end, q.a.end) },
    b: { doc: p.b.doc, start: p.b.start, end: Math.max(p.b.end, q.b.end) },
    saturated: p.saturated && q.saturated,
  };
  const changes = [...(p.changes ?? []), ...(q.changes ?? [])];
  if (changes.length > 0) merged.changes = changes;
  return merged;
}
