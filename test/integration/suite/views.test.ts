import * as assert from 'assert';
import * as vscode from 'vscode';
import { openWorkspaceFile, screenshot, sourceLensApi, waitFor } from './util';
import { analyzed, findNode, treeSnapshot, type Snapshot } from './viewsUtil';

suite('views: entities, conflicts and duplicates trees', () => {
  suiteSetup(async () => {
    await openWorkspaceFile('seeds/002_abe37b12b1baed6c.txt');
    await analyzed(await sourceLensApi());
  });

  test('Entities lists Vladimir Putin under People, with his files and mentions', async () => {
    const tree = await waitFor(async () => {
      const t = await treeSnapshot('sourceLens.entities', 5);
      return findNode(t.nodes, (n) => n.label === 'Vladimir Putin') && t;
    }, { description: 'Vladimir Putin in the Entities view', timeoutMs: 60_000 });
    const people = tree.nodes.find((n) => n.id === 'type:person');
    assert.ok(people, 'a People group');
    const putin = people.children?.find((n) => n.label === 'Vladimir Putin');
    assert.ok(putin, 'Vladimir Putin is listed under People');
    assert.match(putin.description ?? '', /\d+/);
    const files = (putin.children ?? []).filter((n) => n.id.startsWith('file:'));
    assert.ok(files.length >= 1, 'at least one file mentions him');
    assert.ok(files.some((f) => f.label === '002_abe37b12b1baed6c.txt'), `files: ${files.map((f) => f.label).join(', ')}`);
    for (const file of files) {
      assert.ok(file.reveal, 'a file node opens its first mention');
      const mentions = file.children ?? [];
      assert.ok(mentions.length >= 1);
      for (const m of mentions) {
        assert.ok(m.reveal && m.reveal.doc === file.reveal.doc && m.reveal.end > m.reveal.start);
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(m.reveal.doc));
        const text = doc.getText().slice(m.reveal.start, m.reveal.end);
        assert.match(text, /Putin|Vladimir/, `mention text “${text}”`);
      }
    }
  });

  test('clicking a mention reveals its range in the editor', async () => {
    const tree = await treeSnapshot('sourceLens.entities', 5);
    const mention = findNode(tree.nodes, (n) => n.id.startsWith('mention:person:vladimir-putin'));
    assert.ok(mention?.reveal);
    await vscode.commands.executeCommand('sourceLens.openAt', mention.reveal.doc, mention.reveal.start, mention.reveal.end);
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === mention.reveal!.doc && e;
    }, { events: [vscode.window.onDidChangeActiveTextEditor], description: 'the mention’s document to open' });
    const { selection, document } = editor;
    assert.strictEqual(document.offsetAt(selection.start), mention.reveal.start);
    assert.strictEqual(document.offsetAt(selection.end), mention.reveal.end);
  });

  test('an entity’s ledger lists the figures stated about it, source by source', async () => {
    const tree = await treeSnapshot('sourceLens.entities', 6);
    const ledger = findNode(tree.nodes, (n) => n.id.startsWith('ledger:') && (n.children?.length ?? 0) > 0 && n.children!.some((a) => (a.children?.length ?? 0) > 1));
    assert.ok(ledger, 'some entity has a ledger with an attribute stated more than once');
    const attribute = ledger.children!.find((a) => (a.children?.length ?? 0) > 1)!;
    for (const figure of attribute.children!) {
      assert.ok(figure.reveal, 'each figure opens its source');
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(figure.reveal.doc));
      assert.strictEqual(doc.getText().slice(figure.reveal.start, figure.reveal.end), figure.label);
    }

    // Mark Verified on the first figure (cursor on it): the ledger shows the check mark.
    const figure = attribute.children![0];
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(figure.reveal!.doc));
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    await (await sourceLensApi()).idle();
    const at = doc.positionAt(figure.reveal!.start + 1);
    editor.selection = new vscode.Selection(at, at);
    assert.strictEqual(await vscode.commands.executeCommand('sourceLens.markFigureVerified'), true);
    await waitFor(async () => {
      const marked = findNode((await treeSnapshot('sourceLens.entities', 6)).nodes, (n) => n.id === figure.id);
      return marked?.description?.includes('✓');
    }, { description: 'the ✓ on the verified figure' });
  });

  test('sort and filter change the view and show in its description; ids stay stable across refreshes', async () => {
    const before = await treeSnapshot('sourceLens.entities', 2);
    const again = await treeSnapshot('sourceLens.entities', 2);
    assert.deepStrictEqual(ids(again.nodes), ids(before.nodes), 'a refresh keeps every id, so expansion state survives');

    const people = async () => (await treeSnapshot('sourceLens.entities', 2)).nodes.find((n) => n.id === 'type:person')!.children!;
    const first = before.description;
    await vscode.commands.executeCommand('sourceLens.sortEntities');
    const second = (await treeSnapshot('sourceLens.entities', 1)).description;
    assert.notStrictEqual(second, first, 'the description shows the sort');
    if (!/name/.test(second ?? '')) await vscode.commands.executeCommand('sourceLens.sortEntities');
    const byName = (await people()).map((n) => n.label);
    assert.deepStrictEqual(byName, [...byName].sort((x, y) => x.localeCompare(y)), 'sorted by name');
    await vscode.commands.executeCommand('sourceLens.sortEntities');
    const counts = (await people()).map((n) => Number(/\d+/.exec(n.description ?? '')?.[0]));
    assert.ok(counts.every((c, i) => i === 0 || counts[i - 1] >= c), `sorted by mentions: ${counts.join(', ')}`);
    assert.match((await treeSnapshot('sourceLens.entities', 1)).description ?? '', /mentions/);

    await vscode.commands.executeCommand('sourceLens.filterEntities', 'putin');
    const filtered = await treeSnapshot('sourceLens.entities', 2);
    assert.match(filtered.description ?? '', /putin/);
    const labels = filtered.nodes.flatMap((n) => n.children ?? []).map((n) => n.label);
    assert.deepStrictEqual(labels, ['Vladimir Putin']);
    await vscode.commands.executeCommand('sourceLens.filterEntities', '');
    assert.doesNotMatch((await treeSnapshot('sourceLens.entities', 1)).description ?? '', /putin/);
  });

  test('Conflicts groups subject → attribute → disagreeing values; Duplicates groups clusters → copies', async () => {
    const conflicts = await treeSnapshot('sourceLens.conflicts', 3);
    assert.ok(conflicts.nodes.length > 0, 'the fixtures have conflicting figures');
    for (const subject of conflicts.nodes) {
      for (const attribute of subject.children ?? []) {
        const values = attribute.children ?? [];
        assert.ok(values.length >= 2, `${subject.label} ${attribute.label}: at least two disagreeing values`);
        for (const v of values) assert.ok(v.reveal && v.reveal.end > v.reveal.start);
      }
    }
    assert.match(conflicts.description ?? '', /\d+/);
    const duplicates = await treeSnapshot('sourceLens.duplicates', 2);
    assert.ok(duplicates.nodes.length > 0, 'the fixtures have duplicated passages');
    for (const cluster of duplicates.nodes) {
      const copies = cluster.children ?? [];
      assert.ok(copies.length >= 2, 'a cluster has at least two copies');
      assert.strictEqual(new Set(copies.map((c) => c.id)).size, copies.length);
    }
  });

  test('screenshot: the Source Lens sidebar', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.sourceLens');
    await vscode.commands.executeCommand('sourceLens.entities.focus');
    await screenshot('sidebar-tree', { selector: '.pane-body .monaco-list-row' });
  });
});

function ids(nodes: Snapshot[]): string[] {
  return nodes.flatMap((n) => [n.id, ...ids(n.children ?? [])]);
}
