// Starts code-server on 127.0.0.1 with all of its state inside one folder, and builds the workbench URL
// whose `payload` loads our extension in development mode (code-server rejects --extensionDevelopmentPath).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Settings that keep the workbench quiet and deterministic (no welcome page, telemetry or update checks). */
export const QUIET_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'window.restoreWindows': 'none',
  // Test workspaces live under .cache/ inside the repo: do not offer to open the parent repository.
  'git.openRepositoryInParentFolders': 'never',
});

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Writes <userDataDir>/User/settings.json. With `keepExisting`, settings already in the file win and
 * only missing quiet defaults are added (a file that is not plain JSON, e.g. with comments, is left alone).
 */
export function writeUserSettings(userDataDir, { extra = {}, keepExisting = false } = {}) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  let existing = {};
  if (keepExisting && fs.existsSync(file)) {
    try {
      existing = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      return file;
    }
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ ...QUIET_SETTINGS, ...extra, ...existing }, null, 2)}\n`);
  return file;
}

/**
 * Starts code-server and resolves once /healthz answers. All state (user data, extensions, config,
 * XDG dirs, TMPDIR) lives under `stateDir`. Returns { url, port, pid, logFile, exited, stop(), killNow() }.
 */
export async function startCodeServer({ codeServer, stateDir, port, env = {}, log = () => {}, readyTimeoutMs = 60_000 }) {
  const dirs = {
    userData: path.join(stateDir, 'user-data'),
    extensions: path.join(stateDir, 'extensions'),
    xdgConfig: path.join(stateDir, 'xdg-config'),
    xdgData: path.join(stateDir, 'xdg-data'),
    tmp: shortTmpDir(stateDir),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const configFile = path.join(stateDir, 'code-server.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const args = [
    codeServer.entry,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
  const logFile = path.join(stateDir, 'code-server.log');
  const out = fs.openSync(logFile, 'w');
  const proc = spawn(codeServer.nodeBin, args, {
    env: { ...process.env, XDG_CONFIG_HOME: dirs.xdgConfig, XDG_DATA_HOME: dirs.xdgData, TMPDIR: dirs.tmp, ...env },
    stdio: ['ignore', out, out],
    // Own process group, so stopping it also ends the extension host, pty host and file watcher.
    detached: true,
  });
  fs.closeSync(out);
  let exited;
  const exitedPromise = new Promise((resolve) => {
    proc.on('exit', (code, signal) => { exited = { code, signal }; resolve(exited); });
  });
  const killNow = () => {
    if (exited) return;
    try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* already gone */ }
  };
  const stop = async () => {
    if (exited) return;
    try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ }
    const timer = setTimeout(killNow, 5000);
    await exitedPromise;
    clearTimeout(timer);
    if (dirs.tmp.startsWith(os.tmpdir()) && !dirs.tmp.startsWith(stateDir)) fs.rmSync(dirs.tmp, { recursive: true, force: true });
  };
  log(`code-server pid ${proc.pid} on 127.0.0.1:${port}, log ${logFile}`);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  // Polling an external process's health endpoint until a deadline: it has no event to wait on.
  for (;;) {
    if (exited) {
      throw new Error(`code-server exited early (${JSON.stringify(exited)}): ${tail(logFile)}`);
    }
    try {
      if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) })).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer within ${readyTimeoutMs / 1000}s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, pid: proc.pid, logFile, dirs, exitedPromise, stop, killNow, get exited() { return exited; } };
}

/** Unix socket paths are limited to 107 bytes and VS Code puts its IPC sockets in TMPDIR. */
function shortTmpDir(stateDir) {
  const inside = path.join(stateDir, 't');
  if (inside.length <= 60) return inside;
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sl-'));
}

function tail(file, lines = 20) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

const CONFIG_META = /<meta id="vscode-workbench-web-configuration" data-settings="([^"]*)"/;
const unescapeAttr = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The workbench configuration code-server embeds in its page (remoteAuthority, product info). */
export async function readWorkbenchConfig(baseUrl) {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const m = html.match(CONFIG_META);
  if (!m) throw new Error('workbench configuration <meta> not found in the code-server page');
  return JSON.parse(unescapeAttr(m[1]));
}

/**
 * URL of the workbench opening `folder`, with the extension at `extensionPath` loaded in development
 * mode and, when given, the mocha runner at `testsPath` run by the extension host.
 */
export function workbenchUrl({ baseUrl, remoteAuthority, folder, extensionPath, testsPath }) {
  const remote = (p) => `vscode-remote://${remoteAuthority}${path.resolve(p)}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  return `${baseUrl}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
