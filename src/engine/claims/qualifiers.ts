import type { Qualifier, Token } from '../types';

// Phrases (token norms) written just before a figure. Longest match wins, so "no more than" beats "more than".
const BEFORE: Array<[string, Qualifier]> = [
  ['up to', 'at-most'], ['as many as', 'at-most'], ['as much as', 'at-most'], ['no more than', 'at-most'],
  ['not more than', 'at-most'], ['at most', 'at-most'], ['a maximum of', 'at-most'], ['maximum of', 'at-most'],
  ['a max of', 'at-most'], ['as far as', 'at-most'], ['as high as', 'at-most'], ['as long as', 'at-most'],
  ['about', 'approx'], ['around', 'approx'], ['some', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'],
  ['approx', 'approx'], ['approx .', 'approx'], ['nearly', 'approx'], ['almost', 'approx'], ['close to', 'approx'],
  ['an estimated', 'approx'], ['estimated', 'approx'], ['circa', 'approx'], ['c .', 'approx'], ['ca .', 'approx'],
  ['~', 'approx'], ['≈', 'approx'], ['just about', 'approx'], ['approaching', 'approx'], ['an approximate', 'approx'],
  ['more than', 'more-than'], ['over', 'more-than'], ['just over', 'more-than'], ['well over', 'more-than'],
  ['upwards of', 'more-than'], ['in excess of', 'more-than'], ['above', 'more-than'], ['exceeding', 'more-than'],
  ['greater than', 'more-than'], ['higher than', 'more-than'], ['>', 'more-than'], ['north of', 'more-than'],
  ['at least', 'at-least'], ['no less than', 'at-least'], ['no fewer than', 'at-least'], ['not less than', 'at-least'],
  ['a minimum of', 'at-least'], ['minimum of', 'at-least'], ['≥', 'at-least'],
  ['less than', 'less-than'], ['under', 'less-than'], ['fewer than', 'less-than'], ['just under', 'less-than'],
  ['below', 'less-than'], ['lower than', 'less-than'], ['<', 'less-than'], ['shy of', 'less-than'],
  ['≤', 'at-most'], ['barely', 'at-most'], ['only just', 'at-most'], ['well under', 'less-than'], ['well below', 'less-than'],
];

// Written after a figure: "5,000 or more", "10,000-plus", "5,000+".
const AFTER: Array<[string, Qualifier]> = [
  ['or more', 'at-least'], ['or so', 'approx'], ['+', 'at-least'], ['- plus', 'at-least'], ['plus', 'at-least'],
  ['or less', 'at-most'], ['or fewer', 'at-most'], ['and more', 'at-least'], ['and above', 'at-least'],
];

const BEFORE_SEQS = BEFORE.map(([p, q]) => ({ seq: p.split(' '), q })).sort((a, b) => b.seq.length - a.seq.length);
const AFTER_SEQS = AFTER.map(([p, q]) => ({ seq: p.split(' '), q })).sort((a, b) => b.seq.length - a.seq.length);
const BEFORE_LAST = new Set(BEFORE_SEQS.map((s) => s.seq[s.seq.length - 1]));

export interface QualifierMatch {
  qualifier: Qualifier;
  /** Token index where the qualifier starts (before) or ends, exclusive (after). */
  index: number;
}

/** The qualifier ending just before token `i`, if any. */
export function qualifierBefore(tokens: readonly Token[], i: number, floor: number): QualifierMatch | null {
  const prev = tokens[i - 1];
  if (!prev || i - 1 < floor || !BEFORE_LAST.has(prev.norm)) return null;
  for (const { seq, q } of BEFORE_SEQS) {
    const from = i - seq.length;
    if (from < floor) continue;
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) ok = tokens[from + k].norm === seq[k];
    // "inching back up to 4.8 percent": a movement to a level, not a bound.
    if (ok && seq[0] === 'up' && tokens[from - 1]?.norm === 'back') return null;
    if (ok) return { qualifier: q, index: from };
  }
  return null;
}

/** The qualifier starting at token `j` (just after the figure), if any. */
export function qualifierAfter(tokens: readonly Token[], j: number, ceiling: number): QualifierMatch | null {
  for (const { seq, q } of AFTER_SEQS) {
    if (j + seq.length > ceiling) continue;
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) ok = tokens[j + k].norm === seq[k];
    if (!ok) continue;
    // "+" and "-plus" must be glued to the figure; "plus" alone starts a new phrase ("5 plus 3").
    if ((seq[0] === '+' || seq[0] === '-') && tokens[j].start !== tokens[j - 1].end) continue;
    if (seq[0] === 'plus') continue;
    return { qualifier: q, index: j + seq.length };
  }
  return null;
}
