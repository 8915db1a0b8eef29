// `npm run test:integration`: runs test/integration/suite inside a real VS Code.
//
//   node test/integration/run.mjs [--runner auto|code-server|electron] [--grep TEXT] [--timeout SEC] [--keep] [--no-build]
//
// Exit code: 0 passed, 1 failed, 2 timed out, 3 harness error (130/143 when interrupted).
// See test/integration/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheRoot as getCacheRoot, ensureCodeServer, REPO_ROOT } from '../../scripts/code-server/install.mjs';
import { buildExtension, bundleSuite } from './harness/build.mjs';
import { finishScreenshots, runInCodeServer } from './harness/code-server-runner.mjs';
import { hasDisplay, runInElectron, updateServerReachable } from './harness/electron-runner.mjs';
import { killOwnDescendants } from './harness/processes.mjs';
import { createRunDir, createWorkspace } from './harness/workspace.mjs';

const started = Date.now();
const log = (...args) => console.log(`[harness ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s]`, ...args);

const { values: opts } = parseArgs({
  options: {
    runner: { type: 'string', default: process.env.SOURCE_LENS_VSCODE || 'auto' },
    grep: { type: 'string', default: process.env.SOURCE_LENS_TEST_GREP || '' },
    timeout: { type: 'string', default: process.env.SOURCE_LENS_TEST_TIMEOUT || '1800' },
    keep: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});

const resources = {};
let tearingDown;
/** Ends everything this run started; idempotent. */
function teardown() {
  tearingDown ??= (async () => {
    await resources.shots?.close().catch(() => {});
    await resources.context?.close().catch(() => {});
    await resources.server?.stop().catch(() => {});
    resources.browserLog?.end();
  })();
  return tearingDown;
}
// Last resort when the process exits for any reason: nothing we started may outlive us.
process.on('exit', () => {
  resources.server?.killNow();
  killOwnDescendants();
});
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    log(`${signal}: stopping code-server and chromium`);
    setTimeout(() => process.exit(code), 8000).unref();
    teardown().finally(() => process.exit(code));
  });
}

async function chooseRunner(choice) {
  if (choice === 'code-server' || choice === 'electron') return choice;
  if (choice !== 'auto') throw new Error(`--runner must be auto, code-server or electron, not ${choice}`);
  if (process.env.VSCODE_EXECUTABLE) return 'electron';
  if (hasDisplay() && await updateServerReachable()) return 'electron';
  return 'code-server';
}

async function main() {
  const timeoutSec = Number(opts.timeout);
  if (!(timeoutSec > 0)) throw new Error(`--timeout must be a positive number of seconds, not ${opts.timeout}`);
  const cacheRoot = getCacheRoot();
  const outDir = path.join(REPO_ROOT, 'out', 'integration');
  if (!opts['no-build']) await buildExtension(REPO_ROOT, log);
  await bundleSuite({ suiteDir: path.join(REPO_ROOT, 'test', 'integration', 'suite'), outDir, log });
  fs.rmSync(path.join(REPO_ROOT, 'test-results', 'screenshots'), { recursive: true, force: true });

  const runner = await chooseRunner(opts.runner);
  const runDir = createRunDir(cacheRoot);
  resources.runDir = runDir;
  const { workspace, description } = createWorkspace(REPO_ROOT, runDir);
  log(`runner ${runner}; run folder ${runDir}; workspace copy: ${description}`);
  const env = { SOURCE_LENS_TEST_GREP: opts.grep, SOURCE_LENS_TEST_WORKSPACE: workspace };
  const common = { repoRoot: REPO_ROOT, testsDir: outDir, workspace, runDir, env, log };

  // The one-time code-server install does not count against the time limit.
  if (runner === 'code-server') await ensureCodeServer({ log });
  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutSec * 1000); });
  const run = runner === 'electron' ? runInElectron({ ...common, cacheRoot }) : runInCodeServer({ ...common, resources });
  const result = await Promise.race([run, timedOut]);
  clearTimeout(timer);
  if (result === 'timeout') log(`TIMEOUT: the suite did not finish within ${timeoutSec}s`);
  await finishScreenshots({ repoRoot: REPO_ROOT, resources, log });
  return result === 'timeout' ? 2 : result;
}

let exitCode = 3;
try {
  exitCode = await main();
} catch (err) {
  console.error('[harness error]', err?.stack ?? err);
  exitCode = 3;
}
const peakMiB = resources.memory?.stop();
await teardown();
if (resources.vscodeVersion) log(`the suite ran inside VS Code ${resources.vscodeVersion} (code-server extension host)`);
if (peakMiB) log(`peak memory (PSS of code-server + harness + chromium): ${peakMiB} MiB`);
if (resources.runDir) {
  if (exitCode === 0 && !opts.keep) fs.rmSync(resources.runDir, { recursive: true, force: true });
  else log(`kept the run folder (logs, workspace copy): ${resources.runDir}`);
}
const verdict = { 0: 'PASSED', 1: 'FAILED', 2: 'TIMED OUT', 3: 'HARNESS ERROR' }[exitCode] ?? `exit ${exitCode}`;
log(`integration tests ${verdict} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
process.exit(exitCode);
