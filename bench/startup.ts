/** Start-up: loading the bundles in a fresh Node process and analysing a first article; bundle sizes. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface StartupRun {
  /** `require` of the engine bundled on its own (esbuild, minified), in a fresh process. */
  engineRequireMs: number | null;
  /** Analysing the first article right after, including every corpus answer. */
  firstArticleMs: number | null;
  /** `require` of dist/extension.js with `vscode` stubbed, plus its `activate()` when the stub lets it run. */
  extensionLoadMs: number | null;
  extensionActivateMs: number | null;
  /** A worker thread on dist/worker.js: from `new Worker` to the first article's view coming back. */
  workerFirstViewMs: number | null;
  bundleBytes: Record<'extension' | 'worker' | 'cli', number | null>;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function runNode(script: string, cwd: string): Record<string, number> | null {
  const r = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8', timeout: 60_000 });
  const line = r.stdout?.trim().split('\n').pop();
  try {
    return line ? (JSON.parse(line) as Record<string, number>) : null;
  } catch {
    return null;
  }
}

// A `vscode` stand-in on which every property, call and `new` yields another stand-in, exposing the API's exported
// names as own keys (esbuild's ESM interop copies them): enough to load the bundle and run `activate`.
const vscodeStub = (root: string): string => `
const Module = require('module');
const names = [...new Set([...require('fs').readFileSync(${JSON.stringify(join(root, 'node_modules/@types/vscode/index.d.ts'))}, 'utf8')
  .matchAll(/export (?:class|namespace|enum|function|const|let) (\\w+)/g)].map((m) => m[1]))];
const handler = {
  get: (t, k) => (k === Symbol.toPrimitive ? () => '' : k === 'then' || k === '__esModule' ? undefined : k === 'prototype' ? t.prototype : stub),
  apply: () => stub, construct: () => stub,
  ownKeys: (t) => [...new Set([...Reflect.ownKeys(t), ...names])],
  getOwnPropertyDescriptor: (t, k) => Reflect.getOwnPropertyDescriptor(t, k) ?? { configurable: true, enumerable: true, writable: true, value: stub },
};
const stub = new Proxy(function () {}, handler);
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
`;

/** Measures start-up `repeats` times in fresh processes (median); `root` is the repository root. */
export async function measureStartup(root: string, firstArticle: string, repeats = 5): Promise<StartupRun> {
  const esbuild = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'source-lens-bench-'));
  try {
    const engine = join(dir, 'engine.js');
    await esbuild.build({ entryPoints: [join(root, 'src/engine/index.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, outfile: engine, logLevel: 'error' });
    const articleFile = join(dir, 'article.txt');
    writeFileSync(articleFile, firstArticle);
    const engineScript = `
      const text = require('fs').readFileSync(${JSON.stringify(articleFile)}, 'utf8');
      const t0 = performance.now();
      const e = require(${JSON.stringify(engine)});
      const t1 = performance.now();
      const a = e.createAnalyzer();
      a.corpus.upsert('first.txt', text); a.corpus.entities(); a.corpus.duplicates(); a.corpus.conflicts();
      console.log(JSON.stringify({ require: t1 - t0, first: performance.now() - t1 }));`;
    const engineRuns = Array.from({ length: repeats }, () => runNode(engineScript, root)).filter((x) => x !== null);

    const extension = resolve(root, 'dist/extension.js');
    const extensionScript = `${vscodeStub(root)}
      const t0 = performance.now();
      const ext = require(${JSON.stringify(extension)});
      const t1 = performance.now();
      let activate = -1;
      try { const ctx = { subscriptions: [], extensionUri: { fsPath: ${JSON.stringify(root)}, path: ${JSON.stringify(root)} }, extensionPath: ${JSON.stringify(root)}, asAbsolutePath: (p) => require('path').join(${JSON.stringify(root)}, p) };
            const t2 = performance.now(); const r = ext.activate && ext.activate(new Proxy(ctx, { get: (t, k) => (k in t ? t[k] : stub) })); if (r && r.catch) r.catch(() => {}); activate = performance.now() - t2; } catch { activate = -1; }
      console.log(JSON.stringify({ load: t1 - t0, activate }));
      setTimeout(() => process.exit(0), 0);`;
    const extRuns = existsSync(extension) ? Array.from({ length: repeats }, () => runNode(extensionScript, root)).filter((x) => x !== null) : [];

    const worker = resolve(root, 'dist/worker.js');
    const workerScript = `
      const { Worker } = require('worker_threads');
      const text = require('fs').readFileSync(${JSON.stringify(articleFile)}, 'utf8');
      const t0 = performance.now();
      const w = new Worker(${JSON.stringify(worker)});
      w.on('message', (m) => { console.log(JSON.stringify({ first: m.ok ? performance.now() - t0 : -1 })); w.terminate(); });
      w.postMessage({ id: 1, method: 'upsert', args: ['first.txt', text] });`;
    const workerRuns = existsSync(worker) ? Array.from({ length: repeats }, () => runNode(workerScript, root)).filter((x) => x !== null) : [];

    const size = (f: string) => (existsSync(resolve(root, f)) ? statSync(resolve(root, f)).size : null);
    const pick = (runs: Array<Record<string, number>>, key: string) => {
      const xs = runs.map((r) => r[key]).filter((x) => x >= 0);
      return xs.length > 0 ? median(xs) : null;
    };
    return {
      engineRequireMs: pick(engineRuns, 'require'),
      firstArticleMs: pick(engineRuns, 'first'),
      extensionLoadMs: pick(extRuns, 'load'),
      extensionActivateMs: pick(extRuns, 'activate'),
      workerFirstViewMs: pick(workerRuns, 'first'),
      bundleBytes: { extension: size('dist/extension.js'), worker: size('dist/worker.js'), cli: size('dist/cli.js') },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
