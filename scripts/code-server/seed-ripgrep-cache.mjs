// code-server 4.100.x pins @vscode/ripgrep, whose postinstall downloads `rg` from GitHub. That fails
// offline and takes the whole code-server install down with it. Its download.js first looks for
//   $TMPDIR/vscode-ripgrep-cache-<pkgVersion>/ripgrep-<tag>-<target>.tar.gz
// so we put Debian's `rg` (apt package "ripgrep") there before installing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const MUSL_TARGET = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

/** Absolute path of an executable found on PATH, or undefined. */
export function which(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch { /* not here */ }
  }
  return undefined;
}

/**
 * Seed the ripgrep download cache for `code-server@csVersion` under `tmpDir` (the TMPDIR the install
 * will run with). `workDir` receives the packed tarballs. Returns a line describing what was done.
 */
export function seedRipgrepCache({ csVersion, workDir, tmpDir }) {
  fs.mkdirSync(workDir, { recursive: true });
  const npm = (...args) => execFileSync('npm', args, { cwd: workDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const lastLine = (s) => s.split('\n').pop();

  const csTgz = lastLine(npm('pack', `code-server@${csVersion}`));
  let shrinkwrap;
  try {
    const json = execFileSync('tar', ['-xzOf', path.join(workDir, csTgz), 'package/lib/vscode/npm-shrinkwrap.json'], { maxBuffer: 64 << 20 });
    shrinkwrap = JSON.parse(json.toString());
  } catch {
    return 'no lib/vscode/npm-shrinkwrap.json in this code-server; ripgrep cache not needed';
  }
  const rg = shrinkwrap.packages?.['node_modules/@vscode/ripgrep'];
  if (!rg) return 'this code-server does not use @vscode/ripgrep; ripgrep cache not needed';

  const rgTgz = lastLine(npm('pack', `@vscode/ripgrep@${rg.version}`));
  const postinstall = execFileSync('tar', ['-xzOf', path.join(workDir, rgTgz), 'package/lib/postinstall.js']).toString();
  const tag = postinstall.match(/const VERSION = '([^']+)'/)?.[1];
  if (!tag) throw new Error(`cannot find the ripgrep release tag in @vscode/ripgrep@${rg.version}`);
  const target = MUSL_TARGET[os.arch()];
  if (!target) throw new Error(`unsupported CPU architecture ${os.arch()} for the ripgrep cache`);

  const rgBin = which('rg');
  if (!rgBin) throw new Error('`rg` not found on PATH; install Debian\'s ripgrep first (apt-get install ripgrep)');
  const stage = fs.mkdtempSync(path.join(workDir, 'rg-'));
  fs.copyFileSync(rgBin, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  const cacheDir = path.join(tmpDir, `vscode-ripgrep-cache-${rg.version}`);
  fs.mkdirSync(cacheDir, { recursive: true });
  const asset = path.join(cacheDir, `ripgrep-${tag}-${target}.tar.gz`);
  execFileSync('tar', ['-czf', asset, '-C', stage, 'rg']);
  fs.rmSync(stage, { recursive: true, force: true });
  return `seeded ${asset} from ${rgBin} for @vscode/ripgrep@${rg.version}`;
}
