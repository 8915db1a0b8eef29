import * as assert from 'assert';
import * as vscode from 'vscode';
import { sourceLensApi, waitFor, workspaceRoot } from './util';

const encode = (text: string) => new TextEncoder().encode(text);
const conflictsIn = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Source Lens' && d.code === 'conflict');

suite('editor surfaces: the corpus follows files added, renamed, changed and deleted on disk', () => {
  test('a new article joins the corpus and leaves it again, without being opened', async () => {
    const api = await sourceLensApi();
    await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
    const before = (await api.stats()).documents;
    const first = vscode.Uri.joinPath(workspaceRoot(), 'articles', 'zz_watcher_probe.txt');
    const renamed = vscode.Uri.joinPath(workspaceRoot(), 'articles', 'zz_watcher_probe_renamed.txt');
    const events = [vscode.languages.onDidChangeDiagnostics];
    try {
      // Another figure for the Oreshnik's range than every other article states: a cross-source conflict.
      await vscode.workspace.fs.writeFile(first, encode('Russia says the Oreshnik missile has a range of 9,000 kilometres, officials said on Friday.\n'));
      await waitFor(() => conflictsIn(first).length > 0, { description: 'conflicts in the new, unopened article', events });
      assert.strictEqual((await api.stats()).documents, before + 1);

      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(first, renamed);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor(() => conflictsIn(renamed).length > 0 && conflictsIn(first).length === 0, { description: 'the conflicts follow the rename', events });
      assert.strictEqual((await api.stats()).documents, before + 1);

      await vscode.workspace.fs.writeFile(renamed, encode('Russia says nothing new about the missile.\n'));
      await waitFor(() => conflictsIn(renamed).length === 0, { description: 'the changed article has no conflict left', events });

      await vscode.workspace.fs.delete(renamed);
      await waitFor(async () => (await api.stats()).documents === before, { description: 'the deleted article leaves the index' });
    } finally {
      for (const uri of [first, renamed]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
