import type { ClaimRef, Conflict, DuplicateLink, EntityRecord, ValueGroup } from '../../engine';
import { formatClaim } from '../../engine/conflicts/format';
import { snippet } from './textUtil';

/** Caps keep one message to the webview small even for a 10k-article workspace; the export has everything. */
export const WEBVIEW_LIMITS = { entities: 2000, claims: 5000, conflicts: 2000, duplicates: 2000, groups: 2000 };

/** A span of document number `d` (an index into `docs`), so the webview can only ever name known documents. */
export interface SpanRef {
  d: number;
  start: number;
  end: number;
}

/** Everything the report webview shows; plain JSON, sent with postMessage, rendered with textContent only. */
export interface ReportViewData {
  docs: string[];
  stats: { documents: number; entities: number; claims: number; conflicts: number; duplicates: number; skipped: number };
  truncated: string[];
  entities: Array<{ name: string; type: string; mentions: number; aliases: string }>;
  claims: Array<SpanRef & { text: string; figure: string; subject: string; attribute: string; dimension: string; verified: boolean; conflicts: number; group: number }>;
  conflicts: Array<{ subject: string; attribute: string; note: string; a: SpanRef & { text: string }; b: SpanRef & { text: string }; group: number }>;
  duplicates: Array<{ kind: string; similarity: number; cluster: string; a: SpanRef & { text: string }; b: SpanRef & { text: string } }>;
  /** Value groups with more than one figure: what the chart can show. */
  groups: Array<{ label: string; dimension: string; values: Array<SpanRef & { figure: string; value: number; low: number; high: number; conflicting: boolean }> }>;
  skipped: Array<{ path: string; reason: string }>;
  labels: Record<string, string>;
}

export interface ReportInputs {
  entities: EntityRecord[];
  groups: ValueGroup[];
  conflicts: Conflict[];
  duplicates: DuplicateLink[];
  skipped: Array<{ path: string; reason: string }>;
  isDismissed(c: Conflict): boolean;
  isVerified(doc: string, ref: ClaimRef['claim']): boolean;
  /** Text of a document, when known, for duplicate snippets. */
  textOf(doc: string): string | undefined;
  displayPath(doc: string): string;
  labels: Record<string, string>;
  /** Documents in the corpus. */
  documents: number;
}

const DAY_MS = 86_400_000;

/** The span a figure covers on the chart's axis: a date's whole interval, a range's ends, or the point itself. */
function extent(claim: ClaimRef['claim']): { low: number; high: number } {
  if (claim.dimension === 'date' && claim.interval) {
    const low = Date.parse(claim.interval[0]);
    const high = Date.parse(claim.interval[1]) + DAY_MS;
    if (Number.isFinite(low) && Number.isFinite(high) && high >= low) return { low, high };
  }
  return { low: claim.low ?? claim.value, high: claim.high ?? claim.value };
}

const refKey = (doc: string, start: number) => `${doc}\u0000${start}`;

