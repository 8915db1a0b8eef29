import * as vscode from 'vscode';
import type { CorpusService } from './corpusService';
import type { Decorations } from './decorations';

/** Analyze Workspace: indexes every article with a cancellable progress notification. */
export function analyzeWorkspace(service: CorpusService): Promise<void> {
  return Promise.resolve(
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Source Lens: analysing workspace'), cancellable: true },
      async (progress, token) => {
        await service.indexWorkspace(progress, token);
        if (token.isCancellationRequested) return;
        const stats = await service.api.stats();
        const skipped = service.skipped.length ? vscode.l10n.t(', {0} skipped (see the output channel)', service.skipped.length) : '';
        void vscode.window.setStatusBarMessage(
          vscode.l10n.t('Source Lens: {0} articles, {1} conflicts, {2} duplicated passages{3}', stats.documents, stats.conflicts, stats.duplicates, skipped),
          5000,
        );
      },
    ),
  );
}

/** Commands of the editor surfaces (navigation commands live in navigation.ts). */
export function registerCommands(service: CorpusService, decorations: Decorations): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('sourceLens.analyzeWorkspace', () => analyzeWorkspace(service)),
    vscode.commands.registerCommand('sourceLens.toggleHighlights', () => {
      const on = decorations.toggle();
      void vscode.window.setStatusBarMessage(on ? vscode.l10n.t('Source Lens: highlights on') : vscode.l10n.t('Source Lens: highlights off'), 2000);
      return on;
    }),
    vscode.commands.registerCommand('sourceLens.analyzeCurrentFile', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return void vscode.window.showInformationMessage(vscode.l10n.t('Source Lens: open an article first.'));
      await service.analyzeNow(editor.document);
    }),
  ];
}
