import * as assert from 'assert';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { PingResult } from '../../../src/extension/report/messages';
import { EXTENSION_ID, sourceLensApi, waitFor, workspaceRoot } from './util';
import { analyzed, settledWithin } from './viewsUtil';

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '</script>',
  '[click](javascript:alert(1))',
  '](javascript:window.__pwned=1)',
];
const PASSAGE =
  `Officials said ${HOSTILE[0]} a convoy of forty trucks ${HOSTILE[1]} reached the northern border crossing ${HOSTILE[2]} on Tuesday morning, ` +
  `according to ${HOSTILE[3]} local sources and [Vladimir Putin${HOSTILE[4]} who spoke to reporters at the scene of the crossing.`;

interface WorkspaceFilesState {
  dictionary?: { status: { status: string; line?: number; error?: string }; value: { entities: Array<{ name: string }>; ignore: string[] } };
  review?: { status?: { status: string }; orphaned: number; decisions: Array<{ kind: string; doc: string; span?: { start: number; end: number }; orphaned: boolean }> };
}
const filesState = async () => (await vscode.commands.executeCommand('sourceLens.test.workspaceFiles')) as WorkspaceFilesState;

async function hashArticles(): Promise<Map<string, string>> {
  const files = await vscode.workspace.findFiles('**/*.{txt,md,markdown}', '**/.sourcelens/**');
  const out = new Map<string, string>();
  for (const uri of files) out.set(vscode.workspace.asRelativePath(uri), crypto.createHash('sha256').update(fs.readFileSync(uri.fsPath)).digest('hex'));
  return out;
}

const stateFile = (name: string) => vscode.Uri.joinPath(workspaceRoot(), '.sourcelens', name);

