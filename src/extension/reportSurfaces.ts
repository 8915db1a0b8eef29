import * as vscode from 'vscode';
import type { ClaimRef, Conflict, EntityRecord, EntityType } from '../engine';
import { ENTITY_TYPES } from '../engine/config';
import { DictionaryStore, pickEntityType, type DictionarySink } from './dictionary';
import { exportReport, type ExportRequest } from './exports';
import { DocumentTexts, revealSpan } from './report/documentText';
import { ReportPanel } from './report/reportPanel';
import { isReviewStore } from './review';
import type { SurfaceContext } from './surfaceContext';
import { ConflictsTree } from './trees/conflictsTree';
import { DuplicatesTree } from './trees/duplicatesTree';
import { EntitiesTree } from './trees/entitiesTree';
import { OPEN_AT_COMMAND, type LensNode, type LensTreeProvider } from './trees/lensTree';
import { stateFolder } from './workspaceFiles';

export const VIEW_IDS = { entities: 'sourceLens.entities', conflicts: 'sourceLens.conflicts', duplicates: 'sourceLens.duplicates' } as const;
const REFRESH_DELAY_MS = 500;

const isNode = (arg: unknown): arg is LensNode => typeof arg === 'object' && arg !== null && typeof (arg as LensNode).id === 'string' && 'label' in arg;
const contains = (span: { start: number; end: number }, offset: number) => span.start <= offset && offset <= span.end;

/**
 * The sidebar views, the corpus report, exports, the workspace dictionary and the review commands.
 * `extension.ts` calls this once; everything it creates is in the returned disposables.
 */
