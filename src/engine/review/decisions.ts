/**
 * The reviewer's decisions, as stored in `.sourcelens/review.json` (never in the article): a figure marked
 * verified, or one conflict dismissed. Each side is a quote anchor, so a decision follows its figure through edits
 * and shows as orphaned when the figure is gone. Pure model: the extension reads and writes the file.
 */
import type { ClaimRef, Conflict, Span } from '../types';
import { jsonLineFinder, parseJson, stripBom } from '../util/json';
import { createQuoteAnchor, resolveQuoteAnchor, type QuoteAnchor } from './anchor';

export interface DecisionTarget {
  doc: string;
  anchor: QuoteAnchor;
}

export interface Decision extends DecisionTarget {
  kind: 'verified' | 'dismissed';
  /** For a dismissed conflict: the other side of the pair. */
  other?: DecisionTarget;
  note?: string;
  /** When the decision was made, ISO 8601. */
  at: string;
}

export interface ReviewFile {
  version: 1;
  decisions: Decision[];
}

export type ReviewParseResult = { ok: true; value: ReviewFile } | { ok: false; error: string; line: number };

export const emptyReviewFile = (): ReviewFile => ({ version: 1, decisions: [] });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Reads a review file; never throws. Errors name the line to fix. */
export function parseReviewFile(jsonText: string): ReviewParseResult {
  const text = stripBom(jsonText);
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, error: `review file is not valid JSON: ${parsed.error}`, line: parsed.line };
  const raw = parsed.value;
  const lineOfPath = jsonLineFinder(text);
  const fail = (error: string, path: string): ReviewParseResult => ({ ok: false, error, line: lineOfPath(path) });
  if (!isObject(raw)) return fail('the review file must be a JSON object { "version": 1, "decisions": [...] }', '');
  if (raw.version !== 1) return fail(`unsupported review file version ${JSON.stringify(raw.version)}; expected 1`, 'version');
  if (!Array.isArray(raw.decisions)) return fail('"decisions" must be an array', 'decisions');
  const decisions: Decision[] = [];
  for (const [i, entry] of raw.decisions.entries()) {
    const at = `decisions.${i}`;
    const name = `decisions[${i}]`;
    if (!isObject(entry)) return fail(`${name} must be an object`, at);
    if (entry.kind !== 'verified' && entry.kind !== 'dismissed') return fail(`${name}.kind must be "verified" or "dismissed"`, `${at}.kind`);
    const target = readTarget(entry, name);
    if (isTargetError(target)) return fail(target.error, `${at}.${target.field}`);
    const decision: Decision = { kind: entry.kind, ...target, at: '' };
    if (entry.other !== undefined) {
      if (!isObject(entry.other)) return fail(`${name}.other must be an object with "doc" and "anchor"`, `${at}.other`);
      const other = readTarget(entry.other, `${name}.other`);
      if (isTargetError(other)) return fail(other.error, `${at}.other.${other.field}`);
      decision.other = other;
    }
    if (entry.note !== undefined) {
      if (typeof entry.note !== 'string') return fail(`${name}.note must be a string`, `${at}.note`);
      decision.note = entry.note;
    }
    if (typeof entry.at !== 'string' || !ISO_DATE.test(entry.at) || Number.isNaN(Date.parse(entry.at))) {
      return fail(`${name}.at must be an ISO 8601 time such as "2026-11-22T02:30:00Z"`, `${at}.at`);
    }
    decision.at = entry.at;
    decisions.push(decision);
  }
  return { ok: true, value: { version: 1, decisions } };
}

interface TargetError {
  error: string;
  /** Path of the offending value below the side ("anchor.start"). */
  field: string;
}

/** A side of a decision, or what is wrong with it. */
function readTarget(raw: Record<string, unknown>, name: string): DecisionTarget | TargetError {
  if (typeof raw.doc !== 'string' || raw.doc === '') return { error: `${name}.doc must be a non-empty string (the document's workspace path)`, field: 'doc' };
  const a = raw.anchor;
  if (!isObject(a)) return { error: `${name}.anchor must be an object with "exact", "prefix", "suffix" and "start"`, field: 'anchor' };
  if (typeof a.exact !== 'string' || a.exact === '') return { error: `${name}.anchor.exact must be the non-empty quoted text`, field: 'anchor.exact' };
  if (typeof a.prefix !== 'string') return { error: `${name}.anchor.prefix must be a string`, field: 'anchor.prefix' };
  if (typeof a.suffix !== 'string') return { error: `${name}.anchor.suffix must be a string`, field: 'anchor.suffix' };
  if (typeof a.start !== 'number' || !Number.isInteger(a.start) || a.start < 0) return { error: `${name}.anchor.start must be a non-negative integer`, field: 'anchor.start' };
  return { doc: raw.doc, anchor: { exact: a.exact, prefix: a.prefix, suffix: a.suffix, start: a.start } };
}

const isTargetError = (t: DecisionTarget | TargetError): t is TargetError => 'error' in t;

const compareStrings = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Stable, pretty JSON: fixed key order, decisions sorted by document, position and kind, so two saves of the
 * same decisions give the same bytes and version control shows real changes only.
 */
