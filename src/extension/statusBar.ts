import * as vscode from 'vscode';
import type { ConflictProblems } from './diagnostics';
import type { SurfaceContext } from './surfaceContext';

/** The active article's entity, claim and conflict counts; clicking opens the corpus report. */
export function createStatusBar(ctx: SurfaceContext, problems: ConflictProblems): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('sourceLens.counts', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Source Lens counts');
  item.command = 'sourceLens.showReport';

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const view = editor && ctx.service.viewFor(editor.document);
    if (!editor || !view) {
      item.hide();
      return;
    }
    const entities = new Set(view.mentions.map((m) => m.entity)).size;
    const claims = view.claims.length;
    const uri = editor.document.uri.toString();
    const conflicts = problems.entries.filter((e) => e.uri.toString() === uri).length;
    item.text = `$(person) ${entities}  $(symbol-number) ${claims}  $(${conflicts ? 'warning' : 'check'}) ${conflicts}`;
    item.tooltip = vscode.l10n.t('Source Lens: {0} entities, {1} claims, {2} conflicts with other sources in this file. Click to open the corpus report.', entities, claims, conflicts);
    item.accessibilityInformation = { label: item.tooltip };
    item.backgroundColor = conflicts ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };

  const subscriptions = [
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    ctx.service.onDidChange(update),
    problems.onDidChange(update),
  ];
  update();
  return vscode.Disposable.from(...subscriptions);
}
