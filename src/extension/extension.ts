import * as vscode from 'vscode';
import type { SourceLensApi } from './api';
import { createCopiesCodeLensProvider } from './codeLens';
import { registerCommands } from './commands';
import { ConfigStore } from './config';
import { CorpusService } from './corpusService';
import { Decorations } from './decorations';
import { ConflictProblems } from './diagnostics';
import { createHoverProvider } from './hovers';
import { IdleTracker } from './idleTracker';
import { createCopyLinkProvider } from './links';
import { createDefinitionProvider, registerNavigationCommands } from './navigation';
import { createReferenceProvider } from './references';
import { registerReportSurfaces } from './reportSurfaces';
import { createReviewState } from './review';
import { createStatusBar } from './statusBar';
import type { SurfaceContext } from './surfaceContext';
import { createCorpusWatcher } from './watcher';

// Wiring only: each surface lives in its own module and asks the corpus service for data.
export function activate(context: vscode.ExtensionContext): SourceLensApi {
  const log = vscode.window.createOutputChannel('Source Lens');
  const config = new ConfigStore((message) => {
    log.appendLine(message);
    void vscode.window.showWarningMessage(message);
  });
  const tracker = new IdleTracker();
  const testHooks = context.extensionMode === vscode.ExtensionMode.Test;
  const service = new CorpusService(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath, config, log, tracker, { testHooks });
  const review = createReviewState({ extension: context, log });
  const ctx: SurfaceContext = { extension: context, config, service, log, review };
  const decorations = new Decorations(config, (doc) => service.viewFor(doc), review, vscode.Uri.joinPath(context.extensionUri, 'media'));
  const problems = new ConflictProblems(ctx);
  const codeLens = createCopiesCodeLensProvider(ctx);
  // Languages listed at activation; providers answer only for documents the service analysed anyway.
  const selector: vscode.DocumentSelector = [...new Set([...config.value.languages, 'plaintext', 'markdown'])].map((language) => ({ language }));

  context.subscriptions.push(
    log,
    config,
    service,
    review,
    decorations,
    problems,
    codeLens,
    ...registerCommands(service, decorations),
    ...registerNavigationCommands(problems),
    vscode.languages.registerHoverProvider(selector, createHoverProvider(ctx)),
    vscode.languages.registerDefinitionProvider(selector, createDefinitionProvider(ctx)),
    vscode.languages.registerReferenceProvider(selector, createReferenceProvider(ctx)),
    vscode.languages.registerDocumentLinkProvider(selector, createCopyLinkProvider(ctx, (doc) => decorations.showsDuplicatesInline(doc))),
    vscode.languages.registerCodeLensProvider(selector, codeLens),
    createStatusBar(ctx, problems),
    createCorpusWatcher(ctx),
    ...registerReportSurfaces(ctx),
    service.onDidChange((uri) => decorations.redraw(uri)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) service.schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => service.forget(doc)),
    // Documents are analysed when shown, not when opened: other features open documents just to read them.
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => service.ensureView(e.document))),
  );

  // Nothing here waits for analysis: the worker queues requests until it is up, and indexing runs in the background.
  void service.configure();
  for (const editor of vscode.window.visibleTextEditors) service.schedule(editor.document, 0);
  if (vscode.workspace.workspaceFolders?.length) void service.indexInBackground();

  return {
    idle: () => service.idle(),
    decorations: (uri) => decorations.drawn(uri),
    view: (uri) => service.view(uri),
    indexedDocuments: () => service.api.ids(),
    stats: () => service.api.stats(),
    highlightsEnabled: () => decorations.isEnabled,
    indexing: () => service.indexing,
    workerMemory: () => service.api.memory(),
    workerRestarts: () => service.restarts,
    crashWorkerForTest: () => service.crashWorkerForTest(),
  };
}

export function deactivate(): void {}
