// Bundles the extension, its corpus worker and the CLI. `vscode` stays external: the editor provides it.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, chmodSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const watch = process.argv.includes('--watch');
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Gazetteers are compiled from data packages before bundling, so the bundle carries only the compact form.
if (existsSync('scripts/build-gazetteers.mjs')) {
  const r = spawnSync(process.execPath, ['scripts/build-gazetteers.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  logLevel: 'warning',
  external: ['vscode'],
  define: { SOURCE_LENS_VERSION: JSON.stringify(pkg.version) },
  metafile: true,
};

const builds = [
  { entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'dist' },
  { entryPoints: { worker: 'src/worker/worker.ts' }, outdir: 'dist' },
  { entryPoints: { cli: 'src/cli/index.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
].filter((b) => Object.values(b.entryPoints).every((f) => existsSync(f)));

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
  console.log('esbuild: watching');
} else {
  for (const b of builds) {
    const result = await esbuild.build({ ...common, ...b });
    for (const [file, info] of Object.entries(result.metafile.outputs)) {
      console.log(`esbuild: ${file} ${(info.bytes / 1024).toFixed(0)} KB`);
    }
  }
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
}
