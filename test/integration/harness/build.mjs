// Builds the extension (the project's esbuild.mjs) and bundles the integration suite for the extension host.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

/**
 * Runs `node esbuild.mjs` in the repo (the same as `npm run build`) unless the bundle is newer than
 * every input (src/, esbuild.mjs, scripts/, package.json): `npm test` has just built it.
 */
export async function buildExtension(repoRoot, log) {
  const script = path.join(repoRoot, 'esbuild.mjs');
  if (!fs.existsSync(script)) throw new Error(`${script} is missing; cannot build dist/extension.js`);
  const main = path.join(repoRoot, JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).main);
  const inputs = ['src', 'scripts', 'esbuild.mjs', 'package.json'].map((p) => path.join(repoRoot, p));
  if (fs.existsSync(main) && newestMtime(inputs) < fs.statSync(main).mtimeMs) {
    log(`extension bundle is up to date (${path.relative(repoRoot, main)})`);
    return;
  }
  const t0 = Date.now();
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`extension build failed (node esbuild.mjs exited ${code})`);
  if (!fs.existsSync(main)) throw new Error(`the build did not produce ${main}`);
  log(`extension built in ${Date.now() - t0} ms (${path.relative(repoRoot, main)})`);
}

function newestMtime(paths) {
  let newest = 0;
  for (const p of paths) {
    if (!fs.existsSync(p)) continue;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const f of fs.readdirSync(p, { recursive: true })) newest = Math.max(newest, fs.statSync(path.join(p, String(f))).mtimeMs);
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

/**
 * Bundles suite/index.ts, every suite/**\/*.test.ts and every suite/**\/*.worker.ts (scripts a test runs in a
 * worker thread, e.g. to generate a large workspace without blocking the extension host) into `outDir`, one
 * CommonJS file each.
 * `vscode` is provided by the extension host; `mocha` stays external and resolves from the repo's
 * node_modules (outDir lies inside the repo), which keeps mocha's own dynamic requires working.
 */
export async function bundleSuite({ suiteDir, outDir, log }) {
  const files = fs.readdirSync(suiteDir, { recursive: true }).map(String).sort();
  const tests = files.filter((f) => f.endsWith('.test.ts'));
  const workers = files.filter((f) => f.endsWith('.worker.ts'));
  if (tests.length === 0) throw new Error(`no *.test.ts files in ${suiteDir}`);
  fs.rmSync(outDir, { recursive: true, force: true });
  const t0 = Date.now();
  await esbuild.build({
    entryPoints: ['index.ts', ...tests, ...workers].map((f) => path.join(suiteDir, f)),
    outbase: suiteDir,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  log(`suite bundled in ${Date.now() - t0} ms: ${tests.length} test file(s) -> ${outDir}`);
  return tests;
}
