import * as vscode from 'vscode';
import type { SurfaceContext } from './surfaceContext';

/** Events within this window are applied together: a checkout or an unzip touches many files at once. */
const FLUSH_MS = 200;

/**
 * Keeps the corpus current as articles are added, changed, renamed and deleted on disk. Open documents are left to
 * the editor (their text there is what the reader sees); deleted folders drop every article under them.
 */
export function createCorpusWatcher(ctx: SurfaceContext): vscode.Disposable {
  const upserts = new Map<string, vscode.Uri>();
  const deletes = new Map<string, vscode.Uri>();
  let pending: { timer: NodeJS.Timeout; release: () => void } | undefined;

  const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => !d.isClosed && d.uri.toString() === uri.toString());

  const flush = async () => {
    const toUpsert = [...upserts.values()];
    const toDelete = [...deletes.values()];
    upserts.clear();
    deletes.clear();
    if (toDelete.length) {
      const ids = await ctx.service.api.ids();
      const gone = new Set<string>();
      for (const uri of toDelete) {
        const key = uri.toString();
        const folder = key.endsWith('/') ? key : `${key}/`;
        for (const id of ids) if (id === key || id.startsWith(folder)) gone.add(id);
      }
      await ctx.service.removeFiles([...gone].map((id) => vscode.Uri.parse(id)));
    }
    await ctx.service.upsertFiles(toUpsert.filter((u) => !isOpen(u)));
  };

  const schedule = () => {
    if (pending) return;
    const release = ctx.service.tracker.hold();
    const timer = setTimeout(() => {
      pending = undefined;
      flush()
        .catch((err: Error) => ctx.log.appendLine(`Applying file changes failed: ${err.message}`))
        .finally(release);
    }, FLUSH_MS);
    pending = { timer, release };
  };

  const changed = (uri: vscode.Uri) => {
    if (!ctx.service.isIndexable(uri)) return;
    deletes.delete(uri.toString());
    upserts.set(uri.toString(), uri);
    schedule();
  };
  const deleted = (uri: vscode.Uri) => {
    upserts.delete(uri.toString());
    if (isOpen(uri)) return;
    deletes.set(uri.toString(), uri);
    schedule();
  };

  let files: vscode.FileSystemWatcher | undefined;
  const watchFiles = () => {
    files?.dispose();
    files = vscode.workspace.createFileSystemWatcher(ctx.config.value.include);
    files.onDidCreate(changed);
    files.onDidChange(changed);
    files.onDidDelete(deleted);
  };
  watchFiles();
  // Deleting a folder reports the folder only, which the include pattern does not match.
  const folders = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
  folders.onDidDelete(deleted);

  const subscriptions: vscode.Disposable[] = [
    folders,
    ctx.config.onDidChange((change) => {
      if (change.affects('include')) watchFiles();
    }),
    vscode.workspace.onDidRenameFiles(async (e) => {
      const ids = await ctx.service.api.ids();
      for (const { oldUri, newUri } of e.files) {
        const from = oldUri.toString();
        const prefix = from.endsWith('/') ? from : `${from}/`;
        const moved = ids.filter((id) => id === from || id.startsWith(prefix));
        for (const id of moved) {
          const target = id === from ? newUri : vscode.Uri.parse(newUri.toString().replace(/\/$/, '') + id.slice(from.length));
          await ctx.service.renameFile(vscode.Uri.parse(id), target);
        }
        // A file renamed into the corpus (e.g. notes.bak -> notes.md) was not indexed before.
        if (!moved.length && ctx.service.isIndexable(newUri)) changed(newUri);
      }
    }),
  ];
  return {
    dispose() {
      if (pending) {
        clearTimeout(pending.timer);
        pending.release();
      }
      files?.dispose();
      for (const s of subscriptions) s.dispose();
    },
  };
}
