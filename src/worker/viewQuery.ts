import type { Claim, Conflict, DuplicateLink, EntityMention, PassageRef, Span } from '../engine';
import type { DocView } from './protocol';

/** Lookups the editor surfaces make on a cached `DocView`: pure, no analysis, linear at worst. */

const covers = (s: Span, offset: number) => s.start <= offset && offset < s.end;

/** The innermost entity mention at an offset. */
export function mentionAt(view: DocView, offset: number): EntityMention | undefined {
  let best: EntityMention | undefined;
  for (const m of view.mentions) if (covers(m, offset) && (!best || m.end - m.start < best.end - best.start)) best = m;
  return best;
}

/** The claim at an offset with its index in `view.claims` (the index of its group, figure and value rows). */
export function claimAt(view: DocView, offset: number): { claim: Claim; index: number } | undefined {
  let found: { claim: Claim; index: number } | undefined;
  view.claims.forEach((claim, index) => {
    if (covers(claim, offset) && (!found || claim.end - claim.start < found.claim.end - found.claim.start)) found = { claim, index };
  });
  return found;
}

/** A conflict seen from one document: the figure in it and the other source's. */
export interface ConflictSide {
  conflict: Conflict;
  mine: Conflict['a'];
  theirs: Conflict['b'];
}

/** The conflicts a claim of this document takes part in, oriented so `mine` is the claim. */
export function conflictsOfClaim(view: DocView, claim: Span): ConflictSide[] {
  const out: ConflictSide[] = [];
  for (const conflict of view.conflicts) {
    if (conflict.a.doc === view.doc && conflict.a.claim.start === claim.start && conflict.a.claim.end === claim.end) {
      out.push({ conflict, mine: conflict.a, theirs: conflict.b });
    } else if (conflict.b.doc === view.doc && conflict.b.claim.start === claim.start && conflict.b.claim.end === claim.end) {
      out.push({ conflict, mine: conflict.b, theirs: conflict.a });
    }
  }
  return out;
}

/** A duplicate link seen from one document: the passage in it and the copy elsewhere. */
export interface CopySide {
  link: DuplicateLink;
  mine: PassageRef;
  other: PassageRef;
  /** Changed tokens as (mine, other) text pairs, for mutated reuse. */
  changes: Array<{ mine: string; other: string }>;
}

function orient(view: DocView, link: DuplicateLink): CopySide[] {
  const out: CopySide[] = [];
  const changes = (mineIsA: boolean) =>
    (link.changes ?? []).map((c) => (mineIsA ? { mine: c.a.text, other: c.b.text } : { mine: c.b.text, other: c.a.text }));
  if (link.a.doc === view.doc) out.push({ link, mine: link.a, other: link.b, changes: changes(true) });
  if (link.b.doc === view.doc) out.push({ link, mine: link.b, other: link.a, changes: changes(false) });
  return out;
}

/** Every copy of the passage(s) covering an offset. */
export function copiesAt(view: DocView, offset: number): CopySide[] {
  return view.duplicates.flatMap((link) => orient(view, link)).filter((side) => covers(side.mine, offset));
}

/** The duplicated passages of a document, each once, with all of their copies, in text order. */
export function passages(view: DocView): Array<{ span: Span; copies: CopySide[] }> {
  const byRange = new Map<string, { span: Span; copies: CopySide[] }>();
  for (const side of view.duplicates.flatMap((link) => orient(view, link))) {
    const key = `${side.mine.start}:${side.mine.end}`;
    const entry = byRange.get(key) ?? { span: { start: side.mine.start, end: side.mine.end }, copies: [] };
    entry.copies.push(side);
    byRange.set(key, entry);
  }
  return [...byRange.values()].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
