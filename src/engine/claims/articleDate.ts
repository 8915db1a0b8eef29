import type { ScannedDocument } from '../types';
import type { Day } from './calendar';
import { MONTHS, validDay } from './calendar';
import { matchDate, mayStartDate } from './dates';

const TOP_LINES = 6;
const PUBLISHED = new Set(['published', 'updated', 'posted']);

/** Parses "2024-12-06" (or a longer ISO timestamp) into a day. */
export function parseIsoDay(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return validDay(day.y, day.m, day.d) ? day : null;
}

function dayAt(doc: ScannedDocument, i: number): Day | null {
  const m = matchDate(doc.tokens, i, null, 0);
  if (!m?.interval) return null;
  const [a, b] = m.interval;
  return a.y === b.y && a.m === b.m && a.d === b.d ? a : null;
}

/**
 * The article's own date: a date after "Published"/"Updated" anywhere in the first lines or the byline, else
 * the first full date near the top (dateline, byline, first paragraph).
 */
export function detectArticleDate(doc: ScannedDocument): Day | null {
  const { tokens, blocks } = doc;
  let topEnd = tokens.length;
  let lines = 0;
  for (const b of blocks) {
    if (b.kind === 'blank') continue;
    if (++lines > TOP_LINES) {
      topEnd = b.tokenStart;
      break;
    }
  }
  // Bylines sit at the top or the bottom of a page.
  const head = Math.min(tokens.length, 600);
  const tail = Math.max(head, tokens.length - 300);
  for (let i = 0; i < tokens.length; i++) {
    if (i === head) i = tail;
    if (i >= tokens.length) break;
    if (!PUBLISHED.has(tokens[i].norm)) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
      if (!mayStartDate(tokens[k])) continue;
      const d = dayAt(doc, k);
      if (d) return d;
    }
  }
  let partial: { m: number; d: number } | null = null;
  let firstYear: number | null = null;
  for (let i = 0; i < topEnd; i++) {
    if (firstYear === null && tokens[i].kind === 'number' && /^(19|20)\d\d$/.test(tokens[i].text)) firstYear = Number(tokens[i].text);
    if (!mayStartDate(tokens[i]) || !couldBeFullDate(doc, i)) continue;
    const d = dayAt(doc, i);
    if (d) return d;
    partial ??= monthDayAt(doc, i);
  }
  // "KYIV, Sept 12 (Agency)" with the year only in the story: the dateline's day in the first year mentioned.
  if (partial && firstYear !== null && validDay(firstYear, partial.m, partial.d)) return { y: firstYear, ...partial };
  return null;
}

/** A month name, or digits followed by a month, "-" or "/": the only ways a full date can start. */
function couldBeFullDate(doc: ScannedDocument, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'number') return MONTHS[t.norm] !== undefined;
  const next = doc.tokens[i + 1];
  return !!next && (next.text === '-' || next.text === '/' || next.text === '.' || MONTHS[next.norm] !== undefined || /^(st|nd|rd|th|of)$/.test(next.norm));
}

function monthDayAt(doc: ScannedDocument, i: number): { m: number; d: number } | null {
  const m = matchDate(doc.tokens, i, { y: 2000, m: 1, d: 1 }, 0);
  if (!m?.interval || m.relative) return null;
  const [a, b] = m.interval;
  if (a.y !== 2000 || a.m !== b.m || a.d !== b.d) return null;
  const raw = doc.text.slice(doc.tokens[m.first].start, doc.tokens[m.end - 1].end);
  return /\d{4}/.test(raw) ? null : { m: a.m, d: a.d };
}
