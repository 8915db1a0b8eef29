import { contentWords, type WordMatch } from './align';
import { ownFact } from './parallel';
import { FLAG_CAPITAL, FLAG_NUMBER, FLAG_STOP, isFactOrName, type PreparedDoc } from './prepare';

// Words left out at the start or end of two sentences that still count as one sentence copied: a changed name in
// front ("Jonas X, a retired engineer, said ..." / "Dmytro Y, a retired engineer, said ...") ends the aligned
// stretch early.
const MAX_EDGE_WORDS = 3;
const MIN_KEPT_PER_SWAP = 2;

/**
 * An edited copy keeps at least twice as many content words as it swaps (`extra`: swapped word pairs outside the
 * alignment). Two sentences built on one stock frame ("signed the agreement covering X and Y in Z for the ...")
 * share their function words and a few verbs, but every word that says something differs: that is a shared
 * phrase, not a copy.
 */
export function keepsMoreThanItSwaps(x: PreparedDoc, y: PreparedDoc, m: WordMatch, extra: ReadonlyArray<readonly [number, number]> = []): boolean {
  let swapped = 0;
  let swappedContent = 0;
  let kept = contentWords(x, m.aStart, m.aEnd);
  const count = (i: number, j: number, inside: boolean) => {
    if ((x.wordFlags[i] & FLAG_STOP) === 0 || (y.wordFlags[j] & FLAG_STOP) === 0) swapped++;
    if (inside && (x.wordFlags[i] & (FLAG_CAPITAL | FLAG_NUMBER | FLAG_STOP)) === 0) swappedContent++;
  };
  for (const [i, j] of m.substitutions) count(i, j, true);
  for (const [i, j] of extra) count(i, j, false);
  kept -= swappedContent;
  return kept >= MIN_KEPT_PER_SWAP * swapped;
}

/**
 * Whether a copy shorter than `minPassageWords` matched words has the shape of a passage lifted from another text
 * rather than of one sentence frame filled in twice or a stock phrase. Its sentences are read whole, with the
 * words the alignment left out at their ends when both sides leave out as many:
 * - if it changes a name or figure, it changes nothing else ("X is due in Y near Z to inspect the W" twice, about
 *   other people and places, differs in several places, names among them);
 * - it is a whole sentence on one side at least (keeping more than it swaps, read whole), or else a run of 3/4 of
 *   `minPassageWords` inside one sentence on each side that keeps the names and figures, in it and at its ends
 *   ("would travel to X, outside Poland, to discuss the" and "budget papers put the unit cost of the X at" are one
 *   frame about other subjects; "... were stolen. In recent days, the" is two sentence ends).
 * `changesFacts`: the alignment substitutes a name or figure.
 */
export function isPassage(x: PreparedDoc, y: PreparedDoc, m: WordMatch, changesFacts: boolean, minExactWords: number, minPassageWords: number): boolean {
  if (x.sentenceWordTo.length === 0 || y.sentenceWordTo.length === 0) return false;
  const head = edge(x, y, m.aStart, m.bStart, 'head');
  const tail = edge(x, y, m.aEnd, m.bEnd, 'tail');
  const runs = m.editRuns + (head.swapped.length > 0 ? 1 : 0) + (tail.swapped.length > 0 ? 1 : 0);
  const facts =
    changesFacts || head.facts || tail.facts || ownFact(x, m.aStart, m.aEnd, y, m.bStart, m.bEnd, true) || ownFact(y, m.bStart, m.bEnd, x, m.aStart, m.aEnd, true);
  if (facts && runs > 1) return false;
  if (head.matched && tail.matched && isStatement(x, sentenceOf(x, m.aStart), minExactWords) && isStatement(y, sentenceOf(y, m.bStart), minExactWords)) {
    return keepsMoreThanItSwaps(x, y, m, [...head.swapped, ...tail.swapped]);
  }
  if (holdsSentence(x, m.aStart, m.aEnd, minExactWords) || holdsSentence(y, m.bStart, m.bEnd, minExactWords)) return true;
  const minRun = (3 * minPassageWords) / 4;
  return !facts && runs <= 1 && longestInSentence(x, m.aStart, m.aEnd) >= minRun && longestInSentence(y, m.bStart, m.bEnd) >= minRun;
}

interface Edge {
  /** Both sentences leave out as many words at this end (at most MAX_EDGE_WORDS): they correspond one to one. */
  matched: boolean;
  /** The corresponding left-out words that differ, as (word in x, word in y). */
  swapped: Array<[number, number]>;
  /** A left-out name or figure differs from its counterpart (when they correspond), or from its neighbour. */
  facts: boolean;
}

/** The words between a stretch's end and its sentence's end, on both sides. */
function edge(x: PreparedDoc, y: PreparedDoc, atX: number, atY: number, end: 'head' | 'tail'): Edge {
  const outX = Math.max(0, end === 'head' ? atX - x.sentenceWordFrom[sentenceOf(x, atX)] : x.sentenceWordTo[sentenceOf(x, atX - 1)] - atX);
  const outY = Math.max(0, end === 'head' ? atY - y.sentenceWordFrom[sentenceOf(y, atY)] : y.sentenceWordTo[sentenceOf(y, atY - 1)] - atY);
  const at = (k: number): [number, number] => (end === 'head' ? [atX - 1 - k, atY - 1 - k] : [atX + k, atY + k]);
  const factDiffers = ([i, j]: [number, number]) => isFactOrName(x, i) || isFactOrName(y, j);
  if (outX === outY && outX <= MAX_EDGE_WORDS) {
    const swapped: Array<[number, number]> = [];
    for (let k = 0; k < outX; k++) {
      const [i, j] = at(k);
      if (x.wordHash[i] !== y.wordHash[j]) swapped.push([i, j]);
    }
    return { matched: true, swapped, facts: swapped.some(factDiffers) };
  }
  const [i, j] = at(0);
  return { matched: false, swapped: [], facts: outX > 0 && outY > 0 && x.wordHash[i] !== y.wordHash[j] && factDiffers([i, j]) };
}

/** Index of the sentence holding word `word` (the first sentence ending after it). */
function sentenceOf(d: PreparedDoc, word: number): number {
  const to = d.sentenceWordTo;
  let lo = 0, hi = to.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (to[mid] <= word) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, to.length - 1);
}

/** Sentence `s` is prose (not a heading or table row) of half a copy or more. */
function isStatement(d: PreparedDoc, s: number, minExactWords: number): boolean {
  return s >= 0 && !d.sentenceLabel[s] && 2 * (d.sentenceWordTo[s] - d.sentenceWordFrom[s]) >= minExactWords;
}

/** The words [start, end) hold a whole sentence of prose of half a copy or more. */
function holdsSentence(d: PreparedDoc, start: number, end: number, minExactWords: number): boolean {
  const from = d.sentenceWordFrom;
  const to = d.sentenceWordTo;
  for (let s = sentenceOf(d, start); s < to.length && from[s] < end; s++) {
    if (from[s] >= start && to[s] <= end && isStatement(d, s, minExactWords)) return true;
  }
  return false;
}

/** The most words of [start, end) that lie in one sentence of prose. */
function longestInSentence(d: PreparedDoc, start: number, end: number): number {
  let best = 0;
  for (let s = sentenceOf(d, start); s < d.sentenceWordTo.length && d.sentenceWordFrom[s] < end; s++) {
    if (!d.sentenceLabel[s]) best = Math.max(best, Math.min(end, d.sentenceWordTo[s]) - Math.max(start, d.sentenceWordFrom[s]));
  }
  return best;
}
