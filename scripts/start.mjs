// `npm start`: opens seeds/ in VS Code with Source Lens loaded from this folder.
//   - desktop VS Code when `code` is on the PATH: code --extensionDevelopmentPath=<repo> <repo>/seeds
//   - otherwise code-server on 127.0.0.1 (installed on first use), printing the URL to open.
//
//   node scripts/start.mjs [--port N]       (PORT=N works too; default 8080)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheRoot, ensureCodeServer, REPO_ROOT } from './code-server/install.mjs';
import { which } from './code-server/seed-ripgrep-cache.mjs';
import { readWorkbenchConfig, startCodeServer, workbenchUrl, writeUserSettings } from './code-server/server.mjs';

const { values: opts } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT || '8080' } } });
const seeds = path.join(REPO_ROOT, 'seeds');
const log = (...args) => console.log('[start]', ...args);

const code = which('code');
if (code) {
  log(`opening ${seeds} in desktop VS Code (${code})`);
  const child = spawn(code, [`--extensionDevelopmentPath=${REPO_ROOT}`, seeds], { stdio: 'inherit' });
  child.on('exit', (status) => process.exit(status ?? 1));
} else {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`invalid port ${JSON.stringify(opts.port)}`);
    process.exit(2);
  }
  const codeServer = await ensureCodeServer({ log });
  // Persistent state, so settings changed in the editor survive a restart.
  const stateDir = path.join(cacheRoot(), 'start');
  writeUserSettings(path.join(stateDir, 'user-data'), { keepExisting: true });
  let server;
  try {
    server = await startCodeServer({ codeServer, stateDir, port, log });
  } catch (err) {
    console.error(`[start] ${err.message}\n[start] is port ${port} in use? Try: npm start -- --port 8081 (or PORT=8081 npm start)`);
    process.exit(1);
  }
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping code-server`);
    server.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('exit', () => server.killNow());

  const { remoteAuthority } = await readWorkbenchConfig(server.url);
  const url = workbenchUrl({ baseUrl: server.url, remoteAuthority, folder: seeds, extensionPath: REPO_ROOT });
  console.log(`\nSource Lens is running in code-server ${codeServer.version}. Open this URL in a browser`
    + ` (the payload part loads the extension from ${REPO_ROOT}):\n\n  ${url}\n\nPress Ctrl-C to stop.\n`);
  const { code: exitCode, signal } = await server.exitedPromise;
  if (stopping) await new Promise(() => {}); // stop() exits once cleanup is done
  log(`code-server exited (${signal ?? exitCode}); see ${server.logFile}`);
  process.exit(exitCode ?? 1);
}
