import * as assert from 'assert';
import { rounded, runBench } from '../../../bench/harness';
import { targets } from '../../../bench/report';

// The bench itself is not run in CI (it takes minutes); this checks its harness still works. The generator has
// its own tests (generate.test.ts).
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
    for (const key of ['environment', 'sizes', 'stageSize', 'baselines', 'scaling', 'reuse', 'latency', 'startup', 'qualitySize', 'quality', 'targets']) {
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
    assert.ok(results.reuse.from && results.reuse.to, 'the duplicate index ran alone at both scaling sizes');
    assert.strictEqual(results.reuse.to.articles, 5);
    assert.ok(results.reuse.to.reuse.ms > 0 && results.reuse.to.linkRecall >= 0 && results.reuse.timeRatio! > 0);
    assert.strictEqual(targets(results).length, 16);
    assert.ok(JSON.stringify(json).length > 0);
  });
});
