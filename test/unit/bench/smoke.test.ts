import * as assert from 'assert';
import { generateCorpus } from '../../../bench/generate';
import { rounded, runBench } from '../../../bench/harness';
import { targets } from '../../../bench/report';

// The bench itself is not run in CI (it takes minutes); this checks its generator and harness still work.
describe('bench: corpus generator', () => {
  it('is deterministic: the same seed gives the same corpus and truth, another seed another corpus', () => {
    const a = generateCorpus({ size: 30, seed: 42 });
    const b = generateCorpus({ size: 30, seed: 42 });
    const c = generateCorpus({ size: 30, seed: 43 });
    assert.deepStrictEqual(a, b);
    assert.notDeepStrictEqual(a.articles.map((x) => x.text), c.articles.map((x) => x.text));
  });

  it('writes articles of about the asked length from every template', () => {
    const corpus = generateCorpus({ size: 40, seed: 7 });
    assert.strictEqual(corpus.articles.length, 40);
    for (const a of corpus.articles) assert.ok(a.words >= 650 && a.words <= 1000, `${a.id} has ${a.words} words`);
    assert.deepStrictEqual(new Set(corpus.articles.map((a) => a.template)), new Set(['wire', 'blog', 'explainer']));
    assert.ok(corpus.articles.some((a) => /^\|---/m.test(a.text)), 'an explainer carries a pipe table');
    assert.ok(corpus.articles.some((a) => /\bmoscow\b|\bminsk\b|\bwarsaw\b/.test(a.text)), 'lower-cased place names occur');
    assert.ok(corpus.articles.some((a) => a.text.includes('(ISW)') || a.text.includes('ISW')), 'acronyms occur');
  });

  it('plants copies that really occur in both articles', () => {
    const corpus = generateCorpus({ size: 60, seed: 3 });
    const text = new Map(corpus.articles.map((a) => [a.id, a.text]));
    assert.ok(corpus.copies.length >= 10);
    const kinds = new Set<string>();
    for (const c of corpus.copies) {
      kinds.add(c.kind);
      assert.notStrictEqual(c.source.doc, c.copy.doc);
      const source = text.get(c.source.doc)!.slice(c.source.start, c.source.end);
      const copy = text.get(c.copy.doc)!.slice(c.copy.start, c.copy.end);
      assert.match(source, /^\S.*[.]$/, 'the source span is a whole sentence');
      assert.match(copy, /^\S.*[.]$/, 'the copy span is a whole sentence');
      if (c.kind === 'exact') assert.strictEqual(copy, source);
      else {
        assert.notStrictEqual(copy, source);
        const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\d]+/gu));
        const shared = [...words(copy)].filter((w) => words(source).has(w)).length;
        assert.ok(shared / words(source).size >= 0.6, `${c.kind} copy keeps most words: ${source} / ${copy}`);
      }
    }
    assert.deepStrictEqual(kinds, new Set(['exact', 'edited', 'restated']));
  });

  it('plants conflicting, agreeing and trap figures next to their subjects', () => {
    const corpus = generateCorpus({ size: 80, seed: 5 });
    const text = new Map(corpus.articles.map((a) => [a.id, a.text]));
    assert.deepStrictEqual(new Set(corpus.pairs.map((p) => p.kind)), new Set(['conflict', 'agree', 'trap']));
    for (const p of corpus.pairs) {
      assert.notStrictEqual(p.a.doc, p.b.doc);
      for (const [side, subject] of [[p.a, p.subjects[0]], [p.b, p.subjects[1]]] as const) {
        const doc = text.get(side.doc)!;
        assert.match(doc.slice(side.start, side.end), /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve/);
        const sentenceStart = doc.lastIndexOf('. ', side.start) + 1;
        assert.ok(doc.slice(sentenceStart, side.end).includes(subject), `${subject} is named in the sentence of its figure`);
      }
      if (p.kind === 'trap') assert.notStrictEqual(p.subjects[0], p.subjects[1]);
      else assert.strictEqual(p.subjects[0], p.subjects[1]);
    }
  });
});

describe('bench: harness', function () {
  this.timeout(0);
  it('measures a tiny corpus end to end and fills every field of results.json', async () => {
    const results = await runBench({
      sizes: [5],
      scaling: [3, 5],
      baselineSample: 5,
      latencyCorpus: 5,
      latencyWords: 1500,
      edits: 3,
      inProcess: true,
      startupRepeats: 1,
      root: process.cwd(),
    });
    const json = rounded({ ...results, targets: targets(results) }) as Record<string, unknown>;
    for (const key of ['environment', 'sizes', 'stageSize', 'baselines', 'scaling', 'latency', 'startup', 'qualitySize', 'quality', 'targets']) {
      assert.ok(json[key] !== null && json[key] !== undefined, `results.${key} is filled`);
    }
    assert.deepStrictEqual(results.errors, {}, 'no job failed');
    const five = results.sizes['5'];
    assert.ok(five.stages && five.pipeline, 'stages and pipeline both ran at 5 articles');
    for (const stage of Object.values(five.stages.stages)) assert.ok(stage.ms >= 0 && Number.isFinite(stage.wordsPerSec));
    assert.ok(results.sizes['3'].pipeline && !results.sizes['3'].stages, 'the scaling size runs the pipeline only');
    assert.ok(results.scaling.timeRatio !== null && results.scaling.timeRatio > 0);
    assert.ok(results.baselines!.tokenizerMs > 0 && results.baselines!.compromiseMs > 0 && results.baselines!.pipelineMs > 0);
    assert.strictEqual(results.latency!.edits, 3);
    assert.ok(results.latency!.articleWords >= 1500);
    assert.ok(results.startup!.engineRequireMs !== null && results.startup!.firstArticleMs !== null, 'the engine bundle loads in a fresh process');
    assert.ok(results.quality!.plantedLinks >= 1);
    assert.strictEqual(targets(results).length, 12);
    assert.ok(JSON.stringify(json).length > 0);
  });
});
