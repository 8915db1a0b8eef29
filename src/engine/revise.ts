/**
 * Quick re-analysis of an edited document around the edit. A keystroke in a 20,000-word article must update its
 * highlights in a few milliseconds; analysing the whole text again takes tens. Analysis is line-local almost
 * everywhere (a paragraph is one line), so the edited lines are analysed again, with the lines just before them as
 * context, and every other span is kept and shifted. The corpus then analyses the whole text again in the background
 * and replaces this answer; the few document-wide cues a window cannot see (an acronym defined far above, the
 * article's dateline for "on Tuesday") are right again then.
 */
import type { Claim, EntityMention, Span } from './types';

/** The changed region: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest region that differs, from the common prefix and suffix of the two texts. */
export function diffRegion(oldText: string, newText: string): TextEdit {
  const shorter = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  return { start, oldEnd: oldText.length - tail, newEnd: newText.length - tail };
}

/** Lines before the edited ones analysed with them, so "its range" still finds the subject named just above. */
const CONTEXT_LINES = 2;

export interface EditWindow {
  /** Where the analysed text starts: the first context line. */
  contextStart: number;
  /** The edited lines in the new text; analysis results starting here or later replace the old ones. */
  start: number;
  end: number;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const next = text.indexOf('\n', at);
  return next < 0 ? text.length : next;
};

/**
 * The whole lines of `text` holding the new side of `edit`, and up to CONTEXT_LINES non-blank lines before them.
 * Null when they hold more than `maxChars`: a long line or a large paste is cheaper to analyse whole.
 */
export function editWindow(text: string, edit: TextEdit, maxChars: number): EditWindow | null {
  const start = lineStart(text, edit.start);
  const end = lineEnd(text, edit.newEnd);
  if (end - start > maxChars) return null;
  let contextStart = start;
  for (let lines = 0; lines < CONTEXT_LINES && contextStart > 0; ) {
    const previous = lineStart(text, contextStart - 1);
    if (start - previous > maxChars) break;
    if (text.slice(previous, contextStart).trim() !== '') lines++;
    contextStart = previous;
  }
  return { contextStart, start, end };
}

/** What the window's own analysis found, with offsets relative to the window's text. */
export interface WindowAnalysis {
  mentions: readonly EntityMention[];
  claims: readonly Claim[];
}

/** The edited document's spans, and the edit that moved the old ones (copies and conflicts move with it too). */
export interface RevisedSpans {
  mentions: EntityMention[];
  claims: Claim[];
  edit: TextEdit;
}

/**
 * Moves an old span into the new text, or drops it (null) when the edit touches it: the words there changed, and
 * the window's analysis says what they are now.
 */
export function moveSpan<T extends Span>(span: T, edit: TextEdit): T | null {
  if (span.end < edit.start) return span;
  if (span.start > edit.oldEnd) {
    const delta = edit.newEnd - edit.oldEnd;
    return delta === 0 ? span : { ...span, start: span.start + delta, end: span.end + delta };
  }
  return null;
}

/** Moves an old span across an edit, stretching or shrinking one that contains it (a duplicated passage being typed in). */
export function shiftAcross<T extends Span>(span: T, edit: TextEdit): T | null {
  const delta = edit.newEnd - edit.oldEnd;
  if (span.end <= edit.start) return span;
  if (span.start >= edit.oldEnd) return delta === 0 ? span : { ...span, start: span.start + delta, end: span.end + delta };
  if (span.start <= edit.start && span.end >= edit.oldEnd) {
    const end = span.end + delta;
    return end > span.start ? { ...span, end } : null;
  }
  return null;
}

/**
 * The old document's spans the edit did not touch, moved, and the window's spans where nothing old remains. Old spans
 * win where both exist: they were found with the whole document in view (a short name resolved through the full name
 * paragraphs above, a figure's subject named in the heading). Entity ids found in the window are mapped onto the ids
 * the old analysis gave the same words; `canonical` maps the rest.
 */
export function reviseSpans(
  old: { mentions: readonly EntityMention[]; claims: readonly Claim[] },
  edit: TextEdit,
  window: EditWindow,
  found: WindowAnalysis,
  canonical: (localId: string) => string,
): RevisedSpans {
  const idOfWords = new Map<string, string>();
  for (const m of old.mentions) idOfWords.set(wordsKey(m), m.entity);
  const idMap = new Map<string, string>();
  for (const m of found.mentions) if (!idMap.has(m.entity)) idMap.set(m.entity, idOfWords.get(wordsKey(m)) ?? canonical(m.entity));
  const fromWindow = <T extends Span>(s: T): T | null => {
    const start = s.start + window.contextStart;
    return start >= window.start ? { ...s, start, end: s.end + window.contextStart } : null;
  };
  const mentions = merged(
    old.mentions.flatMap((m) => moveSpan(m, edit) ?? []),
    found.mentions.flatMap((m) => {
      const moved = fromWindow(m);
      return moved ? [{ ...moved, entity: idMap.get(m.entity)! }] : [];
    }),
  );
  const claims = merged(
    old.claims.flatMap((c) => moveSpan(c, edit) ?? []),
    found.claims.flatMap((c) => {
      const moved = fromWindow(c);
      return moved ? [{ ...moved, subject: idMap.get(c.subject) ?? c.subject }] : [];
    }),
  );
  return { mentions, claims, edit };
}

/** Kept spans (sorted, as the old analysis was) with the added ones that overlap none of them, sorted. */
function merged<T extends Span>(kept: T[], added: readonly T[]): T[] {
  const fits = (s: T) => {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].end <= s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo === kept.length || kept[lo].start >= s.end;
  };
  const out = [...kept, ...added.filter(fits)];
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

const wordsKey = (m: EntityMention) => `${m.type}\u0000${m.text.toLowerCase()}`;