export function registerReportSurfaces(ctx: SurfaceContext): vscode.Disposable[] {
  const texts = new DocumentTexts();
  const api = () => ctx.service.api;
  const review = ctx.review;
  const store = isReviewStore(review) ? review : undefined;
  const entities = new EntitiesTree(api, ctx.extension.workspaceState, review, texts);
  const conflicts = new ConflictsTree(api, review, () => store?.orphaned().length ?? 0);
  const duplicates = new DuplicatesTree(api, texts);
  const providers: Record<string, LensTreeProvider> = { [VIEW_IDS.entities]: entities, [VIEW_IDS.conflicts]: conflicts, [VIEW_IDS.duplicates]: duplicates };
  const entitiesView = vscode.window.createTreeView(VIEW_IDS.entities, { treeDataProvider: entities, showCollapseAll: true });
  const conflictsView = vscode.window.createTreeView(VIEW_IDS.conflicts, { treeDataProvider: conflicts, showCollapseAll: true });
  const duplicatesView = vscode.window.createTreeView(VIEW_IDS.duplicates, { treeDataProvider: duplicates, showCollapseAll: true });
  const report = new ReportPanel(ctx, texts);
  const folder = stateFolder();
  const dictionary = folder ? new DictionaryStore(folder, ctx.log, ctx.service as unknown as Partial<DictionarySink>) : undefined;
  void dictionary?.load();

  const describe = async () => {
    entitiesView.description = entities.describe();
    conflictsView.description = await conflicts.describe().catch(() => undefined);
    duplicatesView.description = await duplicates.describe().catch(() => undefined);
  };
  const refreshNow = () => {
    texts.clear();
    for (const p of Object.values(providers)) p.refresh();
    return describe();
  };
  let timer: NodeJS.Timeout | undefined;
  // Edits fire many changes; the views follow once the burst is over, and keep their expansion (stable ids).
  const refreshSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(refreshNow, REFRESH_DELAY_MS);
  };

  const activeEditor = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) void vscode.window.showInformationMessage(vscode.l10n.t('Source Lens: open an article first.'));
    return editor;
  };
  const cursorIn = (editor: vscode.TextEditor) => editor.document.offsetAt(editor.selection.active);
  // Only a view computed for the text on screen: its offsets must match the cursor.
  const viewOf = (editor: vscode.TextEditor) => ctx.service.viewFor(editor.document);

  async function addToDictionary(arg?: { name?: string; type?: EntityType }): Promise<boolean> {
    if (!dictionary) return refuseWithoutFolder();
    let name = typeof arg?.name === 'string' ? arg.name.trim() : undefined;
    if (!name) {
      const editor = activeEditor();
      if (!editor) return false;
      const range = editor.selection.isEmpty ? editor.document.getWordRangeAtPosition(editor.selection.active) : editor.selection;
      const selected = range ? editor.document.getText(range).replace(/\s+/g, ' ').trim() : '';
      name = (
        await vscode.window.showInputBox({ title: vscode.l10n.t('Source Lens: add to dictionary'), value: selected, prompt: vscode.l10n.t('The name as it should be recognised') })
      )?.trim();
    }
    if (!name) return false;
    const type = arg?.type && ENTITY_TYPES.includes(arg.type) ? arg.type : await pickEntityType();
    if (!type) return false;
    return dictionary.addEntity(name, type);
  }

  async function ignoreEntity(arg?: unknown): Promise<boolean> {
    if (!dictionary) return refuseWithoutFolder();
    let forms: string[] | undefined;
    if (isNode(arg) && arg.payload && typeof (arg.payload as EntityRecord).name === 'string') {
      const e = arg.payload as EntityRecord;
      forms = [e.name, ...e.aliases];
    } else if (typeof arg === 'object' && arg !== null && Array.isArray((arg as { forms?: unknown }).forms)) {
      forms = (arg as { forms: unknown[] }).forms.filter((f): f is string => typeof f === 'string');
    } else {
      const editor = activeEditor();
      if (!editor) return false;
      const view = viewOf(editor);
      const offset = cursorIn(editor);
      const mention = view?.mentions.find((m) => contains(m, offset));
      if (!mention) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Source Lens: put the cursor on a highlighted name to ignore it.'));
        return false;
      }
      const record = view?.entities[mention.entity];
      forms = record ? [mention.text, record.name, ...record.aliases] : [mention.text];
    }
    return forms.length > 0 && dictionary.ignore(forms);
  }

  async function markVerified(arg?: unknown): Promise<boolean> {
    if (!store) return false;
    let ref: ClaimRef | undefined;
    if (isNode(arg) && arg.payload && typeof (arg.payload as ClaimRef).doc === 'string') ref = arg.payload as ClaimRef;
    else if (isNode(arg) && Array.isArray(arg.payload) && arg.reveal) {
      const c = (arg.payload as Conflict[])[0];
      ref = [c.a, c.b].find((r) => r.doc === arg.reveal!.doc && r.claim.start === arg.reveal!.start);
    } else {
      const editor = activeEditor();
      if (!editor) return false;
      const view = viewOf(editor);
      const offset = cursorIn(editor);
      const claim = view?.claims.find((c) => contains(c, offset));
      if (claim) ref = { doc: editor.document.uri.toString(), claim };
    }
    if (!ref) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Source Lens: put the cursor on a figure to mark it verified.'));
      return false;
    }
    const text = await texts.get(ref.doc);
    return text !== undefined && store.markVerified(ref.doc, text, ref.claim);
  }

  async function dismissConflict(arg?: unknown): Promise<boolean> {
    if (!store) return false;
    let targets: Conflict[] = [];
    if (isNode(arg) && Array.isArray(arg.payload)) targets = arg.payload as Conflict[];
    else {
      const editor = activeEditor();
      if (!editor) return false;
      const doc = editor.document.uri.toString();
      const offset = cursorIn(editor);
      const here = (viewOf(editor)?.conflicts ?? []).filter(
        (c) => !review.isDismissed(c) && [c.a, c.b].some((r) => r.doc === doc && contains(r.claim, offset)),
      );
      if (here.length > 1) {
        const pick = await vscode.window.showQuickPick(
          here.map((c) => ({ label: c.note, description: c.attribute, conflict: c })),
          { title: vscode.l10n.t('Source Lens: dismiss which conflict?'), canPickMany: true },
        );
        targets = (pick ?? []).map((p) => p.conflict);
      } else targets = here;
      if (here.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('Source Lens: put the cursor on a conflicting figure to dismiss its conflict.'));
    }
    let written = false;
    for (const c of targets) written = (await store.dismiss(c, (d) => texts.get(d))) || written;
    return written;
  }

  function refuseWithoutFolder(): false {
    void vscode.window.showWarningMessage(vscode.l10n.t('Source Lens: open a folder first; the dictionary lives in .sourcelens/dictionary.json.'));
    return false;
  }

  /** Test hooks, outside production and never contributed: the trees, the report and the workspace files as seen. */
  const testHooks = (): vscode.Disposable[] => [
    vscode.commands.registerCommand('sourceLens.test.treeSnapshot', async (viewId: string, depth = 3) => {
      await refreshNow();
      const provider = providers[viewId];
      if (!provider) throw new Error(`unknown view ${viewId}`);
      return { description: viewId === VIEW_IDS.entities ? entitiesView.description : viewId === VIEW_IDS.conflicts ? conflictsView.description : duplicatesView.description, nodes: await provider.snapshot(depth) };
    }),
    vscode.commands.registerCommand('sourceLens.test.reportPing', () => report.ping()),
    vscode.commands.registerCommand('sourceLens.test.workspaceFiles', () => ({
      dictionary: dictionary ? { status: dictionary.status, value: dictionary.value } : undefined,
      review: store
        ? {
            status: store.status,
            orphaned: store.orphaned().length,
            decisions: store.resolved().map((d) => ({ kind: d.decision.kind, doc: d.decision.doc, span: d.span, otherSpan: d.otherSpan, orphaned: d.orphaned })),
          }
        : undefined,
    })),
  ];

  void describe();
  return [
    entities,
    conflicts,
    duplicates,
    entitiesView,
    conflictsView,
    duplicatesView,
    report,
    ...(dictionary ? [dictionary] : []),
    { dispose: () => clearTimeout(timer) },
    ctx.service.onDidChange(refreshSoon),
    review.onDidChange(refreshSoon),
    vscode.commands.registerCommand(OPEN_AT_COMMAND, (doc: string, start: number, end: number) => revealSpan(doc, start, end)),
    vscode.commands.registerCommand('sourceLens.showReport', () => report.show()),
    vscode.commands.registerCommand('sourceLens.exportReport', (request?: Partial<ExportRequest>) => exportReport(ctx, request)),
    vscode.commands.registerCommand('sourceLens.addToDictionary', addToDictionary),
    vscode.commands.registerCommand('sourceLens.ignoreEntity', ignoreEntity),
    vscode.commands.registerCommand('sourceLens.markFigureVerified', markVerified),
    vscode.commands.registerCommand('sourceLens.dismissConflict', dismissConflict),
    vscode.commands.registerCommand('sourceLens.sortEntities', async () => {
      await entities.toggleSort();
      void describe();
    }),
    vscode.commands.registerCommand('sourceLens.filterEntities', async (text?: string) => {
      const value =
        typeof text === 'string'
          ? text
          : await vscode.window.showInputBox({
              title: vscode.l10n.t('Source Lens: filter entities'),
              value: entities.filter,
              prompt: vscode.l10n.t('Part of a name or alias; empty to show all'),
            });
      if (value === undefined) return;
      entities.setFilter(value);
      void describe();
    }),
    // Refresh also re-reads .sourcelens/ files, for file systems whose watchers miss outside edits.
    vscode.commands.registerCommand('sourceLens.refreshViews', async () => {
      await Promise.all([dictionary?.load(), store?.load()]);
      await refreshNow();
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (dictionary && doc.uri.toString() === dictionary.uri.toString()) void dictionary.load();
      else if (store && doc.uri.path.endsWith('/.sourcelens/review.json')) void store.load();
    }),
    ...(ctx.extension.extensionMode === vscode.ExtensionMode.Production ? [] : testHooks()),
  ];
}
