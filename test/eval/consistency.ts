/**
 * Internal consistency of the gold set, checked in CI: every cross-document pair of claims that share a subject,
 * attribute and dimension must be classified as a conflict or an agreement, traps must really be traps, and no
 * pair may be classified twice. Incidental dates (attribute "date") are never compared and are exempt.
 */
import { ResolvedClaim, ResolvedGold, ResolvedPair } from './gold';

export const INCIDENTAL_ATTRIBUTE = 'date';

function claimKey(c: ResolvedClaim): string {
  return `${c.file}:${c.start}`;
}

function pairKey(a: ResolvedClaim, b: ResolvedClaim): string {
  const [x, y] = [claimKey(a), claimKey(b)].sort();
  return `${x}|${y}`;
}

/** Claims that a conflict detector must compare: same subject, attribute, dimension (and currency for money). */
export function comparableKey(c: ResolvedClaim): string {
  return [c.subject, c.attribute, c.dimension, c.dimension === 'money' ? c.unit : ''].join('\u0000');
}

export function checkConflictGold(gold: ResolvedGold): string[] {
  const problems: string[] = [];
  const classified = new Map<string, string>();
  const note = (section: string, pairs: readonly ResolvedPair[]) => {
    for (const p of pairs) {
      const key = pairKey(p.a, p.b);
      const before = classified.get(key);
      if (before) problems.push(`${section}: ${p.a.text} / ${p.b.text} already listed under ${before}`);
      classified.set(key, section);
    }
  };
  note('conflicts', gold.conflicts);
  note('agreements', gold.agreements);
  note('traps', gold.traps);
  for (const p of [...gold.conflicts, ...gold.agreements]) {
    if (p.a.file === p.b.file) problems.push(`same-document pair listed as conflict/agreement: ${p.a.text} / ${p.b.text}`);
    if (comparableKey(p.a) !== comparableKey(p.b)) problems.push(`pair with different keys: ${p.a.text} / ${p.b.text}`);
  }
  for (const t of gold.traps) {
    if (t.a.file !== t.b.file && comparableKey(t.a) === comparableKey(t.b) && t.a.attribute !== INCIDENTAL_ATTRIBUTE) {
      problems.push(`trap ${t.a.text} / ${t.b.text} has the same subject and attribute across documents`);
    }
  }
  const groups = new Map<string, ResolvedClaim[]>();
  for (const article of gold.articles) {
    for (const c of article.claims) {
      if (c.attribute === INCIDENTAL_ATTRIBUTE) continue;
      const key = comparableKey(c);
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
  }
  for (const claims of groups.values()) {
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        const [a, b] = [claims[i], claims[j]];
        if (a.file === b.file) continue;
        const section = classified.get(pairKey(a, b));
        if (section !== 'conflicts' && section !== 'agreements') {
          problems.push(`unclassified comparable pair: ${a.file} ${JSON.stringify(a.text)} / ${b.file} ${JSON.stringify(b.text)}`);
        }
      }
    }
  }
  return problems;
}
