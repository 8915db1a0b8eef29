import { alignPair, type Seeds, type WordMatch } from './align';
import { swapSeeds, toLink, type CopyParams, type RawLink } from './copies';
import type { PreparedDoc } from './prepare';
import type { PassageRef } from '../types';

/**
 * Word alignments of a document being edited, per partner, so that after a small edit the pairs whose shingle seeds
 * all lie far from the changed words are not aligned again: their alignments only shift. Exact, not a heuristic:
 * chaining (seed gap 20 words), the aligner's window (8 words) and the lone-seed check never look further than
 * MARGIN words from a seed, so a pair with the same seeds (shifted) and none within MARGIN of the change aligns the
 * same way.
 */
export interface EditCache {
  /** The word hashes and text of the version the alignments were computed for. */
  words: Int32Array;
  text: string;
  /** Stored links per partner id, for pairs with copies only (restatements depend on corpus-wide IDF). */
  links: Map<string, RawLink[]>;
  /**
   * Partner document id → seeds (positions in the edited document first), matches in that orientation, and the
   * partner's words they were computed against (a partner edited since is aligned again).
   */
  pairs: Map<string, { seeds: Seeds; matches: WordMatch[]; partner: Int32Array }>;
}

const MARGIN = 64;

/** Where two versions of a sequence differ: [prefix, oldLength - suffix) became [prefix, newLength - suffix). */
export interface EndsDiff {
  prefix: number;
  suffix: number;
  shift: number;
  oldLength: number;
}
export type WordDiff = EndsDiff;
export type TextDiff = EndsDiff;

function diffEnds(oldLength: number, newLength: number, same: (i: number, j: number) => boolean): EndsDiff {
  const limit = Math.min(oldLength, newLength);
  let prefix = 0;
  while (prefix < limit && same(prefix, prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && same(oldLength - 1 - suffix, newLength - 1 - suffix)) suffix++;
  return { prefix, suffix, shift: newLength - oldLength, oldLength };
}

export const diffWords = (before: Int32Array, after: Int32Array): WordDiff =>
  diffEnds(before.length, after.length, (i, j) => before[i] === after[j]);

export const diffText = (before: string, after: string): TextDiff =>
  diffEnds(before.length, after.length, (i, j) => before.charCodeAt(i) === after.charCodeAt(j));

/** Copy links between `x` (the edited document) and `y`, reusing the previous alignment when it provably holds. */
export function copyLinksWithCache(
  x: PreparedDoc,
  y: PreparedDoc,
  seeds: Seeds,
  flip: boolean,
  params: CopyParams,
  previous: EditCache | undefined,
  diff: WordDiff | undefined,
  next: EditCache | undefined,
): { matches: WordMatch[]; reused: boolean } {
  const self = x === y;
  const old = !self && previous && diff ? previous.pairs.get(y.id) : undefined;
  let matches: WordMatch[] | undefined;
  if (old && diff && old.partner === y.wordHash && sameShiftedSeeds(old.seeds, seeds, diff)) matches = old.matches.map((m) => shiftMatch(m, diff));
  const reused = matches !== undefined;
  // Aligned in document-id order whichever side changed, so that the result does not depend on the edit history.
  if (!matches && flip) matches = alignPair(y, x, swapSeeds(seeds), params.k, params.minExactWords).map(swapMatch);
  if (!matches) matches = alignPair(x, y, seeds, params.k, params.minExactWords);
  if (next && !self) next.pairs.set(y.id, { seeds, matches, partner: y.wordHash });
  return { matches, reused };
}

// Further than any two stretches merged into one passage are apart (merge.ts), so no merge spans the change.
const MERGE_REACH = 48;

/**
 * The previous links of a pair whose alignments were reused, moved past the changed text; undefined when a link
 * lies near the change (then they are built again).
 */
export function shiftLinks(links: readonly RawLink[], id: string, diff: TextDiff): RawLink[] | undefined {
  const changedTo = diff.oldLength - diff.suffix;
  const moveRef = (ref: PassageRef): PassageRef | undefined => {
    if (ref.doc !== id) return ref;
    if (ref.end + MERGE_REACH <= diff.prefix) return ref;
    if (ref.start - MERGE_REACH >= changedTo) return { doc: ref.doc, start: ref.start + diff.shift, end: ref.end + diff.shift };
    return undefined;
  };
  const out: RawLink[] = [];
  for (const link of links) {
    const a = moveRef(link.a);
    const b = moveRef(link.b);
    if (!a || !b) return undefined;
    if (a === link.a && b === link.b) {
      out.push(link);
      continue;
    }
    const moved: RawLink = { ...link, a, b };
    if (link.changes) {
      // Offset quadruples (see RawLink): a change near the edit keeps its offsets, as its link does not move then.
      const c = link.changes;
      const out: number[] = [];
      for (let k = 0; k + 3 < c.length; k += 4) {
        const ca = moveRef({ doc: link.a.doc, start: c[k], end: c[k + 1] });
        const cb = moveRef({ doc: link.b.doc, start: c[k + 2], end: c[k + 3] });
        out.push(ca?.start ?? c[k], ca?.end ?? c[k + 1], cb?.start ?? c[k + 2], cb?.end ?? c[k + 3]);
      }
      moved.changes = out;
    }
    out.push(moved);
  }
  return out;
}

/** Turns matches with positions in `x` first into links, in the pair's canonical orientation (a = first by id). */
export function matchLinks(x: PreparedDoc, y: PreparedDoc, matches: readonly WordMatch[], flip: boolean, params: CopyParams): RawLink[] {
  const out: RawLink[] = [];
  for (const m of matches) {
    const link = flip ? toLink(y, x, swapMatch(m), params) : toLink(x, y, m, params);
    if (link) out.push(link);
  }
  return out;
}

function sameShiftedSeeds(before: Seeds, after: Seeds, diff: WordDiff): boolean {
  if (before.length !== after.length) return false;
  const changedFrom = diff.prefix;
  const changedTo = diff.oldLength - diff.suffix; // old positions
  for (let s = 0; s < before.length; s += 3) {
    const p = before[s];
    if (p + MARGIN > changedFrom && p - MARGIN < changedTo) return false;
    const moved = p < changedFrom ? p : p + diff.shift;
    if (after[s] !== moved || after[s + 1] !== before[s + 1] || after[s + 2] !== before[s + 2]) return false;
  }
  return true;
}

function shiftMatch(m: WordMatch, diff: WordDiff): WordMatch {
  const at = (p: number) => (p < diff.prefix ? p : p + diff.shift);
  // aEnd is exclusive: a match ending right at the prefix boundary keeps its end.
  const end = (p: number) => (p <= diff.prefix ? p : p + diff.shift);
  return {
    ...m,
    aStart: at(m.aStart),
    aEnd: end(m.aEnd),
    substitutions: m.substitutions.map(([i, j]) => [at(i), j] as [number, number]),
  };
}

function swapMatch(m: WordMatch): WordMatch {
  return {
    aStart: m.bStart,
    aEnd: m.bEnd,
    bStart: m.aStart,
    bEnd: m.aEnd,
    matches: m.matches,
    verbatim: m.verbatim,
    substitutions: m.substitutions.map(([i, j]) => [j, i] as [number, number]),
    editRuns: m.editRuns,
    saturatedShare: m.saturatedShare,
  };
}
