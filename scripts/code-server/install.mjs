// Installs code-server (real VS Code: browser workbench + Node extension host) from npm on first use,
// following the offline recipe: only the npm registry and Debian packages are reachable.
//
//   node scripts/code-server/install.mjs      (or import { ensureCodeServer } from it)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedRipgrepCache } from './seed-ripgrep-cache.mjs';

/** Last code-server on Node 20 that honours the test payload without patches (VS Code 1.100.3). */
export const CODE_SERVER_VERSION = '4.100.3';
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Root of all cached tools and run folders: $SOURCE_LENS_CACHE, else <repo>/.cache. */
export function cacheRoot() {
  return path.resolve(process.env.SOURCE_LENS_CACHE || path.join(REPO_ROOT, '.cache'));
}

const defaultLog = (...args) => console.log('[code-server install]', ...args);

/**
 * Returns { entry, nodeBin, version, dir } of a ready code-server, installing it into
 * <cacheRoot>/code-server/<version> when absent. The install goes to a staging folder that is
 * renamed into place only when complete, so an interrupted install is never mistaken for a good one.
 */
export async function ensureCodeServer({ log = defaultLog } = {}) {
  const base = path.join(cacheRoot(), 'code-server');
  const dir = path.join(base, CODE_SERVER_VERSION);
  const found = describe(dir);
  if (found) return found;

  fs.mkdirSync(base, { recursive: true });
  const staging = fs.mkdtempSync(path.join(base, `.staging-${CODE_SERVER_VERSION}-`));
  const t0 = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${dir} (first use, about a minute)`);
  try {
    await installInto(staging, log);
    try {
      fs.renameSync(staging, dir);
    } catch (err) {
      // Another run finished first: keep theirs.
      if (!describe(dir)) throw err;
      fs.rmSync(staging, { recursive: true, force: true });
    }
  } catch (err) {
    log(`install failed; leaving ${staging} for inspection`);
    throw err;
  }
  log(`installed in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
  const ready = describe(dir);
  if (!ready) throw new Error(`code-server install in ${dir} is incomplete`);
  return ready;
}

function describe(dir) {
  const entry = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!fs.existsSync(entry) || !fs.existsSync(path.join(dir, '.complete'))) return undefined;
  return { entry, nodeBin: process.execPath, version: CODE_SERVER_VERSION, dir };
}

async function installInto(dir, log) {
  const tmp = path.join(dir, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'source-lens-code-server',
    private: true,
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    // npm only runs install scripts of listed packages; these two must build or fetch native parts.
    allowScripts: { 'code-server': true, argon2: true },
  }, null, 2));

  const env = {
    ...process.env,
    TMPDIR: tmp, // where @vscode/ripgrep looks for its seeded cache
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`; a user `yes=false` would abort it
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  env.npm_config_nodedir = await nodeHeadersDir(dir, env, log);
  log(seedRipgrepCache({ csVersion: CODE_SERVER_VERSION, workDir: path.join(dir, 'pack'), tmpDir: tmp }));

  const args = ['install', '--foreground-scripts', '--no-save'];
  // code-server's postinstall refuses to run as root without it.
  if (process.getuid?.() === 0) args.push('--unsafe-perm');
  const logFile = path.join(dir, 'install.log');
  log(`npm ${args.join(' ')} (log: ${logFile})`);
  const code = await run('npm', args, { cwd: dir, env, logFile });
  if (code !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`npm install of code-server failed (exit ${code}); last lines of ${logFile}:\n${tail}`);
  }
  // code-server writes a config.yaml under XDG_CONFIG_HOME on any start, even --version.
  const versionLog = path.join(dir, 'version.log');
  const vcode = await run(process.execPath, [path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'), '--version'], {
    cwd: dir, env: { ...env, XDG_CONFIG_HOME: path.join(tmp, 'xdg'), XDG_DATA_HOME: path.join(tmp, 'xdg') }, logFile: versionLog,
  });
  const version = fs.readFileSync(versionLog, 'utf8').trim().split('\n').pop();
  if (vcode !== 0) throw new Error(`installed code-server does not start: ${version}`);
  log(`code-server --version: ${version}`);
  for (const junk of ['tmp', 'pack']) fs.rmSync(path.join(dir, junk), { recursive: true, force: true });
  fs.writeFileSync(path.join(dir, '.complete'), `${new Date().toISOString()}\n`);
}

/** Node headers for node-gyp: Debian's, or the npm package matching this Node, never a download from nodejs.org. */
async function nodeHeadersDir(dir, env, log) {
  if (fs.existsSync('/usr/include/node/node_version.h')) return '/usr';
  const headers = path.join(dir, 'node-headers');
  fs.mkdirSync(headers, { recursive: true });
  fs.writeFileSync(path.join(headers, 'package.json'), '{"private":true}');
  const pkg = `node-${process.platform}-${process.arch}@${process.versions.node}`;
  log(`no /usr/include/node headers; installing ${pkg} for node-gyp`);
  const code = await run('npm', ['install', '--ignore-scripts', '--no-save', pkg], { cwd: headers, env, logFile: path.join(headers, 'install.log') });
  if (code !== 0) throw new Error(`could not install Node headers (${pkg})`);
  return path.join(headers, 'node_modules', `node-${process.platform}-${process.arch}`);
}

function run(cmd, args, { cwd, env, logFile }) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'w');
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', out, out] });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      fs.closeSync(out);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cs = await ensureCodeServer();
  console.log(`code-server ${cs.version}: ${cs.entry}`);
}
