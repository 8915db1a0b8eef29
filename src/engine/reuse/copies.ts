import type { DuplicateLink, TokenChange } from '../types';
import { contentWords, type Seeds, type WordMatch } from './align';
import { isPassage, keepsMoreThanItSwaps } from './passage';
import { Postings } from './postings';
import { isFactOrName, type PreparedDoc } from './prepare';

/**
 * A link before clustering, with a hint that it came from shingles seen in too many documents. The index keeps
 * every link (boilerplate ones too, a hundred or more per article in template-heavy corpora), so its changed
 * figures and names are offsets only: (a start, a end, b start, b end) per change, in the documents of `a` and
 * `b`. Their texts are cut when the link is reported (`changesOf`).
 */
export interface RawLink extends Omit<DuplicateLink, 'cluster' | 'changes'> {
  saturated: boolean;
  changes?: number[];
}

export interface CopyParams {
  k: number;
  minExactWords: number;
  /** Aligned-match ratio below which an aligned stretch is not called an edited copy. */
  minEditedSimilarity: number;
  /** Lower-case content words the copied extent must hold, so that shared names alone never make a copy. */
  minContentWords: number;
  /**
   * Matched words from which a copy counts whatever its shape. A shorter one must have the shape of a passage
   * (`isPassage`): one sentence frame filled in twice, or a stock phrase inside two different sentences, shares
   * eight words or more without having been lifted from another text.
   */
  minPassageWords: number;
}

/**
 * Shingle seeds shared by `x` and every accepted document (itself included), grouped by document: (position in x,
 * position in the other, saturated 0|1) triples.
 */
export function collectSeeds(x: PreparedDoc, postings: Postings, accept: (other: number) => boolean): Map<number, Seeds> {
  const seedsByDoc = new Map<number, Seeds>();
  const addSeed = (packed: number, p: number, saturated: number) => {
    const other = Postings.doc(packed);
    let seeds = seedsByDoc.get(other);
    if (!seeds) seedsByDoc.set(other, (seeds = []));
    seeds.push(p, Postings.pos(packed), saturated);
  };
  for (let f = 0; f < x.fpHash.length; f++) {
    const key = x.fpHash[f];
    const p = x.fpPos[f];
    const list = postings.get(key);
    if (list === undefined || typeof list === 'number') continue; // only x has it
    if (postings.count(key) > list.length) {
      // Saturated: link to one listed occurrence elsewhere, enough to put this copy in the boilerplate cluster.
      const rep = list.find((packed) => Postings.doc(packed) !== x.num && accept(Postings.doc(packed)));
      if (rep !== undefined) addSeed(rep, p, 1);
      continue;
    }
    for (const packed of list) {
      const other = Postings.doc(packed);
      if (other === x.num ? Postings.pos(packed) <= p : !accept(other)) continue;
      addSeed(packed, p, 0);
    }
  }
  return seedsByDoc;
}

/** Swaps the two positions of every seed, for aligning the pair the other way round. */
export function swapSeeds(seeds: Seeds): Seeds {
  const out = new Array<number>(seeds.length);
  for (let s = 0; s < seeds.length; s += 3) {
    out[s] = seeds[s + 1];
    out[s + 1] = seeds[s];
    out[s + 2] = seeds[s + 2];
  }
  return out;
}

export function toLink(x: PreparedDoc, y: PreparedDoc, m: WordMatch, params: CopyParams): RawLink | undefined {
  const lenA = m.aEnd - m.aStart;
  const lenB = m.bEnd - m.bStart;
  const similarity = (2 * m.matches) / (lenA + lenB);
  const exact = m.verbatim && m.matches >= params.minExactWords;
  if (!exact && similarity < params.minEditedSimilarity) return undefined;
  if (Math.min(contentWords(x, m.aStart, m.aEnd), contentWords(y, m.bStart, m.bEnd)) < params.minContentWords) return undefined;
  if (!exact && !keepsMoreThanItSwaps(x, y, m)) return undefined;
  const changes = changedFactsAndNames(x, y, m.substitutions);
  if (m.matches < params.minPassageWords && !isPassage(x, y, m, changes.length > 0, params.minExactWords, params.minPassageWords)) return undefined;
  const kind = exact ? 'exact' : 'edited';
  const rounded = exact ? 1 : Math.round(similarity * 1000) / 1000;
  const a = wordSpan(x, m.aStart, m.aEnd);
  const b = wordSpan(y, m.bStart, m.bEnd);
  const saturated = m.saturatedShare >= 0.5;
  // Whole literals: a property added afterwards (or a spread plus one) costs a separate backing store per link.
  if (changes.length > 0) return { kind, similarity: rounded, a, b, saturated, changes };
  return { kind, similarity: rounded, a, b, saturated };
}


function wordSpan(d: PreparedDoc, start: number, end: number) {
  return { doc: d.id, start: d.wordStart[start], end: d.wordEnd[end - 1] };
}


/**
 * Substituted figures and names as offset quadruples (see RawLink); neighbouring substitutions ("Vladimir Putin" →
 * "Dmitry Medvedev") become one change.
 */
function changedFactsAndNames(x: PreparedDoc, y: PreparedDoc, subs: Array<[number, number]>): number[] {
  const changes: number[] = [];
  let prev: [number, number] | undefined;
  for (const [i, j] of subs) {
    const relevant = isFactOrName(x, i) || isFactOrName(y, j);
    if (!relevant) {
      prev = undefined;
      continue;
    }
    if (changes.length > 0 && prev && prev[0] === i - 1 && prev[1] === j - 1) {
      changes[changes.length - 3] = x.wordEnd[i];
      changes[changes.length - 1] = y.wordEnd[j];
    } else {
      changes.push(x.wordStart[i], x.wordEnd[i], y.wordStart[j], y.wordEnd[j]);
    }
    prev = [i, j];
  }
  // An exact-length copy: the array grown by push keeps room for a dozen more numbers, for the life of the link.
  return changes.slice();
}

/** The changes of a link with their texts, given the texts of its two documents. */
export function changesOf(link: RawLink, textA: string, textB: string): TokenChange[] {
  const out: TokenChange[] = [];
  const c = link.changes ?? [];
  for (let k = 0; k + 3 < c.length; k += 4) {
    out.push({
      a: { doc: link.a.doc, start: c[k], end: c[k + 1], text: textA.slice(c[k], c[k + 1]) },
      b: { doc: link.b.doc, start: c[k + 2], end: c[k + 3], text: textB.slice(c[k + 2], c[k + 3]) },
    });
  }
  return out;
}

/** The same changes seen from the other side (b's offsets first). */
export function swapChanges(changes: readonly number[]): number[] {
  const out = new Array<number>(changes.length);
  for (let k = 0; k + 3 < changes.length; k += 4) {
    out[k] = changes[k + 2];
    out[k + 1] = changes[k + 3];
    out[k + 2] = changes[k];
    out[k + 3] = changes[k + 1];
  }
  return out;
}