export function serializeReviewFile(file: ReviewFile): string {
  const target = (t: DecisionTarget) => ({
    doc: t.doc,
    anchor: { exact: t.anchor.exact, prefix: t.anchor.prefix, suffix: t.anchor.suffix, start: t.anchor.start },
  });
  const decisions = [...file.decisions]
    .sort(
      (x, y) =>
        compareStrings(x.doc, y.doc) ||
        x.anchor.start - y.anchor.start ||
        compareStrings(x.kind, y.kind) ||
        compareStrings(x.other?.doc ?? '', y.other?.doc ?? '') ||
        (x.other?.anchor.start ?? 0) - (y.other?.anchor.start ?? 0) ||
        compareStrings(x.at, y.at),
    )
    .map((d) => ({
      kind: d.kind,
      ...target(d),
      ...(d.other ? { other: target(d.other) } : {}),
      ...(d.note !== undefined ? { note: d.note } : {}),
      at: d.at,
    }));
  return `${JSON.stringify({ version: 1, decisions }, null, 2)}\n`;
}

/** A decision with its anchors found again in the current texts; `orphaned` when any side could not be found. */
export interface ResolvedDecision {
  decision: Decision;
  span?: Span;
  otherSpan?: Span;
  orphaned: boolean;
}

/** Re-anchors every decision against the documents' current text (`undefined` text: the document is gone). */
export function resolveDecisions(file: ReviewFile, textOf: (doc: string) => string | undefined): ResolvedDecision[] {
  return file.decisions.map((decision) => {
    const find = (t: DecisionTarget) => {
      const text = textOf(t.doc);
      return text === undefined ? undefined : resolveQuoteAnchor(text, t.anchor);
    };
    const span = find(decision);
    const otherSpan = decision.other ? find(decision.other) : undefined;
    return { decision, span, otherSpan, orphaned: !span || (decision.other !== undefined && !otherSpan) };
  });
}

export interface ReviewOutcome {
  /** Conflicts still to show. */
  active: Conflict[];
  /** Conflicts a reviewer dismissed, with the decision that did it. */
  dismissed: Array<{ conflict: Conflict; decision: Decision }>;
  /** The verification decision covering a figure, if any. */
  verified(ref: ClaimRef): Decision | undefined;
  /** Decisions whose quote could no longer be found: shown as orphaned, never moved. */
  orphaned: Decision[];
}

const overlaps = (s: Span, c: Span) => s.start < c.end && c.start < s.end;

/** Filters dismissed conflicts out and answers which figures are verified. Orphaned decisions match nothing. */
export function applyDecisions(conflicts: readonly Conflict[], decisions: readonly ResolvedDecision[]): ReviewOutcome {
  const verifiedByDoc = new Map<string, ResolvedDecision[]>();
  // A dismissal is filed under its first side's document: a conflict only looks at the lists of its two documents.
  const dismissalsByDoc = new Map<string, ResolvedDecision[]>();
  for (const d of decisions) {
    if (d.orphaned) continue;
    const index = d.decision.kind === 'dismissed' ? dismissalsByDoc : verifiedByDoc;
    const list = index.get(d.decision.doc) ?? [];
    list.push(d);
    index.set(d.decision.doc, list);
  }
  const hits = (ref: ClaimRef, doc: string, span: Span | undefined) => !!span && ref.doc === doc && overlaps(span, ref.claim);
  const matches = (c: Conflict, d: ResolvedDecision): boolean => {
    const { decision } = d;
    if (!decision.other) return hits(c.a, decision.doc, d.span) || hits(c.b, decision.doc, d.span);
    const forward = hits(c.a, decision.doc, d.span) && hits(c.b, decision.other.doc, d.otherSpan);
    const backward = hits(c.b, decision.doc, d.span) && hits(c.a, decision.other.doc, d.otherSpan);
    return forward || backward;
  };
  const dismissedBy = (c: Conflict): Decision | undefined =>
    (dismissalsByDoc.get(c.a.doc)?.find((d) => matches(c, d)) ??
      (c.b.doc !== c.a.doc ? dismissalsByDoc.get(c.b.doc)?.find((d) => matches(c, d)) : undefined))?.decision;
  const active: Conflict[] = [];
  const dismissed: ReviewOutcome['dismissed'] = [];
  for (const conflict of conflicts) {
    const decision = dismissalsByDoc.size ? dismissedBy(conflict) : undefined;
    if (decision) dismissed.push({ conflict, decision });
    else active.push(conflict);
  }
  return {
    active,
    dismissed,
    verified: (ref) => verifiedByDoc.get(ref.doc)?.find((d) => hits(ref, ref.doc, d.span))?.decision,
    orphaned: decisions.filter((d) => d.orphaned).map((d) => d.decision),
  };
}

/** A figure where a reviewer acts: the document, its current text and the figure's span. */
export interface DecisionSide {
  doc: string;
  text: string;
  span: Span;
}

/** A new decision anchored in the current texts: `other` is the second figure of a dismissed conflict. */
export function createDecision(kind: Decision['kind'], side: DecisionSide, at: string, other?: DecisionSide, note?: string): Decision {
  const decision: Decision = { kind, doc: side.doc, anchor: createQuoteAnchor(side.text, side.span), at };
  if (other) decision.other = { doc: other.doc, anchor: createQuoteAnchor(other.text, other.span) };
  if (note !== undefined) decision.note = note;
  return decision;
}

/** The file with `decision` added, replacing an earlier decision of the same kind on the same figure (and pair). */
export function withDecision(file: ReviewFile, decision: Decision): ReviewFile {
  const sameTarget = (x: DecisionTarget, y: DecisionTarget) =>
    x.doc === y.doc && x.anchor.exact === y.anchor.exact && x.anchor.start === y.anchor.start;
  const same = (d: Decision) =>
    d.kind === decision.kind &&
    sameTarget(d, decision) &&
    (d.other && decision.other ? sameTarget(d.other, decision.other) : d.other === decision.other);
  return { version: 1, decisions: [...file.decisions.filter((d) => !same(d)), decision] };
}
