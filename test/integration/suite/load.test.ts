import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import type { SourceLensApi } from '../../../src/extension/api';
import type { LoadCorpusRequest, LoadCorpusResult } from './loadCorpus.worker';
import { openWorkspaceFile, screenshot, sourceLensApi, waitFor, workspaceRoot } from './util';

/** Generated articles in the load workspace; CI runs the issue's 10,000, `SOURCE_LENS_LOAD_ARTICLES` makes it smaller while developing. */
const ARTICLES = Number(process.env.SOURCE_LENS_LOAD_ARTICLES || 10_000);
/**
 * The worker's live heap and buffers after indexing 10,000 articles and computing every corpus answer. The
 * benchmark's goal is 1 GiB (bench/report.ts); this build holds about 1.05 GiB of 10,000 generated articles
 * (their texts included) with 410,000 distinct entities, a known miss recorded on issues 5 and 9. The bound guards
 * the level reached with a sixth to spare: the same run held 1.4 GiB before the merge and reuse indexes were
 * compacted again, and 2.5 GiB before that.
 */
const MEMORY_BOUND = 1.25 * 1024 * 1024 * 1024;
/** A hover is answered from the cached view: it must not wait for the worker, whatever it is doing. */
const HOVER_LIMIT_MS = 5_000;
const LOAD_FOLDER = 'load-corpus';
const SEED = 'seeds/002_abe37b12b1baed6c.txt';
const DEFAULT_EXCLUDE = '**/{node_modules,.git,.sourcelens}/**';
const EXCLUDE_LOAD = `**/{node_modules,.git,.sourcelens,${LOAD_FOLDER}}/**`;
/** Generous per-article allowance for a full indexing run on a slow 2-core machine, with a floor for small runs. */
const RUN_TIMEOUT_MS = Math.max(180_000, ARTICLES * 60);
const NOTIFICATION = '.notifications-toasts .notification-toast:has-text("analysing workspace")';

const MiB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const log = (message: string) => console.log(`      [load] ${message}`);

/** Hovers the first entity mention of an open article, as drawn from its current view. */
async function hoverFirstMention(api: SourceLensApi, editor: vscode.TextEditor): Promise<vscode.Hover[]> {
  const view = api.view(editor.document.uri.toString());
  assert.ok(view?.mentions.length, 'the article has entity mentions to hover');
  const at = editor.document.positionAt(view.mentions[0].start + 1);
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at)) ?? [];
}

