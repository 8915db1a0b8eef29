import { strict as assert } from 'node:assert';
import { checkConflictGold } from '../../eval/consistency';
import { loadGold } from '../../eval/load';
import { ResolvedGold } from '../../eval/gold';

// Loading resolves every gold string against its article and throws on the first one that does not resolve, so
// this suite fails loudly whenever an article or a gold file is edited out of step with the other.
describe('development-set gold', () => {
  let gold: ResolvedGold;
  before(() => {
    gold = loadGold();
  });

  it('resolves every entity, claim, link quote and conflict quote', () => {
    assert.ok(gold.articles.length >= 12, `only ${gold.articles.length} annotated articles`);
    for (const a of gold.articles) {
      assert.ok(a.mentions.length > 0, `${a.path} has no entity mentions`);
      assert.ok(a.claims.length > 0, `${a.path} has no claims`);
    }
  });

  it('keeps each claim text equal to the article text at its span', () => {
    for (const a of gold.articles) {
      for (const c of a.claims) assert.equal(a.text.slice(c.start, c.end).replace(/\r\n/g, '\n'), c.text);
      for (const m of a.mentions) assert.equal(a.text.slice(m.start, m.end), m.text);
    }
  });

  it('classifies every comparable cross-document claim pair exactly once, and traps are real traps', () => {
    assert.deepEqual(checkConflictGold(gold), []);
  });

  it('covers every kind of duplicate, within and across articles, and boilerplate in 3+ articles', () => {
    const required = gold.links.filter((l) => !l.ignored);
    for (const kind of ['exact', 'edited', 'restated'] as const) {
      assert.ok(required.some((l) => l.kind === kind), `no required ${kind} link`);
    }
    assert.ok(required.some((l) => l.a.file === l.b.file), 'no within-article link');
    assert.ok(required.some((l) => l.a.file !== l.b.file), 'no cross-article link');
    assert.ok(required.some((l) => l.changes.length > 0), 'no mutated copy');
    const boilerplateFiles = new Set(gold.links.filter((l) => l.boilerplate).flatMap((l) => [l.a.file, l.b.file]));
    assert.ok(boilerplateFiles.size >= 3, 'boilerplate footer in fewer than 3 articles');
  });

  it('writes fixture articles of 300 to 900 words', () => {
    for (const a of gold.articles.filter((x) => x.path.startsWith('test/fixtures/'))) {
      const words = a.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      assert.ok(words >= 300 && words <= 900, `${a.path}: ${words} words`);
    }
  });
});
