// Fails when src/engine imports the editor or Node I/O: the engine must stay testable in plain Node
// and movable into a language server or a web worker.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN = ['vscode', 'fs', 'fs/promises', 'path', 'child_process', 'worker_threads', 'net', 'http', 'https', 'os'];
const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.(ts|js|mjs|cjs)$/.test(name)) yield full;
  }
}

const root = process.argv[2] ?? 'src/engine';
const problems = [];
for (const file of files(root)) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[1].replace(/^node:/, '');
    const natRoot = m[1] === 'natural';
    if (FORBIDDEN.includes(spec) || natRoot) {
      const line = text.slice(0, m.index).split('\n').length;
      problems.push(`${file}:${line}: imports '${m[1]}'${natRoot ? ' (root import of natural; use a deep path)' : ''}`);
    }
  }
}
if (problems.length) {
  console.error(`src/engine must stay pure:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`engine purity: ok (${root})`);