/** Generates and writes the articles in a worker thread (bench/generate.ts), so the extension host stays free. */
function writeCorpus(request: LoadCorpusRequest): Promise<LoadCorpusResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'loadCorpus.worker.js'), { workerData: request });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the corpus writer exited with code ${code} before it finished`)));
  });
}

/**
 * Hovers the open article every `everyMs` while a workspace indexing run is in progress, one request at a time, and
 * records how long each took to answer and how late each timer tick fired (the extension host's event-loop lag).
 */
function sampleHovers(api: SourceLensApi, editor: vscode.TextEditor, everyMs: number) {
  const latencies: number[] = [];
  let maxLag = 0;
  let failures = 0;
  let busy = false;
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    maxLag = Math.max(maxLag, now - last - everyMs);
    last = now;
    if (busy || !api.indexing()) return;
    busy = true;
    hoverFirstMention(api, editor)
      .then(
        (hovers) => {
          latencies.push(Date.now() - now);
          if (!hovers.length) failures++;
        },
        () => failures++,
      )
      .finally(() => (busy = false));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const sorted = [...latencies].sort((a, b) => a - b);
      return { count: sorted.length, failures, p50: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted[sorted.length - 1] ?? 0, maxLag };
    },
  };
}

/** The indexing run's progress while it is inside its loop over files (past the first batch, before the last). */
function inProgress(api: SourceLensApi) {
  const progress = api.indexing();
  return progress && progress.done > 0 && progress.done < progress.total ? progress : undefined;
}

/**
 * Sets `sourceLens.exclude` and waits until the extension has applied it: the configuration event that updates the
 * corpus service fires before `getConfiguration` shows the new value.
 */
async function setExclude(value: string | undefined): Promise<void> {
  const section = vscode.workspace.getConfiguration('sourceLens');
  await section.update('exclude', value, vscode.ConfigurationTarget.Workspace);
  const expected = value ?? DEFAULT_EXCLUDE;
  await waitFor(() => vscode.workspace.getConfiguration('sourceLens').get('exclude') === expected, { description: `sourceLens.exclude = ${expected}` });
}

/**
 * The story of one big workspace, test after test: indexing starts while an article is open and hovered, a second
 * run is cancelled from its notification, a last run completes. Each test starts the run it needs.
 */
suite('load: a workspace of generated articles', function () {
  let api: SourceLensApi;
  let seed: vscode.TextEditor;
  let folder: string;
  let baseline: number;
  let included = false;

  /** Lets the corpus see the load folder; the configuration change starts a background indexing run. */
  async function includeLoadFolder(): Promise<void> {
    if (included) return;
    included = true;
    await setExclude(undefined);
  }

  suiteSetup(async function () {
    this.timeout(300_000);
    api = await sourceLensApi();
    const root = workspaceRoot();
    assert.strictEqual(root.scheme, 'file', 'the harness workspace is on the local disk');
    folder = path.join(root.fsPath, LOAD_FOLDER);
    // Excluded while written, so neither the file watcher nor a run indexes half-written files; each test starts its run.
    await setExclude(EXCLUDE_LOAD);
    seed = await openWorkspaceFile(SEED);
    await api.idle();
    assert.ok(api.view(seed.document.uri.toString()), 'the seed article is analysed');
    baseline = (await api.indexedDocuments()).length;

    const t0 = Date.now();
    const written = await writeCorpus({ folder, size: ARTICLES, wordsPerArticle: 700 });
    assert.strictEqual(written.files, ARTICLES);
    log(`${ARTICLES} articles (${written.words} words) generated and written in ${Date.now() - t0} ms; ${baseline} documents indexed before`);
  });

  suiteTeardown(async function () {
    this.timeout(RUN_TIMEOUT_MS);
    if (!folder) return;
    // Excluding the folder again starts a run that drops its articles from the index; only then are the files deleted.
    await setExclude(EXCLUDE_LOAD);
    await api.idle();
    fs.rmSync(folder, { recursive: true, force: true });
    await setExclude(undefined);
    await api.idle();
    assert.strictEqual((await api.indexedDocuments()).length, baseline, 'the workspace is back to its own articles');
  });

  test(`a hover answers while ${ARTICLES} articles are being indexed`, async function () {
    this.timeout(RUN_TIMEOUT_MS);
    await includeLoadFolder();
    const before = await waitFor(() => inProgress(api), { timeoutMs: 60_000, description: 'the workspace indexing run under way' });
    const t0 = Date.now();
    const hovers = await hoverFirstMention(api, seed);
    const latency = Date.now() - t0;
    // Still in the loop over files after the hover came back, so the hover did not wait for indexing to end.
    const after = inProgress(api);
    log(`hover answered in ${latency} ms while indexing was at ${before.done}/${before.total} (after: ${after ? `${after.done}/${after.total}` : 'done'})`);
    assert.ok(hovers.length, 'a hover for the entity mention');
    assert.ok(after, 'indexing was still in progress when the hover answered');
    assert.ok(latency < HOVER_LIMIT_MS, `the hover took ${latency} ms`);
  });

  test('Analyze Workspace can be cancelled from its notification, and the extension keeps working', async function () {
    this.timeout(RUN_TIMEOUT_MS);
    await includeLoadFolder();
    const run = Promise.resolve(vscode.commands.executeCommand('sourceLens.analyzeWorkspace'));
    await waitFor(() => inProgress(api), { timeoutMs: 60_000, description: 'Analyze Workspace under way' });
    // The picture shows the progress notification; then the harness clicks its Cancel button, as a user would.
    await screenshot('load-indexing-progress', { selector: NOTIFICATION, click: `${NOTIFICATION} .monaco-button:has-text("Cancel")` });
    const t0 = Date.now();
    const atClick = api.indexing();
    await run;
    const indexed = await api.indexedDocuments();
    const loaded = indexed.filter((id) => id.includes(`/${LOAD_FOLDER}/`)).length;
    log(`cancel clicked with the run ${atClick ? `at ${atClick.done}/${atClick.total}` : 'already stopped'}; the command ended ${Date.now() - t0} ms after the click with ${loaded} of ${ARTICLES} generated articles indexed`);
    assert.strictEqual(api.indexing(), undefined, 'no indexing run is left behind');
    assert.ok(loaded < ARTICLES, 'indexing stopped before the last file');
    for (const id of indexed) assert.ok(fs.existsSync(vscode.Uri.parse(id).fsPath), `${id} is a real file`);

    // Still usable: the open article is analysed again on demand and hovers answer from the new view.
    const key = seed.document.uri.toString();
    const stale = api.view(key);
    await vscode.commands.executeCommand('sourceLens.analyzeCurrentFile');
    await waitFor(() => api.view(key) !== stale, { description: 'a fresh view of the seed' });
    assert.ok((await hoverFirstMention(api, seed)).length, 'a hover after cancelling');
  });

  test(`all ${ARTICLES} articles are indexed with the worker's live heap within 1.25 GiB`, async function () {
    this.timeout(RUN_TIMEOUT_MS);
    await includeLoadFolder();
    const t0 = Date.now();
    const sampler = sampleHovers(api, seed, 250);
    await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
    const indexedMs = Date.now() - t0;
    const hovers = sampler.stop();
    await api.idle();
    const settledMs = Date.now() - t0;
    log(`hovers during the run: ${hovers.count} answered, p50 ${hovers.p50} ms, max ${hovers.max} ms, ${hovers.failures} empty; extension host timer lag up to ${hovers.maxLag} ms`);

    const indexed = await api.indexedDocuments();
    assert.strictEqual(indexed.length, baseline + ARTICLES, 'every article is indexed, none twice');
    assert.ok(hovers.count > 0 && hovers.failures === 0, `every hover during the run answered (${hovers.failures} did not)`);
    assert.ok(hovers.max < HOVER_LIMIT_MS, `the slowest hover during the run took ${hovers.max} ms`);
    const stats = await api.stats();
    log(`corpus: ${JSON.stringify(stats)}`);
    assert.strictEqual(stats.documents, baseline + ARTICLES);
    // Measured after stats(), so entities, links and conflicts of the whole corpus are computed and held.
    const memory = await api.workerMemory();
    log(`Analyze Workspace took ${indexedMs} ms (${settledMs} ms until idle); worker heap after a full collection ${MiB(memory.heapUsed)} live, ${MiB(memory.heapTotal)} reserved, ${MiB(memory.external)} external, limit ${MiB(memory.heapLimit)}`);
    assert.ok(memory.heapUsed + memory.external <= MEMORY_BOUND, `the worker holds ${MiB(memory.heapUsed + memory.external)} of live heap and buffers`);
    assert.ok((await hoverFirstMention(api, seed)).length, 'the open article still hovers after the full run');
  });
});
