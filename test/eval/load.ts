/** Reads the gold files and their articles from disk (the only module of the eval that touches the file system). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GoldArticleFile, GoldConflictsFile, GoldLinkEntry, resolveGold, ResolvedGold } from './gold';
import { stripBom } from './spans';

export const REPO_ROOT = join(__dirname, '..', '..');
export const GOLD_DIR = join(REPO_ROOT, 'test', 'fixtures', 'gold');

const CORPUS_FILES = new Set(['links.json', 'conflicts.json']);

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new Error(`cannot read gold file ${path}: ${(err as Error).message}`);
  }
}

/** Article text as the engine sees it: decoded UTF-8 with the BOM stripped, line endings untouched. */
export function readArticle(relativePath: string): string {
  return stripBom(readFileSync(join(REPO_ROOT, relativePath), 'utf8'));
}

/** Loads and resolves all gold; throws on the first annotation that does not resolve. */
export function loadGold(goldDir: string = GOLD_DIR): ResolvedGold {
  const articleFiles = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json') && !CORPUS_FILES.has(f))
    .sort();
  const articles = articleFiles.map((f) => {
    const gold = readJson<GoldArticleFile>(join(goldDir, f));
    const base = gold.article.split('/').pop()!.replace(/\.[^.]+$/, '');
    if (`${base}.json` !== f) throw new Error(`gold file ${f} names article ${gold.article}`);
    return { gold, text: readArticle(gold.article) };
  });
  const links = readJson<GoldLinkEntry[]>(join(goldDir, 'links.json'));
  const conflicts = readJson<GoldConflictsFile>(join(goldDir, 'conflicts.json'));
  return resolveGold(articles, links, conflicts);
}
