import type { Span } from '../types';

/**
 * A position in a document that survives edits: the quoted text with a little context on each side, and where it
 * was. Re-anchoring finds the quote again and prefers the copy whose context still matches, nearest its old place.
 */
export interface QuoteAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
}

export function createQuoteAnchor(text: string, span: Span, context = 32): QuoteAnchor {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
    start,
  };
}

/** Occurrences examined at most; a quote repeated more often than this is a figure too common to anchor. */
const MAX_CANDIDATES = 10_000;
/** A long quote found once is unambiguous even when everything around it was rewritten. */
const SELF_EVIDENT_LENGTH = 24;
/** Context characters that must still match for a short quote: a space or a full stop alone proves nothing. */
const MIN_CONTEXT = 3;

function commonSuffixLength(text: string, end: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && end - n - 1 >= 0 && text.charCodeAt(end - n - 1) === prefix.charCodeAt(prefix.length - n - 1)) n++;
  return n;
}

function commonPrefixLength(text: string, start: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && start + n < text.length && text.charCodeAt(start + n) === suffix.charCodeAt(n)) n++;
  return n;
}

/**
 * Where the quote is now, or undefined when it can no longer be found with confidence — the caller then shows the
 * decision as orphaned instead of attaching it to another figure.
 */
export function resolveQuoteAnchor(text: string, anchor: QuoteAnchor): Span | undefined {
  const { exact, prefix, suffix } = anchor;
  if (exact.length === 0) return undefined;
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  let found = 0;
  for (let at = text.indexOf(exact); at >= 0 && found < MAX_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    found++;
    const score = commonSuffixLength(text, at, prefix) + commonPrefixLength(text, at + exact.length, suffix);
    const distance = Math.abs(at - anchor.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  if (best < 0) return undefined;
  const contextKnown = prefix.length + suffix.length;
  const confident =
    bestScore >= Math.min(MIN_CONTEXT, contextKnown) || (found === 1 && exact.length >= SELF_EVIDENT_LENGTH);
  return confident ? { start: best, end: best + exact.length } : undefined;
}
