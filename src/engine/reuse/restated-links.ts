import type { PassageRef } from '../types';
import { alignRanges } from './align';
import { toLink, type CopyParams, type RawLink } from './copies';
import { isParallelFact } from './parallel';
import type { PreparedDoc } from './prepare';
import type { SentenceIndex, SentencePair } from './restated';

/**
 * Turns restated sentence pairs into links: pairs already inside a copy link are dropped, and runs of consecutive
 * pairs (sentence i with j, i+1 with j+1, ...) become one passage.
 */
export function restatedLinks(
  x: PreparedDoc,
  y: PreparedDoc,
  pairs: readonly SentencePair[],
  index: SentenceIndex,
  copies: readonly RawLink[],
  copyParams: CopyParams,
): RawLink[] {
  const sx = index.sentencesOf(x.num);
  const sy = index.sentencesOf(y.num);
  const self = x === y;
  const byStart = new Map<string, { sa: number; sb: number; similarity: number }>();
  const copiesAt = copiesBySentence(x, copies);
  for (const pair of pairs) {
    const sa = sx[pair.x].sentence;
    const sb = sy[pair.y].sentence;
    const a = sentenceRef(x, sa, sa + 1);
    const b = sentenceRef(y, sb, sb + 1);
    // Only the copies that touch sentence `sa` can cover the pair: a lookup, not a scan of every copy.
    if ((copiesAt.get(sa) ?? []).some((c) => (touches(c.a, a) && touches(c.b, b)) || (touches(c.a, b) && touches(c.b, a)))) continue;
    byStart.set(`${sa}:${sb}`, { sa, sb, similarity: pair.similarity });
  }
  const used = new Set<string>();
  const out: RawLink[] = [];
  // A sentence pair that aligns word by word is an edited copy the shingles were too coarse to seed. Pairs about
  // other people and places are parallel facts, not the same fact in other words.
  for (const [key, pair] of byStart) {
    const [aFrom, aTo] = wordRange(x, pair.sa);
    const [bFrom, bTo] = wordRange(y, pair.sb);
    const m = alignRanges(x, aFrom, aTo, y, bFrom, bTo);
    const link = m && m.matches >= copyParams.minExactWords ? toLink(x, y, m, copyParams) : undefined;
    if (link) out.push(link);
    if (link || isParallelFact(x, aFrom, aTo, y, bFrom, bTo)) used.add(key);
  }
  const ordered = [...byStart.values()].sort((p, q) => p.sa - q.sa || p.sb - q.sb);
  for (const first of ordered) {
    if (used.has(`${first.sa}:${first.sb}`)) continue;
    let len = 1;
    let total = first.similarity;
    for (;;) {
      const next = byStart.get(`${first.sa + len}:${first.sb + len}`);
      // Within one document a run must not grow into its own copy.
      if (!next || used.has(`${next.sa}:${next.sb}`) || (self && first.sa + len >= first.sb)) break;
      used.add(`${next.sa}:${next.sb}`);
      total += next.similarity;
      len++;
    }
    used.add(`${first.sa}:${first.sb}`);
    out.push({
      kind: 'restated',
      similarity: Math.round((total / len) * 1000) / 1000,
      a: sentenceRef(x, first.sa, first.sa + len),
      b: sentenceRef(y, first.sb, first.sb + len),
      saturated: false,
    });
  }
  return out;
}

function wordRange(d: PreparedDoc, sentence: number): [number, number] {
  return [d.sentenceWordFrom[sentence], d.sentenceWordTo[sentence]];
}

function sentenceRef(d: PreparedDoc, from: number, to: number): PassageRef {
  return { doc: d.id, start: d.sentenceStart[from], end: d.sentenceEnd[to - 1] };
}

function touches(p: PassageRef, q: PassageRef): boolean {
  return p.doc === q.doc && p.start < q.end && q.start < p.end;
}

/** Copy links by the sentences of `d` that either of their sides touches. */
function copiesBySentence(d: PreparedDoc, copies: readonly RawLink[]): Map<number, RawLink[]> {
  const out = new Map<number, RawLink[]>();
  const starts = d.sentenceStart;
  const ends = d.sentenceEnd;
  const firstEndingAfter = (offset: number) => {
    let lo = 0, hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const c of copies) {
    for (const side of c.a.doc === c.b.doc ? [c.a, c.b] : [c.a, c.b].filter((r) => r.doc === d.id)) {
      if (side.doc !== d.id) continue;
      for (let k = firstEndingAfter(side.start); k < ends.length && starts[k] < side.end; k++) {
        const list = out.get(k);
        if (list) list.push(c);
        else out.set(k, [c]);
      }
    }
  }
  return out;
}
