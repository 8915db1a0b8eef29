import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../../src/extension/api';
import { EXTENSION_ID, openWorkspaceFile, screenshot, waitFor } from './util';

const SEED = 'seeds/000_24c4a358f596b150.txt';

suite('skeleton: Source Lens in a real VS Code', () => {
  let editor: vscode.TextEditor;
  let api: SourceLensApi;

  test('activates when a seed article is opened', async () => {
    const ext = vscode.extensions.getExtension<SourceLensApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded (check engines.vscode against this VS Code ${vscode.version})`);
    editor = await openWorkspaceFile(SEED);
    assert.strictEqual(editor.document.languageId, 'plaintext');
    // Opening a plaintext document is what activates it (onLanguage:plaintext); no explicit activate() first.
    await waitFor(() => ext.isActive, { description: `${EXTENSION_ID} to activate` });
    api = await ext.activate();
    assert.strictEqual(typeof api?.idle, 'function', 'activate() returns the test API');
  });

  test('registers sourceLens.analyzeWorkspace and runs it', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('sourceLens.analyzeWorkspace'), 'sourceLens.analyzeWorkspace is not registered');
    await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
  });

  test('decorates the open seed article', async () => {
    await api.idle();
    const uri = editor.document.uri.toString();
    const byKind = await waitFor(() => {
      const drawn = api.decorations(uri);
      return Object.values(drawn).some((ranges) => ranges.length > 0) && drawn;
    }, { description: `decorations in ${SEED}`, events: [vscode.window.onDidChangeVisibleTextEditors] });
    const length = editor.document.getText().length;
    for (const [kind, ranges] of Object.entries(byKind)) {
      for (const [start, end] of ranges) {
        assert.ok(start >= 0 && start < end && end <= length, `${kind} range [${start}, ${end}) lies inside the document`);
      }
    }
    await screenshot('activation-decorations', { selector: '.monaco-editor [class*="ced-"]' });
  });
});
