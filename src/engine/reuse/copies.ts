import type { DuplicateLink, TokenChange } from '../types';
import { contentWords, type Seeds, type WordMatch } from './align';
import { Postings } from './postings';
import { FLAG_CAPITAL, FLAG_NUMBER, FLAG_STOP, type PreparedDoc } from './prepare';

/** A link before clustering, with a hint that it came from shingles seen in too many documents. */
export interface RawLink extends Omit<DuplicateLink, 'cluster'> {
  saturated: boolean;
}

export interface CopyParams {
  k: number;
  minExactWords: number;
  /** Aligned-match ratio below which an aligned stretch is not called an edited copy. */
  minEditedSimilarity: number;
  /** Lower-case content words the copied extent must hold, so that shared names alone never make a copy. */
  minContentWords: number;
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
  const link: RawLink = {
    kind: exact ? 'exact' : 'edited',
    similarity: exact ? 1 : Math.round(similarity * 1000) / 1000,
    a: wordSpan(x, m.aStart, m.aEnd),
    b: wordSpan(y, m.bStart, m.bEnd),
    saturated: m.saturatedShare >= 0.5,
  };
  const changes = changedFactsAndNames(x, y, m.substitutions);
  if (changes.length > 0) link.changes = changes;
  return link;
}

function wordSpan(d: PreparedDoc, start: number, end: number) {
  const tokens = d.doc.tokens;
  return { doc: d.id, start: tokens[d.wordToken[start]].start, end: tokens[d.wordToken[end - 1]].end };
}

function isFactOrName(d: PreparedDoc, i: number): boolean {
  const f = d.wordFlags[i];
  return (f & FLAG_NUMBER) !== 0 || ((f & FLAG_CAPITAL) !== 0 && (f & FLAG_STOP) === 0);
}

/** Substituted figures and names; neighbouring substitutions ("Vladimir Putin" → "Dmitry Medvedev") become one change. */
function changedFactsAndNames(x: PreparedDoc, y: PreparedDoc, subs: Array<[number, number]>): TokenChange[] {
  const changes: TokenChange[] = [];
  let prev: [number, number] | undefined;
  for (const [i, j] of subs) {
    const relevant = isFactOrName(x, i) || isFactOrName(y, j);
    if (!relevant) {
      prev = undefined;
      continue;
    }
    const last = changes[changes.length - 1];
    const a = wordSpan(x, i, i + 1);
    const b = wordSpan(y, j, j + 1);
    if (last && prev && prev[0] === i - 1 && prev[1] === j - 1) {
      last.a.end = a.end;
      last.b.end = b.end;
      last.a.text = x.doc.text.slice(last.a.start, last.a.end);
      last.b.text = y.doc.text.slice(last.b.start, last.b.end);
    } else {
      changes.push({ a: { ...a, text: x.doc.text.slice(a.start, a.end) }, b: { ...b, text: y.doc.text.slice(b.start, b.end) } });
    }
    prev = [i, j];
  }
  return changes;
}
