import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../../src/extension/api';
import { escapeMarkdown } from '../../../src/extension/markdown';
import type { DocView } from '../../../src/worker/protocol';
import { openWorkspaceFile, screenshot, sourceLensApi, waitFor } from './util';

const RUSSIA_SEED = 'seeds/002_abe37b12b1baed6c.txt';
const ORESHNIK_SEED = 'seeds/000_24c4a358f596b150.txt';
const EDITED_COPY = 'a2_portal_oreshnik_edited.txt';

const basename = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);
const covering = (ranges: Array<[number, number]> | undefined, offset: number) => (ranges ?? []).some(([s, e]) => s <= offset && offset < e);

/** Offset of a phrase in an open document (case-sensitive), failing the test when the fixture changed. */
function offsetOf(doc: vscode.TextDocument, phrase: string): number {
  const at = doc.getText().indexOf(phrase);
  assert.ok(at >= 0, `"${phrase}" is in ${basename(doc.uri.toString())}`);
  return at;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function hoverAt(doc: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hoverText(hovers ?? []);
}

/** The view of a document once it is analysed with the whole corpus indexed. */
async function viewOf(api: SourceLensApi, doc: vscode.TextDocument, ready: (v: DocView) => boolean = () => true): Promise<DocView> {
  await api.idle();
  return waitFor(() => {
    const view = api.view(doc.uri.toString());
    return view && ready(view) ? view : undefined;
  }, { description: `the view of ${basename(doc.uri.toString())}` });
}

suite('editor surfaces: highlights, hovers, navigation, problems', () => {
  let api: SourceLensApi;

  suiteSetup(async () => {
    api = await sourceLensApi();
    await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
    await api.idle();
  });

  test('highlights a person, a place and a figure in a known sentence, each with its own kind', async () => {
    const editor = await openWorkspaceFile(RUSSIA_SEED);
    const doc = editor.document;
    const putin = offsetOf(doc, 'Vladimir Putin');
    const minsk = offsetOf(doc, 'inked in Minsk') + 'inked in '.length;
    const uri = doc.uri.toString();
    const drawn = await waitFor(() => {
      const d = api.decorations(uri);
      return covering(d.person, putin) ? d : undefined;
    }, { description: 'a person highlight on "Vladimir Putin"', events: [vscode.window.onDidChangeVisibleTextEditors] });
    assert.ok(covering(drawn.place, minsk), 'Minsk is highlighted as a place');
    assert.ok(!covering(drawn.place, putin) && !covering(drawn.claim, putin), 'the name has one kind only');
    const figures = [...(drawn.claim ?? []), ...(drawn.conflict ?? [])];
    assert.ok(figures.length > 0, 'figures are highlighted as claims or conflicts');
    const ten = offsetOf(doc, 'ten additional agreements');
    assert.ok(covering(figures, ten), '"ten additional agreements" is a figure');
    for (const [kind, ranges] of Object.entries(drawn)) {
      for (const [s, e] of ranges) assert.ok(s >= 0 && s < e && e <= doc.getText().length, `${kind} [${s}, ${e}) lies in the document`);
    }
  });

  test('hover on an entity shows its type, canonical name and the files that mention it', async () => {
    const editor = await openWorkspaceFile(RUSSIA_SEED);
    const doc = editor.document;
    const view = await viewOf(api, doc, (v) => v.mentions.length > 0);
    const putin = offsetOf(doc, 'Vladimir Putin') + 2;
    const mention = view.mentions.find((m) => m.start <= putin && putin < m.end);
    assert.ok(mention, 'Vladimir Putin is a mention');
    const entity = view.entities[mention.entity];
    const text = await hoverAt(doc, putin);
    assert.match(text, /person/);
    assert.ok(text.includes(escapeMarkdown(entity.name)), `the hover names ${entity.name}: ${text}`);
    assert.match(text, new RegExp(`in ${entity.files.length} files`));
    assert.ok(entity.files.length >= 2, 'Putin is mentioned in several articles');
    for (const f of entity.files.slice(0, 3)) assert.ok(text.includes(escapeMarkdown(basename(f.doc))), `links ${basename(f.doc)}`);
    assert.match(text, /command:sourceLens\.openLocation\?/, 'each file is a link that opens it at the mention');
  });

  test('hover on a conflicting figure shows the value, subject, attribute, the other sources and why they disagree', async () => {
    const editor = await openWorkspaceFile(ORESHNIK_SEED);
    const doc = editor.document;
    const offset = offsetOf(doc, 'Up to 500 kilometers') + 'Up to '.length;
    const view = await viewOf(api, doc, (v) => v.conflicts.length > 0);
    const index = view.claims.findIndex((c) => c.start <= offset && offset < c.end);
    assert.ok(index >= 0, '"Up to 500 kilometers" is a claim');
    const claim = view.claims[index];
    assert.strictEqual(claim.attribute, 'range');
    const others = view.conflicts.filter((c) => [c.a, c.b].some((s) => s.doc === view.doc && s.claim.start === claim.start)).map((c) => (c.a.doc === view.doc ? c.b : c.a));
    assert.ok(others.length > 0, 'the 500 km range conflicts with another source');

    const text = await hoverAt(doc, offset);
    assert.match(text, /Conflicting figure/);
    assert.match(text, /500 km/);
    assert.match(text, /range/);
    assert.match(text, /disagrees/);
    for (const other of others.slice(0, 3)) {
      assert.ok(text.includes(escapeMarkdown(basename(other.doc))), `names the disagreeing source ${basename(other.doc)}`);
    }
    assert.match(text, /says .* this says/, 'a one-line explanation per disagreeing source');

    editor.selection = new vscode.Selection(doc.positionAt(offset), doc.positionAt(offset));
    editor.revealRange(new vscode.Range(doc.positionAt(offset), doc.positionAt(offset)), vscode.TextEditorRevealType.InCenter);
    await screenshot('editor-decorations', { selector: '.monaco-editor [class*="ced-"]' });
    // The Problems entry would head the hover; without it the picture shows what Source Lens itself says.
    const section = vscode.workspace.getConfiguration('sourceLens');
    await section.update('conflictSeverity', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => vscode.languages.getDiagnostics(doc.uri).every((d) => d.code !== 'conflict'), { description: 'no conflict entries', events: [vscode.languages.onDidChangeDiagnostics] });
      await vscode.commands.executeCommand('editor.action.showHover');
      await screenshot('editor-conflict-hover', { selector: '.monaco-hover .hover-contents' });
    } finally {
      await section.update('conflictSeverity', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a non-conflicting claim hover shows the normalised value and the value table', async () => {
    const editor = await openWorkspaceFile(RUSSIA_SEED);
    const doc = editor.document;
    const view = await viewOf(api, doc);
    const index = view.claims.findIndex((c, i) => view.values[i].length > 0);
    assert.ok(index >= 0, 'some claim of the seed is stated by another source too');
    const claim = view.claims[index];
    const text = await hoverAt(doc, claim.start);
    assert.match(text, /normalised/);
    assert.match(text, /Subject/);
    assert.ok(text.includes(escapeMarkdown(view.figures[index])), `shows the figure ${view.figures[index]}`);
    assert.match(text, /\| Source \| Figure \|/, 'a table of what other sources say');
  });

  test('the Problems panel lists the known conflict at the configured severity', async () => {
    const editor = await openWorkspaceFile(ORESHNIK_SEED);
    const doc = editor.document;
    const offset = offsetOf(doc, 'Up to 500 kilometers') + 'Up to '.length;
    const position = doc.positionAt(offset);
    const diagnostics = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Source Lens' && d.range.contains(position));
      return found.length ? found : undefined;
    }, { description: 'a conflict diagnostic on the 500 km range', events: [vscode.languages.onDidChangeDiagnostics] });
    assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Warning), 'warning is the default severity');
    assert.match(diagnostics[0].message, /says .*; this says up to 500 km/);
    assert.ok(diagnostics[0].relatedInformation?.length, 'the other source is a related location');
    // Another file of the corpus, not open in any editor, has its conflicts listed too.
    const elsewhere = vscode.languages.getDiagnostics().filter(([uri, list]) => uri.toString() !== doc.uri.toString() && list.some((d) => d.source === 'Source Lens'));
    assert.ok(elsewhere.length > 0, 'conflicts of other indexed documents are listed');
  });

  test('a duplicated passage links to its copy (document link, definition and CodeLens)', async () => {
    const editor = await openWorkspaceFile(EDITED_COPY);
    const doc = editor.document;
    const view = await viewOf(api, doc, (v) => v.duplicates.length > 0);
    const otherDocs = new Set(view.duplicates.flatMap((d) => [d.a, d.b]).filter((s) => s.doc !== view.doc).map((s) => s.doc));
    assert.ok(otherDocs.size > 0, 'the edited copy shares passages with other articles');

    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri, 50);
    const resolved = (links ?? []).filter((l) => l.target);
    assert.ok(resolved.length > 0, 'passages carry links');
    for (const link of resolved) {
      const target = link.target!.with({ fragment: '' }).toString();
      assert.ok(otherDocs.has(target) || target === doc.uri.toString(), `${target} is a copy's document`);
      assert.match(link.target!.fragment, /^L\d+,\d+$/, 'the link opens the copy at its line');
    }

    const copy = view.duplicates.find((d) => d.a.doc !== d.b.doc)!;
    const mine = copy.a.doc === view.doc ? copy.a : copy.b;
    const theirs = copy.a.doc === view.doc ? copy.b : copy.a;
    const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, doc.positionAt(mine.start + 1));
    const targets = (definitions ?? []).map((d) => ('targetUri' in d ? d.targetUri : d.uri).toString());
    assert.ok(targets.includes(theirs.doc), `"Go to Definition" reaches ${basename(theirs.doc)}`);

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 50);
    const copies = (lenses ?? []).filter((l) => l.command && /cop(y|ies)/.test(l.command.title));
    assert.ok(copies.length > 0, 'a "N copies" lens above the passage');
    assert.strictEqual(copies[0].command!.command, 'editor.action.showReferences');
  });

  test('Find All References on an entity lists its mentions across files', async () => {
    const editor = await openWorkspaceFile(RUSSIA_SEED);
    const doc = editor.document;
    await viewOf(api, doc);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, doc.positionAt(offsetOf(doc, 'Vladimir Putin') + 1));
    const files = new Set((locations ?? []).map((l) => l.uri.toString()));
    assert.ok(files.has(doc.uri.toString()) && files.size >= 2, `mentions in ${files.size} files`);
  });

  test('Go to Next Conflict moves the cursor onto a conflicting figure', async () => {
    const editor = await openWorkspaceFile(ORESHNIK_SEED);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await api.idle();
    await vscode.commands.executeCommand('sourceLens.nextConflict');
    const active = vscode.window.activeTextEditor!;
    const selection = active.selection;
    const onConflict = vscode.languages.getDiagnostics(active.document.uri).some((d) => d.code === 'conflict' && d.range.isEqual(selection));
    assert.ok(onConflict, `the selection ${JSON.stringify(selection)} is a conflicting figure`);
  });

  test('an edit updates the annotations of the open document', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Vladimir Putin met officials in Minsk on Monday.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    const uri = doc.uri.toString();
    await waitFor(() => covering(api.decorations(uri).person, 1), { description: 'Putin highlighted in the new document' });
    const prefix = 'Emmanuel Macron flew to Paris. ';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), prefix);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const drawn = await waitFor(() => {
      const d = api.decorations(uri);
      return covering(d.person, 1) && covering(d.person, prefix.length + 1) ? d : undefined;
    }, { description: 'both names highlighted after the edit' });
    assert.ok(covering(drawn.place, prefix.indexOf('Paris')), 'the new place is highlighted');
    const name = 'Vladimir Putin'.length;
    assert.ok(drawn.person?.some(([s, e]) => s === prefix.length && e === prefix.length + name), 'the old name was analysed again at its new place');
    assert.ok(!drawn.person?.some(([s, e]) => s === 0 && e === name), 'no stale range left at the old offsets');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a settings change and the toggle command take effect on the highlights', async () => {
    const editor = await openWorkspaceFile(RUSSIA_SEED);
    const uri = editor.document.uri.toString();
    const putin = offsetOf(editor.document, 'Vladimir Putin');
    await waitFor(() => covering(api.decorations(uri).person, putin), { description: 'person highlights before the change' });
    const section = vscode.workspace.getConfiguration('sourceLens');
    try {
      await section.update('highlightKinds', ['claim', 'conflict'], vscode.ConfigurationTarget.Workspace);
      const after = await waitFor(() => {
        const d = api.decorations(uri);
        return !d.person && (d.claim?.length || d.conflict?.length) ? d : undefined;
      }, { description: 'only figures highlighted', events: [vscode.workspace.onDidChangeConfiguration] });
      assert.ok(!after.place && !after.duplicate);
    } finally {
      await section.update('highlightKinds', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => covering(api.decorations(uri).person, putin), { description: 'person highlights back after the reset' });

    try {
      await section.update('highlightStyle', 'gutter', vscode.ConfigurationTarget.Workspace);
      await api.idle();
      await waitFor(() => covering(api.decorations(uri).person, putin), { description: 'highlights redrawn in gutter style' });
      await screenshot('editor-gutter-style', { selector: '.monaco-editor .glyph-margin-widgets [class*="ced-"]' });
    } finally {
      await section.update('highlightStyle', undefined, vscode.ConfigurationTarget.Workspace);
    }

    assert.strictEqual(await vscode.commands.executeCommand('sourceLens.toggleHighlights'), false);
    assert.deepStrictEqual(api.decorations(uri), {}, 'toggled off: nothing drawn');
    assert.strictEqual(await vscode.commands.executeCommand('sourceLens.toggleHighlights'), true);
    assert.ok(covering(api.decorations(uri).person, putin), 'toggled on: drawn again');
  });

  test('the severity setting moves conflicts in the Problems panel, and off removes them', async () => {
    const editor = await openWorkspaceFile(ORESHNIK_SEED);
    const uri = editor.document.uri;
    const section = vscode.workspace.getConfiguration('sourceLens');
    const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'conflict');
    await waitFor(() => ours().length > 0, { description: 'conflicts listed', events: [vscode.languages.onDidChangeDiagnostics] });
    try {
      await section.update('conflictSeverity', 'error', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => ours().length > 0 && ours().every((d) => d.severity === vscode.DiagnosticSeverity.Error), { description: 'conflicts as errors', events: [vscode.languages.onDidChangeDiagnostics] });
      await section.update('conflictSeverity', 'off', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => ours().length === 0, { description: 'no conflicts listed', events: [vscode.languages.onDidChangeDiagnostics] });
    } finally {
      await section.update('conflictSeverity', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => ours().length > 0, { description: 'conflicts listed again', events: [vscode.languages.onDidChangeDiagnostics] });
  });
});
