import { fnv1a } from './hash';
import { FLAG_NUMBER, isFactOrName, type PreparedDoc } from './prepare';

// Share of the longer sentence's words that two sentences have in the same order, from which they are one
// wording: a restatement rewords, so one wording about other names is one sentence frame filled in twice.
const SAME_WORDING = 0.6;

// Days and months are times, not names: two unrelated sentences share them as they share figures.
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'
    .split(' ')
    .map((w) => fnv1a(w) | 0),
);

/**
 * Two sentences the restatement score pairs that state parallel facts rather than one fact twice:
 * - one wording (most words in the same order) with a name or figure on each side that the other lacks ("Tusk is
 *   due in X near Riga to inspect the Y on Monday" / "Kallas is due in Z near Riga to inspect the W on Monday");
 * - or each names people or places the other does not, and they share no name ("The canal locks in X have been
 *   padlocked since ..." / "Y canal locks: on hold until ..."): shared topic words about other subjects;
 * - or both cite several figures and share none of them (`otherFigures`).
 * Sentences are the word ranges [aFrom, aTo) of `x` and [bFrom, bTo) of `y`.
 */
export function isParallelFact(x: PreparedDoc, aFrom: number, aTo: number, y: PreparedDoc, bFrom: number, bTo: number): boolean {
  if (otherFigures(x, aFrom, aTo, y, bFrom, bTo)) return true;
  const oneWording = inOrder(x, aFrom, aTo, y, bFrom, bTo) >= SAME_WORDING * Math.max(aTo - aFrom, bTo - bFrom);
  if (oneWording && ownFact(x, aFrom, aTo, y, bFrom, bTo, true) && ownFact(y, bFrom, bTo, x, aFrom, aTo, true)) return true;
  return ownFact(x, aFrom, aTo, y, bFrom, bTo, false) && ownFact(y, bFrom, bTo, x, aFrom, aTo, false) && !sharesName(x, aFrom, aTo, y, bFrom, bTo);
}

/** Words the two ranges have in the same order (longest common subsequence); sentences are short. */
function inOrder(x: PreparedDoc, aFrom: number, aTo: number, y: PreparedDoc, bFrom: number, bTo: number): number {
  const n = bTo - bFrom;
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  for (let i = aFrom; i < aTo; i++) {
    for (let j = 1; j <= n; j++) {
      current[j] = x.wordHash[i] === y.wordHash[bFrom + j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[n];
}

/** A name of one letter is an initial or a unit symbol ("°C"); days and months are times. */
function isName(d: PreparedDoc, i: number): boolean {
  return isFactOrName(d, i) && (d.wordFlags[i] & FLAG_NUMBER) === 0 && d.wordEnd[i] - d.wordStart[i] > 1 && !CALENDAR.has(d.wordHash[i]);
}

/** `x`'s range holds a name (or, with `figures`, a figure) that `y`'s range does not hold in any form. */
export function ownFact(x: PreparedDoc, from: number, to: number, y: PreparedDoc, yFrom: number, yTo: number, figures: boolean): boolean {
  for (let i = from; i < to; i++) {
    if (!(figures ? isFactOrName(x, i) : isName(x, i))) continue;
    let found = false;
    for (let j = yFrom; j < yTo && !found; j++) found = y.wordHash[j] === x.wordHash[i] || (!figures && isName(y, j) && sameStem(x, i, y, j));
    if (!found) return true;
  }
  return false;
}

function sharesName(x: PreparedDoc, aFrom: number, aTo: number, y: PreparedDoc, bFrom: number, bTo: number): boolean {
  for (let i = aFrom; i < aTo; i++) {
    if (!isName(x, i)) continue;
    for (let j = bFrom; j < bTo; j++) if (isName(y, j) && (x.wordHash[i] === y.wordHash[j] || sameStem(x, i, y, j))) return true;
  }
  return false;
}

/** A place and its adjective are one name: "Russia" / "Russian", "Ukraine" / "Ukrainian", "Europe" / "European". */
function sameStem(x: PreparedDoc, i: number, y: PreparedDoc, j: number): boolean {
  const a = x.text.slice(x.wordStart[i], x.wordEnd[i]).toLowerCase();
  const b = y.text.slice(y.wordStart[j], y.wordEnd[j]).toLowerCase();
  const need = Math.max(4, Math.min(a.length, b.length) - 1);
  if (Math.min(a.length, b.length) < need) return false;
  for (let k = 0; k < need; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

// Distinct figures, over both sentences, from which two sentences that share none of them report other data.
const MIN_OTHER_FIGURES = 3;

/**
 * Both sentences cite figures, they share none, and there are several: one market report or results line filled
 * in with another day's numbers ("the index rose 34 points to 9,107" / "the index fell 10 points to 9,090"). A
 * single changed figure is left alone: that is a restatement that mutated a figure, which a reader must see.
 */
function otherFigures(x: PreparedDoc, aFrom: number, aTo: number, y: PreparedDoc, bFrom: number, bTo: number): boolean {
  const figures = (d: PreparedDoc, from: number, to: number) => {
    const out = new Set<number>();
    for (let i = from; i < to; i++) if ((d.wordFlags[i] & FLAG_NUMBER) !== 0) out.add(d.wordHash[i]);
    return out;
  };
  const a = figures(x, aFrom, aTo);
  if (a.size === 0) return false;
  const b = figures(y, bFrom, bTo);
  if (b.size === 0 || a.size + b.size < MIN_OTHER_FIGURES) return false;
  for (const h of b) if (a.has(h)) return false;
  return true;
}
