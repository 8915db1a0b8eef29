import * as assert from 'assert';
import { existsSync } from 'fs';
import * as path from 'path';
import { createWorkerClient, type WorkerClient } from '../../../src/worker/client';
import { A_DOC, A_TEXT, B_DOC, B_TEXT } from './fixtures';

const WORKER = path.resolve(__dirname, '../../../dist/worker.js');

/** Resolves with the first value a callback registration delivers. */
const once = (register: (listener: (reason: string) => void) => void) => new Promise<string>((resolve) => register(resolve));

describe('worker: the real worker thread from dist/worker.js', function () {
  let client: WorkerClient | undefined;

  before(function () {
    if (!existsSync(WORKER)) {
      console.log(`    skipped: ${WORKER} is not built; run \`npm run build\` first (npm test builds it)`);
      this.skip();
    }
  });

  afterEach(async () => {
    await client?.dispose();
    client = undefined;
  });

  it('answers requests in order and reports a failing request without dying', async () => {
    client = createWorkerClient(WORKER);
    const view = await client.api.upsert(A_DOC, A_TEXT);
    assert.strictEqual(view.doc, A_DOC);
    assert.ok(view.mentions.some((m) => m.text === 'Vladimir Putin'));
    await client.api.upsertMany([{ doc: B_DOC, text: B_TEXT }]);
    const stats = await client.api.stats();
    assert.strictEqual(stats.documents, 2);
    assert.strictEqual(stats.conflicts, 1);
    await assert.rejects(client.api.crashForTest(), /test hooks/, 'the crash hook is refused without test hooks');
    assert.deepStrictEqual((await client.api.ids()).sort(), [A_DOC, B_DOC], 'the worker survived the refused request');
  });

  it('restarts after the worker exits, failing the request in flight', async () => {
    client = createWorkerClient(WORKER, { testHooks: true });
    await client.api.upsert(A_DOC, A_TEXT);
    const restarted = once(client.onRestart);
    const inFlight = client.api.crashForTest();
    await assert.rejects(inFlight, /corpus worker stopped: worker exited with code 70/);
    assert.match(await restarted, /code 70/);
    // A fresh worker: empty, and answering.
    assert.deepStrictEqual(await client.api.ids(), []);
    const view = await client.api.upsert(B_DOC, B_TEXT);
    assert.strictEqual(view.doc, B_DOC);
  });

  it('gives up after repeated crashes instead of restarting forever', async () => {
    client = createWorkerClient(WORKER, { testHooks: true, maxRestarts: 1, restartWindowMs: 60_000 });
    const gaveUp = once(client.onGiveUp);
    await assert.rejects(client.api.crashForTest());
    await assert.rejects(client.api.crashForTest());
    assert.match(await gaveUp, /crashed 2 times/);
    await assert.rejects(client.api.ids(), /not running/);
  });

  it("reports the worker thread's own heap, bounded by its resource limits", async () => {
    client = createWorkerClient(WORKER, { resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 } });
    const before = await client.api.memory();
    // The limit the thread was started with, not this process's (which has no such small limit).
    assert.ok(before.heapLimit < 256 * 2 ** 20, `heap limit ${before.heapLimit}`);
    await client.api.upsertMany(Array.from({ length: 40 }, (_, k) => ({ doc: `${B_DOC}-${k}`, text: B_TEXT.repeat(20) })));
    const after = await client.api.memory();
    assert.ok(after.heapUsed > 0 && after.heapUsed <= after.heapTotal && after.heapTotal <= after.heapLimit);
    assert.ok(after.heapTotal >= before.heapTotal, 'indexing documents does not shrink the reserved heap');
  });

  it('keeps a runaway analysis inside the worker heap limit', async () => {
    client = createWorkerClient(WORKER, { resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 } });
    const restarted = once(client.onRestart);
    // ~40 MB of text: the analysis needs far more than the 96 MB heap, so the worker, not this process, runs out.
    const huge = 'Vladimir Putin said 500 km. '.repeat(1_500_000);
    await assert.rejects(client.api.upsert(A_DOC, huge), /corpus worker stopped/);
    assert.ok(await restarted);
    assert.deepStrictEqual(await client.api.ids(), []);
  });
});
