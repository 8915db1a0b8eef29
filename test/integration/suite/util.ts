import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../../src/extension/api';

/** The extension under test, as published (`publisher.name`). */
export const EXTENSION_ID = 'source-lens.source-lens';

/** The workspace the harness opened: a throw-away copy holding `seeds/` and `articles/`. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder (the harness opens one)');
  return folder.uri;
}

/**
 * Opens a workspace file in an editor. `relativePath` is relative to the workspace root
 * (e.g. `seeds/000_24c4a358f596b150.txt`); a bare file name is searched for anywhere in it.
 */
export async function openWorkspaceFile(relativePath: string): Promise<vscode.TextEditor> {
  let uri = vscode.Uri.joinPath(workspaceRoot(), relativePath);
  if (!relativePath.includes('/')) {
    const [found] = await vscode.workspace.findFiles(`**/${relativePath}`, undefined, 1);
    if (!found) throw new Error(`${relativePath} is not in the workspace`);
    uri = found;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Activates the extension (if opening a document has not already) and returns its test API. */
export async function sourceLensApi(): Promise<SourceLensApi> {
  const ext = vscode.extensions.getExtension<SourceLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  return ext.activate();
}

export interface WaitOptions {
  /** Give up after this long (default 20 s). */
  timeoutMs?: number;
  /** Re-check whenever one of these fires, in addition to the interval. */
  events?: ReadonlyArray<vscode.Event<unknown>>;
  /** Re-check at least this often (default 50 ms); a deadline always applies. */
  intervalMs?: number;
  /** Said in the error when the deadline passes. */
  description?: string;
}

/**
 * Resolves with the first truthy value of `probe`, re-checked on the given events and on an interval,
 * and rejects when `timeoutMs` passes first. Use this instead of sleeping.
 */
export function waitFor<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, options: WaitOptions = {}): Promise<T> {
  const { timeoutMs = 20_000, events = [], intervalMs = 50, description = 'condition' } = options;
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    let settled = false;
    let checking = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(interval);
      clearTimeout(deadline);
      subscriptions.forEach((s) => s.dispose());
      fn();
    };
    const check = async () => {
      if (settled || checking) return;
      checking = true;
      try {
        const value = await probe();
        if (value) finish(() => resolve(value as T));
      } catch (err) {
        finish(() => reject(err));
      } finally {
        checking = false;
      }
    };
    const interval = setInterval(check, intervalMs);
    const deadline = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${description}`))), timeoutMs);
    for (const event of events) subscriptions.push(event(() => void check()));
    void check();
  });
}

/**
 * Asks the harness for a screenshot of the workbench, saved as test-results/screenshots/<name>.png,
 * and resolves once it is written (true) or when this runner cannot take screenshots (false:
 * desktop VS Code via @vscode/test-electron). `selector` is a CSS selector the harness waits for
 * in the page first, e.g. '.monaco-editor [class*="ced-"]' for extension decorations. `click` is a selector
 * (Playwright syntax) the harness clicks right after the picture, as a user would; the click failing fails the call.
 * Protocol: see test/integration/README.md.
 */
export async function screenshot(name: string, options: { selector?: string; click?: string; timeoutMs?: number } = {}): Promise<boolean> {
  const dir = process.env.SOURCE_LENS_SCREENSHOT_DIR;
  if (!dir) {
    console.log(`[screenshot] ${name}: not available in this runner`);
    return false;
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/.test(name)) throw new Error(`invalid screenshot name ${JSON.stringify(name)}`);
  const done = path.join(dir, `${name}.done.json`);
  fs.rmSync(done, { force: true });
  const answered = waitForFile(dir, `${name}.done.json`, options.timeoutMs ?? 30_000);
  const request = path.join(dir, `${name}.request.json`);
  fs.writeFileSync(`${request}.tmp`, JSON.stringify({ name, selector: options.selector, click: options.click }));
  fs.renameSync(`${request}.tmp`, request);
  await answered;
  const result = JSON.parse(fs.readFileSync(done, 'utf8')) as { path?: string; error?: string };
  fs.rmSync(done, { force: true });
  if (result.error) throw new Error(`screenshot ${name} failed: ${result.error}`);
  return true;
}

/** Resolves when `dir/file` exists, watching the folder (an event, not a poll). */
function waitForFile(dir: string, file: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const target = path.join(dir, file);
    const watcher = fs.watch(dir, () => { if (fs.existsSync(target)) finish(); });
    const timer = setTimeout(() => finish(new Error(`the harness did not answer screenshot request ${file} within ${timeoutMs} ms`)), timeoutMs);
    function finish(err?: Error) {
      watcher.close();
      clearTimeout(timer);
      if (err) reject(err); else resolve();
    }
  });
}
