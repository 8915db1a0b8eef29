// Per-run folders: logs, editor state and a throw-away copy of the articles the tests open.
import fs from 'node:fs';
import path from 'node:path';

/** <cacheRoot>/runs/<UTC timestamp>[-n], created fresh. */
export function createRunDir(cacheRoot) {
  const runs = path.join(cacheRoot, 'runs');
  fs.mkdirSync(runs, { recursive: true });
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
