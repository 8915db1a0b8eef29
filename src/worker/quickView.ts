import type { Claim, ClaimRef, Conflict, DuplicateLink, PassageRef } from '../engine';
import { formatClaim } from '../engine/conflicts/index';
import { moveSpan, shiftAcross, type RevisedSpans } from '../engine/revise';
import type { DocView, ValueRow } from './protocol';

/**
 * The view of an edited document built from its last view and a revision of the edited lines, without touching the
 * corpus: what other sources say about a figure is carried over from the last view when the figure is still there
 * (moved or not), and copies and conflicts move with the text. The full view replaces it moments later.
 */
export function quickView(last: DocView, revised: RevisedSpans, hash: number): DocView {
  const { edit } = revised;
  const oldIndex = carriedClaims(last.claims, revised);
  const newClaimOf = new Map<Claim, Claim>();
  revised.claims.forEach((c, j) => {
    const i = oldIndex[j];
    if (i !== undefined) newClaimOf.set(last.claims[i], c);
  });
  const moveRef = (ref: ClaimRef): ClaimRef | null => {
    if (ref.doc !== last.doc) return ref;
    const claim = newClaimOf.get(ref.claim) ?? findSame(last.claims, ref.claim, newClaimOf);
    return claim ? { doc: ref.doc, claim } : null;
  };
  const conflicts = last.conflicts.flatMap((c): Conflict[] => {
    const a = moveRef(c.a);
    const b = moveRef(c.b);
    return a && b ? [{ ...c, a, b }] : [];
  });
  const moveRows = (rows: ValueRow[]) => rows.flatMap((row) => {
    const ref = moveRef(row.ref);
    return ref ? [{ ...row, ref }] : [];
  });
  return {
    doc: last.doc,
    hash,
    mentions: revised.mentions,
    claims: revised.claims,
    duplicates: last.duplicates.flatMap((link) => movedLink(link, last.doc, edit) ?? []),
    conflicts,
    entities: last.entities,
    groupSizes: revised.claims.map((_, j) => (oldIndex[j] === undefined ? 0 : last.groupSizes[oldIndex[j]!])),
    figures: revised.claims.map((c, j) => (oldIndex[j] === undefined ? (c.relative ? c.text : formatClaim(c)) : last.figures[oldIndex[j]!])),
    values: revised.claims.map((_, j) => (oldIndex[j] === undefined ? [] : moveRows(last.values[oldIndex[j]!]))),
  };
}

/** The claim object a group row holds may be a copy of the view's claim: find it by position. */
function findSame(claims: readonly Claim[], claim: Claim, moved: Map<Claim, Claim>): Claim | undefined {
  const same = claims.find((c) => c.start === claim.start && c.end === claim.end);
  return same && moved.get(same);
}

/**
 * For each revised claim, the index of the last view's claim it continues: a claim outside the edited lines is the
 * same claim moved; one the edit touched continues an old claim of the same words, subject and attribute.
 */
function carriedClaims(oldClaims: readonly Claim[], revised: RevisedSpans): Array<number | undefined> {
  const byPosition = new Map<string, number>();
  const dropped = new Map<string, number[]>();
  oldClaims.forEach((c, i) => {
    const moved = moveSpan(c, revised.edit);
    if (moved) byPosition.set(`${moved.start}:${moved.end}`, i);
    else {
      const key = sameWords(c);
      dropped.set(key, [...(dropped.get(key) ?? []), i]);
    }
  });
  return revised.claims.map((c) => {
    const at = byPosition.get(`${c.start}:${c.end}`);
    if (at !== undefined) return at;
    return dropped.get(sameWords(c))?.shift();
  });
}

const sameWords = (c: Claim) => `${c.text}\u0000${c.subject}\u0000${c.attribute}`;

/** A link with this document's side moved across the edit; null when the edit cut into that side. */
function movedLink(link: DuplicateLink, doc: string, edit: RevisedSpans['edit']): DuplicateLink | null {
  const move = <T extends PassageRef>(side: T): T | null => (side.doc === doc ? shiftAcross(side, edit) : side);
  const a = move(link.a);
  const b = move(link.b);
  if (!a || !b) return null;
  if (a === link.a && b === link.b) return link;
  const changes = link.changes?.flatMap((c) => {
    const ca = move(c.a);
    const cb = move(c.b);
    return ca && cb ? [{ a: ca, b: cb }] : [];
  });
  return { ...link, a, b, ...(changes ? { changes } : {}) };
}