/** Projects corpus results onto the webview's data: documents by index, dismissed conflicts removed, sizes capped. */
export function buildReportViewData(input: ReportInputs): { view: ReportViewData; docIds: string[] } {
  const docs: string[] = [];
  const docIndex = new Map<string, number>();
  const docOf = (doc: string) => {
    let i = docIndex.get(doc);
    if (i === undefined) {
      i = docs.length;
      docs.push(doc);
      docIndex.set(doc, i);
    }
    return i;
  };
  const names = new Map(input.entities.map((e) => [e.id, e.name]));
  const subjectName = (s: string) => names.get(s) ?? s;
  const truncated: string[] = [];
  const cap = <T>(list: T[], limit: number, what: string): T[] => {
    if (list.length <= limit) return list;
    truncated.push(`${what}: ${limit} of ${list.length}`);
    return list.slice(0, limit);
  };

  const liveConflicts = input.conflicts.filter((c) => !input.isDismissed(c));
  const conflictCount = new Map<string, number>();
  for (const c of liveConflicts) for (const r of [c.a, c.b]) conflictCount.set(refKey(r.doc, r.claim.start), (conflictCount.get(refKey(r.doc, r.claim.start)) ?? 0) + 1);

  // Subjects whose sources disagree come first: they are what the reader opens the chart for.
  const disputed = (g: ValueGroup) => (g.conflicts.some((c) => !input.isDismissed(c)) ? 1 : 0);
  const chartable = input.groups.filter((g) => g.claims.length > 1).sort((x, y) => disputed(y) - disputed(x) || y.claims.length - x.claims.length);
  const groupIndex = new Map<ValueGroup, number>();
  const groupByKey = new Map<string, number>();
  const groups = cap(chartable, WEBVIEW_LIMITS.groups, 'chart groups').map((g, i) => {
    groupIndex.set(g, i);
    groupByKey.set(`${g.subject}\u0000${g.attribute}`, i);
    return {
      label: `${subjectName(g.subject)} — ${g.attribute}`,
      dimension: g.dimension,
      values: g.claims.map((r) => ({
        d: docOf(r.doc),
        start: r.claim.start,
        end: r.claim.end,
        figure: formatClaim(r.claim),
        value: r.claim.value,
        ...extent(r.claim),
        conflicting: conflictCount.has(refKey(r.doc, r.claim.start)),
      })),
    };
  });

  const allClaims = input.groups.flatMap((g) => g.claims.map((r) => ({ g, r })));
  const claims = cap(allClaims, WEBVIEW_LIMITS.claims, 'claims').map(({ g, r }) => ({
    d: docOf(r.doc),
    start: r.claim.start,
    end: r.claim.end,
    text: r.claim.text,
    figure: formatClaim(r.claim),
    subject: subjectName(r.claim.subject),
    attribute: r.claim.attribute,
    dimension: r.claim.dimension,
    verified: input.isVerified(r.doc, r.claim),
    conflicts: conflictCount.get(refKey(r.doc, r.claim.start)) ?? 0,
    group: groupIndex.get(g) ?? -1,
  }));

  const side = (r: ClaimRef) => ({ d: docOf(r.doc), start: r.claim.start, end: r.claim.end, text: r.claim.text });
  const conflicts = cap(liveConflicts, WEBVIEW_LIMITS.conflicts, 'conflicts').map((c) => ({
    subject: subjectName(c.subject),
    attribute: c.attribute,
    note: c.note,
    a: side(c.a),
    b: side(c.b),
    group: groupByKey.get(`${c.subject}\u0000${c.attribute}`) ?? -1,
  }));

  const passage = (p: { doc: string; start: number; end: number }) => {
    const text = input.textOf(p.doc);
    return { d: docOf(p.doc), start: p.start, end: p.end, text: text === undefined ? '' : snippet(text, p.start, p.end, 240) };
  };
  const duplicates = cap(input.duplicates, WEBVIEW_LIMITS.duplicates, 'duplicates').map((d) => ({
    kind: d.kind,
    similarity: Math.round(d.similarity * 100) / 100,
    cluster: d.cluster,
    a: passage(d.a),
    b: passage(d.b),
  }));

  const entities = cap(input.entities, WEBVIEW_LIMITS.entities, 'entities').map((e) => ({
    name: e.name,
    type: e.type,
    mentions: e.mentions,
    aliases: e.aliases.filter((a) => a !== e.name).join(', '),
  }));

  const view: ReportViewData = {
    docs: docs.map((d) => input.displayPath(d)),
    stats: {
      documents: input.documents,
      entities: input.entities.length,
      claims: allClaims.length,
      conflicts: liveConflicts.length,
      duplicates: input.duplicates.length,
      skipped: input.skipped.length,
    },
    truncated,
    entities,
    claims,
    conflicts,
    duplicates,
    groups,
    skipped: input.skipped,
    labels: input.labels,
  };
  return { view, docIds: docs };
}

