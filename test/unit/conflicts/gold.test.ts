import * as assert from 'assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFLICT_OPTIONS, groupClaims } from '../../../src/engine/conflicts/index';
import type { Claim, ClaimRef, Dimension, Qualifier } from '../../../src/engine/types';
import type { ResolvedClaim, ResolvedGold, ResolvedPair } from '../../eval/gold';
import { GOLD_DIR, loadGold } from '../../eval/load';

/**
 * The conflict stage alone, on the development set's gold claims: with perfect claims in, every gold conflict
 * must come out and no trap or agreement may. (`npm run eval` measures the whole pipeline.)
 */
describe('conflicts on gold claims of the development set', () => {
  let gold: ResolvedGold | undefined;
  before(function () {
    if (!existsSync(join(GOLD_DIR, 'conflicts.json')) || !existsSync(join(GOLD_DIR, 'links.json'))) this.skip();
    gold = loadGold();
  });

  const toRef = (c: ResolvedClaim): ClaimRef => {
    const claim: Claim = {
      start: c.start,
      end: c.end,
      text: c.text,
      dimension: c.dimension as Dimension,
      value: c.value,
      unit: c.unit,
      subject: c.subject,
      attribute: c.attribute,
    };
    if (c.low !== undefined) claim.low = c.low;
    if (c.high !== undefined) claim.high = c.high;
    if (c.qualifier !== undefined) claim.qualifier = c.qualifier as Qualifier;
    if (c.interval !== undefined) claim.interval = c.interval;
    return { doc: c.file, claim };
  };
  const pairKey = (aDoc: string, aStart: number, bDoc: string, bStart: number) =>
    [`${aDoc}@${aStart}`, `${bDoc}@${bStart}`].sort().join(' / ');
  const goldKey = (p: ResolvedPair) => pairKey(p.a.file, p.a.start, p.b.file, p.b.start);

  const predicted = () => {
    const refs = gold!.articles.flatMap((a) => a.claims.map(toRef));
    const groups = groupClaims(refs, DEFAULT_CONFLICT_OPTIONS, (d) => d.split('/').pop()!);
    return new Map(groups.flatMap((g) => g.conflicts).map((c) => [pairKey(c.a.doc, c.a.claim.start, c.b.doc, c.b.claim.start), c.note]));
  };

  it('finds every gold conflict (recall and precision ≥ 0.9)', () => {
    const found = predicted();
    const wanted = new Set(gold!.conflicts.map(goldKey));
    const hits = [...wanted].filter((k) => found.has(k)).length;
    const recall = wanted.size ? hits / wanted.size : 1;
    const precision = found.size ? hits / found.size : 1;
    const missed = gold!.conflicts.filter((p) => !found.has(goldKey(p))).map((p) => `${p.a.text} / ${p.b.text}`);
    const extra = [...found].filter(([k]) => !wanted.has(k)).map(([, note]) => note);
    assert.ok(recall >= 0.9 && precision >= 0.9, `recall ${recall}, precision ${precision}\nmissed: ${missed.join('; ')}\nextra: ${extra.join('; ')}`);
  });

  it('reports no trap and no agreeing pair', () => {
    const found = predicted();
    const wrong = [...gold!.traps, ...gold!.agreements].filter((p) => found.has(goldKey(p))).map((p) => `${p.a.text} / ${p.b.text}: ${p.why ?? ''}`);
    assert.deepStrictEqual(wrong, []);
  });
});
