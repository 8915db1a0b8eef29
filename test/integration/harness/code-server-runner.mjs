// Runs the suite in code-server's extension host: the workbench (headless Chromium) reads the
// `payload` (extensionDevelopmentPath + extensionTestsPath), the extension host runs our mocha runner,
// and the workbench reports back through window.codeAutomationLog / window.codeAutomationExit.
import fs from 'node:fs';
import path from 'node:path';
import { ensureCodeServer } from '../../../scripts/code-server/install.mjs';
import { freePort, readWorkbenchConfig, startCodeServer, workbenchUrl, writeUserSettings } from '../../../scripts/code-server/server.mjs';
import { launchBrowser } from './browser.mjs';
import { startMemoryTracker } from './processes.mjs';
import { serveScreenshots } from './screenshots.mjs';

/** The first line the suite's index.ts logs, proving it runs inside VS Code. */
const VERSION_LINE = /^\[source-lens suite\] VS Code (\S+)/;

/**
 * Resolves to the suite's exit code (0 pass, 1 fail). The caller enforces the time limit.
 * `resources` receives what must be torn down (server, context, page, ...) and the VS Code version seen.
 */
export async function runInCodeServer({ repoRoot, testsDir, workspace, runDir, env, log, resources }) {
  const codeServer = await ensureCodeServer({ log });
  const t0 = Date.now();
  const stateDir = path.join(runDir, 'code-server');
  writeUserSettings(path.join(stateDir, 'user-data'));
  const requestDir = path.join(runDir, 'screenshot-requests');
  const server = await startCodeServer({
    codeServer, stateDir, port: await freePort(), log,
    // The extension host inherits the server's environment: this is how the suite finds the harness.
    env: { ...env, SOURCE_LENS_SCREENSHOT_DIR: requestDir },
  });
  resources.server = server;
  log(`code-server ${codeServer.version} ready in ${((Date.now() - t0) / 1000).toFixed(1)}s at ${server.url}`);

  const context = await launchBrowser({ runDir });
  resources.context = context;
  const memory = startMemoryTracker(() => [server.pid, process.pid]);
  resources.memory = memory;
  const page = context.pages()[0] ?? await context.newPage();
  resources.page = page;

  let reportExit;
  const exited = new Promise((resolve) => { reportExit = resolve; });
  // Until the suite announces itself, the workbench only logs connection chatter: keep it for a
  // failure report instead of the test log.
  const preamble = [];
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const parts = Array.isArray(args) ? args : [args];
    const version = typeof parts[0] === 'string' && parts[0].match(VERSION_LINE);
    if (version) resources.vscodeVersion = version[1];
    if (!resources.vscodeVersion) {
      preamble.push(parts.map(String).join(' '));
      return;
    }
    const fn = typeof console[type] === 'function' ? console[type] : console.log;
    fn.call(console, ...parts);
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    saveWorkbenchLogs(path.join(runDir, 'workbench-logs'), logs);
    reportExit(Number(code));
  });
  // Browser-side noise (e.g. the unreachable extension gallery) goes to a file, not the test log.
  const browserLog = fs.createWriteStream(path.join(runDir, 'browser-console.log'));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') browserLog.write(`[${m.type()}] ${m.text()}\n`); });
  page.on('pageerror', (e) => browserLog.write(`[pageerror] ${e.message}\n`));
  resources.browserLog = browserLog;

  const shots = serveScreenshots({ page, requestDir, outDir: path.join(repoRoot, 'test-results', 'screenshots'), log });
  resources.shots = shots;

  const { remoteAuthority } = await readWorkbenchConfig(server.url);
  const url = workbenchUrl({ baseUrl: server.url, remoteAuthority, folder: workspace, extensionPath: repoRoot, testsPath: testsDir });
  log(`opening the workbench: ${url}`);
  await page.goto(url);
  page.waitForFunction(() => document.title.includes('Extension Development Host'), null, { timeout: 60_000 })
    .then(() => log('workbench is an Extension Development Host; the suite is starting'))
    .catch(() => { if (!resources.finishing) log('WARNING: the window title never said "Extension Development Host": the payload was probably ignored'); });
  resources.reportPreamble = () => {
    fs.writeFileSync(path.join(runDir, 'workbench-preamble.log'), `${preamble.join('\n')}\n`);
    if (resources.vscodeVersion) return;
    log(`the suite never started; the workbench logged ${preamble.length} line(s):`);
    for (const line of preamble) console.log(`  ${line}`);
  };

  const code = await exited;
  log(`codeAutomationExit(${code}); workbench + tests took ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return code;
}

/**
 * Serves pending screenshot requests, then saves test-results/screenshots/workbench.png unless the
 * suite already asked for it (it does as its last step, while the extension is still running).
 */
export async function finishScreenshots({ repoRoot, resources, log }) {
  resources.finishing = true;
  resources.reportPreamble?.();
  await resources.shots?.close();
  const file = path.join(repoRoot, 'test-results', 'screenshots', 'workbench.png');
  if (!resources.page || fs.existsSync(file)) return;
  await resources.page.screenshot({ path: file, timeout: 10_000 })
    .then(() => log(`screenshot ${file}`), (err) => log(`final screenshot failed: ${err.message}`));
}

function saveWorkbenchLogs(dir, logs) {
  if (!Array.isArray(logs)) return;
  for (const l of logs) {
    const file = path.join(dir, l.relativePath);
    if (!file.startsWith(dir + path.sep)) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, l.contents);
  }
}
