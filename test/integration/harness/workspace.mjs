// Per-run folders: logs, editor state and a throw-away copy of the articles the tests open.
import fs from 'node:fs';
import path from 'node:path';

const KEEP_FAILED_RUNS_MS = 2 * 24 * 3600 * 1000;

/** <cacheRoot>/runs/<UTC timestamp>[-n], created fresh; kept (failed) runs older than two days are removed. */
export function createRunDir(cacheRoot) {
  const runs = path.join(cacheRoot, 'runs');
  fs.mkdirSync(runs, { recursive: true });
  for (const old of fs.readdirSync(runs)) {
    const dir = path.join(runs, old);
    if (Date.now() - fs.statSync(dir).mtimeMs > KEEP_FAILED_RUNS_MS) fs.rmSync(dir, { recursive: true, force: true });
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  for (let n = 0; ; n++) {
    const dir = path.join(runs, n === 0 ? stamp : `${stamp}-${n}`);
    try {
      fs.mkdirSync(dir);
      return dir;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
  }
}

/**
 * Copies seeds/ to <runDir>/workspace/seeds and, when present, test/fixtures/articles to
 * <runDir>/workspace/articles. Tests edit and save freely; the real files are never touched.
 */
export function createWorkspace(repoRoot, runDir) {
  const workspace = path.join(runDir, 'workspace');
  const sources = [
    ['seeds', path.join(repoRoot, 'seeds')],
    ['articles', path.join(repoRoot, 'test', 'fixtures', 'articles')],
  ];
  const copied = [];
  for (const [name, from] of sources) {
    if (!fs.existsSync(from)) continue;
    fs.cpSync(from, path.join(workspace, name), { recursive: true });
    copied.push(`${name}/ (${fs.readdirSync(from).length} entries)`);
  }
  if (copied.length === 0) throw new Error('neither seeds/ nor test/fixtures/articles/ exists');
  return { workspace, description: copied.join(', ') };
}
