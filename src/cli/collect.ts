import { promises as fs } from 'fs';
import * as path from 'path';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

export interface CollectResult {
  files: string[];
  skipped: Array<{ path: string; reason: string }>;
  /** Arguments that name nothing readable: an input error, not a skip. */
  missing: string[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Expands files and folders (recursively `*.txt`, `*.md`) in a stable order, never following a symlink loop. */
export async function collectArticles(inputs: string[]): Promise<CollectResult> {
  const result: CollectResult = { files: [], skipped: [], missing: [] };
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  const walk = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      result.skipped.push({ path: toPosix(dir), reason: 'folder disappeared during the scan' });
      return;
    }
    if (seenDirs.has(real)) {
      result.skipped.push({ path: toPosix(dir), reason: 'symlink loop or folder already scanned' });
      return;
    }
    seenDirs.add(real);
    let entries: import('fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      result.skipped.push({ path: toPosix(dir), reason: `cannot read folder: ${(err as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      let stat: import('fs').Stats;
      try {
        stat = await fs.stat(full);
      } catch {
        continue; // a dangling link or a file removed while we walked: nothing to analyse
      }
      if (stat.isDirectory()) await walk(full);
      else if (stat.isFile() && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) addFile(full);
    }
  };

  const addFile = (file: string) => {
    const key = path.resolve(file);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    result.files.push(toPosix(file));
  };

  for (const input of inputs) {
    let stat: import('fs').Stats;
    try {
      stat = await fs.stat(input);
    } catch {
      result.missing.push(input);
      continue;
    }
    if (stat.isDirectory()) await walk(input);
    else addFile(input);
  }
  return result;
}
