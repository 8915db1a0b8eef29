import * as vscode from 'vscode';

/**
 * Writes a file so that a crash mid-write leaves the old content intact: the bytes go to a temporary file in the
 * same folder (same volume, so the rename is atomic), which then replaces the target.
 */
export async function writeFileAtomic(target: vscode.Uri, content: Uint8Array | string): Promise<void> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const folder = vscode.Uri.joinPath(target, '..');
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(folder, `.${name}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.createDirectory(folder);
  await vscode.workspace.fs.writeFile(temp, bytes);
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(temp, { useTrash: false }).then(undefined, () => undefined);
    throw err;
  }
}