suite('safety: hostile articles, broken workspace files, and the articles never change', () => {
  let hashes: Map<string, string>;

  suiteSetup(async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'hostile');
    fs.mkdirSync(folder.fsPath, { recursive: true });
    fs.writeFileSync(vscode.Uri.joinPath(folder, 'hostile.md').fsPath, `# ${HOSTILE[0]} Breaking\n\n${PASSAGE}\n\nThe range is 500 km, officials said.\n`);
    fs.writeFileSync(vscode.Uri.joinPath(folder, 'hostile-copy.md').fsPath, `# Copy ${HOSTILE[1]}\n\nA wire report repeated it.\n\n${PASSAGE}\n`);
    hashes = await hashArticles();
    assert.ok(hashes.size >= 3, `articles found: ${hashes.size}`);
    await analyzed(await sourceLensApi());
  });

  test('the report shows a hostile article’s text as text, and nothing in it runs', async () => {
    await vscode.commands.executeCommand('sourceLens.showReport');
    await vscode.commands.executeCommand('sourceLens.refreshViews');
    const page = await waitFor(async () => {
      const pong = (await vscode.commands.executeCommand('sourceLens.test.reportPing').then(undefined, () => undefined)) as PingResult | undefined;
      return pong?.rendered && pong.text.includes(HOSTILE[0]) && pong;
    }, { description: 'the hostile passage in the report', timeoutMs: 60_000, intervalMs: 500 });
    assert.strictEqual(page.pwned, false, 'no article script ran');
    assert.strictEqual(page.scripts, 0, 'no script element beyond the page’s own');
    assert.strictEqual(page.imgs, 0, 'no <img> from article text');
    assert.strictEqual(page.handlers, 0, 'no inline event handler attributes');
    assert.strictEqual(page.jsLinks, 0, 'no javascript: links');
    assert.strictEqual(page.iframes, 0);
    for (const s of [HOSTILE[0], HOSTILE[1], HOSTILE[3]]) assert.ok(page.text.includes(s), `“${s}” appears as text`);
  });

  test('a broken dictionary is reported with its line, kept, and never overwritten', async () => {
    const uri = stateFile('dictionary.json');
    fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
    // A missing comma: the error is on line 4.
    const broken = '{\n  "ignore": [\n    "Reuters"\n    "AP"\n  ]\n}\n';
    fs.writeFileSync(uri.fsPath, broken);
    // The file watcher notices outside writes, but not reliably within a test's deadline in every host: Refresh
    // Views re-reads the file the way a user would ask for it.
    await vscode.commands.executeCommand('sourceLens.refreshViews');
    const state = await waitFor(async () => {
      const s = await filesState();
      return s.dictionary?.status.status === 'broken' && s;
    }, { description: 'the broken dictionary to be noticed' });
    assert.strictEqual(state.dictionary!.status.line, 4);
    const written = await vscode.commands.executeCommand('sourceLens.addToDictionary', { name: 'Acme Defence', type: 'organization' });
    assert.strictEqual(written, false, 'the edit is refused');
    assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), broken, 'the user’s file is untouched');
    fs.writeFileSync(uri.fsPath, '{ "ignore": ["Reuters"] }\n');
    await vscode.commands.executeCommand('sourceLens.refreshViews');
    await waitFor(async () => (await filesState()).dictionary?.status.status === 'ok', { description: 'the fixed dictionary to load' });
    assert.deepStrictEqual((await filesState()).dictionary!.value.ignore, ['Reuters']);
  });

  test('every command leaves every article byte-identical; Source Lens writes only to .sourcelens/', async () => {
    const report = JSON.parse(fs.readFileSync((await vscode.commands.executeCommand('sourceLens.exportReport', { format: 'json', target: stateFile('report.json') }) as vscode.Uri).fsPath, 'utf8'));
    // A conflicting figure with exactly one conflict, so Dismiss Conflict needs no choice.
    const sides = report.conflicts.flatMap((c: { a: { path: string; start: number; end: number } }) => [c.a]);
    const count = (s: { path: string; start: number }) => report.conflicts.filter((c: { a: typeof s; b: typeof s }) => [c.a, c.b].some((x) => x.path === s.path && x.start === s.start)).length;
    const target = sides.find((s: { path: string; start: number }) => count(s) === 1) ?? sides[0];
    assert.ok(target, 'the corpus has a conflict');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), target.path));
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const at = doc.positionAt(target.start + 1);
    editor.selection = new vscode.Selection(at, at);
    await (await sourceLensApi()).idle();

    await vscode.commands.executeCommand('sourceLens.markFigureVerified');
    await vscode.commands.executeCommand('sourceLens.dismissConflict');
    await vscode.commands.executeCommand('sourceLens.addToDictionary', { name: 'Acme Defence', type: 'organization' });
    await vscode.commands.executeCommand('sourceLens.ignoreEntity', { forms: ['Breaking'] });

    const args: Record<string, unknown[]> = {
      'sourceLens.exportReport': [{ format: 'markdown', target: stateFile('report.md') }],
      'sourceLens.addToDictionary': [{ name: 'Acme Defence', type: 'organization' }],
      'sourceLens.ignoreEntity': [{ forms: ['Breaking'] }],
      'sourceLens.filterEntities': ['putin'],
    };
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as Array<{ command: string }>).map((c) => c.command);
    for (const command of contributed) {
      editor.selection = new vscode.Selection(at, at);
      const runs = /toggle/i.test(command) ? 2 : 1;
      for (let i = 0; i < runs; i++) {
        // A command that asks something (a quick pick) is answered by closing the picker.
        const done = await settledWithin(vscode.commands.executeCommand(command, ...(args[command] ?? [])), 15_000);
        if (!done) {
          console.log(`[safety] ${command} was still waiting for input; closed the picker`);
          await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        }
      }
    }
    await vscode.commands.executeCommand('sourceLens.filterEntities', '');
    await (await sourceLensApi()).idle();

    const review = JSON.parse(fs.readFileSync(stateFile('review.json').fsPath, 'utf8'));
    const kinds = review.decisions.map((d: { kind: string }) => d.kind);
    assert.ok(kinds.includes('verified') && kinds.includes('dismissed'), `decisions: ${kinds.join(', ')}`);
    const dictionary = JSON.parse(fs.readFileSync(stateFile('dictionary.json').fsPath, 'utf8'));
    assert.ok(dictionary.entities.some((e: { name: string }) => e.name === 'Acme Defence'));
    assert.ok(dictionary.ignore.includes('Breaking'));
    assert.ok(fs.existsSync(stateFile('report.md').fsPath));

    // Edit the article in the editor (never saved): the verified decision follows its figure, and becomes orphaned
    // when the figure is deleted, instead of jumping elsewhere.
    const rel = vscode.workspace.asRelativePath(doc.uri, false);
    const verifiedSpan = async () => (await filesState()).review?.decisions.find((d) => d.kind === 'verified' && d.doc === rel);
    const before = await waitFor(verifiedSpan, { description: 'the verified decision' });
    assert.ok(before.span && !before.orphaned);
    const again = await vscode.window.showTextDocument(doc, { preview: false });
    await again.edit((e) => e.insert(new vscode.Position(0, 0), 'Inserted words. '));
    await waitFor(async () => (await verifiedSpan())?.span?.start === before.span!.start + 16, { description: 'the decision to move with its figure' });
    const span = (await verifiedSpan())!.span!;
    await again.edit((e) => e.delete(new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end))));
    await waitFor(async () => (await verifiedSpan())?.orphaned === true, { description: 'the decision to become orphaned' });
    assert.ok((await filesState()).review!.orphaned >= 1);
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.strictEqual(doc.isDirty, false);
    await waitFor(async () => (await verifiedSpan())?.orphaned === false, { description: 'the decision to re-attach after revert' });

    const after = await hashArticles();
    for (const [file, hash] of hashes) assert.strictEqual(after.get(file), hash, `${file} is byte-identical`);
    assert.deepStrictEqual([...after.keys()].sort(), [...hashes.keys()].sort(), 'no article was added or removed');
    const written = fs.readdirSync(vscode.Uri.joinPath(workspaceRoot(), '.sourcelens').fsPath).filter((f) => !f.endsWith('.tmp'));
    for (const f of ['review.json', 'dictionary.json', 'report.json', 'report.md']) assert.ok(written.includes(f), `.sourcelens/${f} written`);
  });
});
