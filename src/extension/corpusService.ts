import * as vscode from 'vscode';
import type { Dictionary } from '../engine';
import { fnv1a } from '../engine/util/hash';
import { createWorkerClient, type WorkerClient, type WorkerClientOptions } from '../worker/client';
import { compileGlob, type GlobMatcher } from '../worker/glob';
import type { DocView, WorkerOptions } from '../worker/protocol';
import { readArticles, type Skip } from './articleReader';
import type { ConfigStore, SourceLensConfig } from './config';
import type { IdleTracker } from './idleTracker';

const BATCH_FILES = 50;
/** Other open documents are refreshed this long after an edit: their conflicts and copies may have changed. */
const CORPUS_REFRESH_MS = 100;

export type { Skip } from './articleReader';

type Progress = vscode.Progress<{ message?: string; increment?: number }>;

/** How far the workspace indexing run in progress has got: files sent to the worker, of all files found. */
export interface IndexProgress {
  done: number;
  total: number;
}

/** Pause after the quick view of an edit before the whole article is analysed again and the corpus updated. */
const FULL_PASS_DELAY_MS = 500;

interface IndexRun {
  cts: vscode.CancellationTokenSource;
  done: Promise<void>;
  progress?: IndexProgress;
}

/**
 * The editor's side of the corpus: feeds the worker, keeps the latest view of every visible document, and tells
 * listeners when a view changes. Stale runs are dropped: edits are debounced, at most one request per document is
 * in flight (a newer edit waits and sends the newest text), and a reply for a text that changed meanwhile is ignored.
 */
export class CorpusService implements vscode.Disposable {
  private readonly client: WorkerClient;
  private readonly views = new Map<string, DocView>();
  /** Whether a view's hash matches the editor text, memoised per document version. */
  private readonly checked = new Map<string, { version: number; view: DocView; ok: boolean }>();
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; release: () => void }>();
  private readonly running = new Map<string, { again: boolean; full: boolean; done: Promise<void> }>();
  /** Documents the user asked to analyse although they exceed the size limit. */
  private readonly forced = new Set<string>();
  private readonly warnedLarge = new Set<string>();
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** Fires with a document uri when its view changed, or undefined when results across the corpus may have changed. */
  readonly onDidChange = this.changed.event;
  private indexRun: IndexRun | undefined;
  private corpusRefresh: { timer: NodeJS.Timeout; release: () => void } | undefined;
  private dictionary: Dictionary | undefined;
  private sentOptions = '';
  private include: GlobMatcher;
  private exclude: GlobMatcher;
  private failed: string | undefined;
  private restartCount = 0;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Files left out of the last workspace scan, with the reason (also in the output channel). */
  readonly skipped: Skip[] = [];

  constructor(
    workerFile: string,
    private readonly config: ConfigStore,
    private readonly log: vscode.OutputChannel,
    readonly tracker: IdleTracker,
    clientOptions: WorkerClientOptions = {},
  ) {
    this.client = createWorkerClient(workerFile, clientOptions);
    this.include = compileGlob(config.value.include);
    this.exclude = compileGlob(config.value.exclude);
    this.client.onRestart((reason) => {
      this.restartCount++;
      this.log.appendLine(`The corpus worker stopped (${reason}); it was restarted and the workspace is indexed again.`);
      void vscode.window.showWarningMessage(vscode.l10n.t('Source Lens: the analysis worker stopped and was restarted; the workspace is being indexed again.'));
      this.sentOptions = '';
      void this.configure();
      this.reanalyzeOpen();
      void this.indexInBackground();
    });
    this.client.onGiveUp((reason) => {
      this.failed = reason;
      this.log.appendLine(`Analysis is switched off: ${reason}. Reload the window to start it again.`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Source Lens: the analysis worker keeps crashing and was stopped. Reload the window to try again.'));
    });
    this.subscriptions.push(config.onDidChange((change) => this.onConfigChange(change)));
  }

  get api() {
    return this.client.api;
  }

  /** The workspace indexing run in progress, once it has listed the files; undefined when none runs. */
  get indexing(): IndexProgress | undefined {
    const progress = this.indexRun?.progress;
    return progress && { ...progress };
  }

  /** How often the worker was restarted after a crash in this session. */
  get restarts(): number {
    return this.restartCount;
  }

  /** Test hook: makes the worker thread exit as a crash would (only when the client was created with test hooks). */
  crashWorkerForTest(): Promise<void> {
    return this.client.api.crashForTest().catch(() => undefined);
  }

  /** Sends the thresholds and dictionary to the worker when they changed; the worker re-analyses what it holds. */
  async configure(): Promise<void> {
    const c = this.config.value;
    const options: WorkerOptions = {
      reuse: { minExactWords: c.minExactWords, restatedThreshold: c.restatedThreshold, boilerplateDocs: c.boilerplateDocs },
      conflicts: { tolerance: c.tolerance, approxTolerance: c.approxTolerance, sameDocument: c.compareWithinDocument },
      ...(this.dictionary ? { dictionary: this.dictionary } : {}),
    };
    const json = JSON.stringify(options);
    if (json === this.sentOptions) return;
    const first = this.sentOptions === '';
    this.sentOptions = json;
    await this.tracker.track(this.client.api.configure(options)).catch((err: Error) => this.log.appendLine(`Configuring the worker failed: ${err.message}`));
    if (!first) await this.refreshCorpus();
  }

  /** Applies a validated workspace dictionary; the last good one stays in force until then. */
  setDictionary(dictionary: Dictionary): Promise<void> {
    this.dictionary = dictionary;
    return this.configure();
  }

  /** The latest view of a document, whatever text it was computed for. */
  view(uri: vscode.Uri | string): DocView | undefined {
    return this.views.get(typeof uri === 'string' ? uri : uri.toString());
  }

  /** The view of a document only when it was computed for the text the editor shows now, so offsets are right. */
  viewFor(doc: vscode.TextDocument): DocView | undefined {
    const key = doc.uri.toString();
    const view = this.views.get(key);
    if (!view) return undefined;
    const memo = this.checked.get(key);
    if (memo && memo.version === doc.version && memo.view === view) return memo.ok ? view : undefined;
    const ok = fnv1a(doc.getText()) === view.hash;
    this.checked.set(key, { version: doc.version, view, ok });
    return ok ? view : undefined;
  }

  /** Whether a workspace file belongs to the corpus under `sourceLens.include` / `exclude`. */
  isIndexable(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    return this.include(relative) && !this.exclude(relative);
  }

  /** Whether an open document is an article to analyse: its language is listed and, inside the workspace, its path is included. */
  isArticle(doc: vscode.TextDocument): boolean {
    if (!this.config.value.languages.includes(doc.languageId)) return false;
    const scheme = doc.uri.scheme;
    if (scheme === 'untitled') return true;
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (folder) return this.isIndexable(doc.uri);
    // Outside the workspace only real files: diff views, git and output documents must not join the corpus.
    return scheme === 'file' || scheme === 'vscode-remote';
  }

  /**
   * Re-analyses a document once typing has paused: the quick view of the edited lines first, and the full analysis
   * (`full`) once typing has paused for longer. A keystroke cancels both timers.
   */
  schedule(doc: vscode.TextDocument, delay = this.config.value.debounceMs, full = false): void {
    if (this.failed || !this.isArticle(doc)) return;
    const key = doc.uri.toString();
    const previous = this.timers.get(key);
    if (previous) {
      clearTimeout(previous.timer);
      previous.release();
    }
    const release = this.tracker.hold();
    const timer = setTimeout(() => {
      this.timers.delete(key);
      void this.refresh(doc, full).finally(release);
    }, delay);
    this.timers.set(key, { timer, release });
  }

  /** Analyses a document now, ignoring the size limit: the user asked for it. */
  analyzeNow(doc: vscode.TextDocument): Promise<void> {
    this.forced.add(doc.uri.toString());
    return this.refresh(doc, true);
  }

  private refresh(doc: vscode.TextDocument, full = false): Promise<void> {
    const key = doc.uri.toString();
    const active = this.running.get(key);
    if (active) {
      active.again = true;
      active.full ||= full;
      return active.done;
    }
    const entry = { again: false, full, done: Promise.resolve() };
    entry.done = this.tracker.track(this.runRefresh(doc, key, entry)).finally(() => this.running.delete(key));
    this.running.set(key, entry);
    return entry.done;
  }

  private async runRefresh(doc: vscode.TextDocument, key: string, entry: { again: boolean; full: boolean }): Promise<void> {
    do {
      entry.again = false;
      if (doc.isClosed) return;
      const text = doc.getText();
      const version = doc.version;
      if (text.length > this.config.value.maxFileSize && !this.forced.has(key)) {
        if (!this.warnedLarge.has(key)) {
          this.warnedLarge.add(key);
          this.log.appendLine(`Skipped ${key}: larger than sourceLens.maxFileSize. Run "Source Lens: Analyze Current File" to analyse it anyway.`);
        }
        continue;
      }
      try {
        // An edited document first gets the quick view (its edited lines analysed again, in milliseconds); the full
        // analysis, which holds the worker for longer, waits until typing has paused for FULL_PASS_DELAY_MS more.
        if (!entry.full && this.views.has(key)) {
          const quick = await this.client.api.edit(key, text);
          if (doc.isClosed || doc.version !== version) continue;
          this.views.set(key, quick);
          this.changed.fire(key);
          if (!entry.again) this.schedule(doc, FULL_PASS_DELAY_MS, true);
          continue;
        }
        entry.full = false;
        const view = await this.client.api.upsert(key, text);
        // A reply for a text the user has since changed is stale: the pending edit brings a fresh one.
        if (doc.isClosed || doc.version !== version) continue;
        this.views.set(key, view);
        this.changed.fire(key);
        this.scheduleCorpusRefresh(key);
      } catch (err) {
        if (!this.failed) this.log.appendLine(`Analysis of ${key} failed: ${(err as Error).message}`);
      }
    } while (entry.again);
  }

  /** Other visible documents may gain or lose conflicts and copies when one document changes. */
  private scheduleCorpusRefresh(except?: string): void {
    if (this.corpusRefresh) {
      clearTimeout(this.corpusRefresh.timer);
      this.corpusRefresh.release();
    }
    const release = this.tracker.hold();
    const timer = setTimeout(() => {
      this.corpusRefresh = undefined;
      void this.refreshCorpus(except).finally(release);
    }, CORPUS_REFRESH_MS);
    this.corpusRefresh = { timer, release };
  }

  /** Reloads the views of visible documents, forgets the others (they reload when shown) and announces a corpus change. */
  private async refreshCorpus(except?: string): Promise<void> {
    const visible = new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
    for (const key of [...this.views.keys()]) if (!visible.has(key)) this.views.delete(key);
    for (const key of visible) {
      if (key === except || !this.views.has(key)) continue;
      try {
        const view = await this.client.api.view(key);
        if (view) this.views.set(key, view);
        else this.views.delete(key);
      } catch (err) {
        if (!this.failed) this.log.appendLine(`Refreshing ${key} failed: ${(err as Error).message}`);
      }
    }
    for (const editor of vscode.window.visibleTextEditors) if (!this.views.has(editor.document.uri.toString())) this.schedule(editor.document, 0);
    this.changed.fire(undefined);
  }

  /** Shows a document that became visible: analysed at once when no view is cached. */
  ensureView(doc: vscode.TextDocument): void {
    if (!this.views.has(doc.uri.toString())) this.schedule(doc, 0);
  }

  /** Analyses every open article again (after a restart or a change of settings). */
  reanalyzeOpen(): void {
    for (const doc of vscode.workspace.textDocuments) if (this.isArticle(doc)) this.schedule(doc, 0, true);
  }

  /** A closed document leaves the editor; the corpus keeps its saved text, or drops it when it is not a workspace file. */
  forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) {
      clearTimeout(pending.timer);
      pending.release();
      this.timers.delete(key);
    }
    this.views.delete(key);
    this.checked.delete(key);
    this.forced.delete(key);
    if (doc.uri.scheme !== 'untitled' && this.isIndexable(doc.uri)) void this.upsertFiles([doc.uri]);
    else void this.removeFiles([doc.uri]);
  }

  /** Indexes the workspace in the background, shown in the status bar. */
  indexInBackground(): Promise<void> {
    return Promise.resolve(
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Source Lens: indexing') }, (progress) => this.indexWorkspace(progress)),
    );
  }

  /**
   * Reads every matching file in the workspace into the worker, with progress and cancellation. A new run cancels
   * the one in progress. Open documents are sent with the editor's text; files no longer matching are dropped.
   */
  indexWorkspace(progress?: Progress, token?: vscode.CancellationToken): Promise<void> {
    this.indexRun?.cts.cancel();
    const cts = new vscode.CancellationTokenSource();
    const link = token?.onCancellationRequested(() => cts.cancel());
    const run: IndexRun = { cts, done: Promise.resolve() };
    run.done = this.tracker
      .track(this.runIndex(cts.token, run, progress))
      .catch((err: Error) => {
        if (!this.failed) this.log.appendLine(`Indexing stopped: ${err.message}`);
      })
      .finally(() => {
        link?.dispose();
        cts.dispose();
        if (this.indexRun === run) this.indexRun = undefined;
      });
    this.indexRun = run;
    return run.done;
  }

  private async runIndex(token: vscode.CancellationToken, run: IndexRun, progress?: Progress): Promise<void> {
    if (this.failed || !vscode.workspace.workspaceFolders?.length) return;
    const c = this.config.value;
    const files = (await vscode.workspace.findFiles(c.include, c.exclude, undefined, token)).filter((uri) => this.isIndexable(uri));
    const skipped: Skip[] = [];
    let done = 0;
    run.progress = { done, total: files.length };
    for (let i = 0; i < files.length; i += BATCH_FILES) {
      if (token.isCancellationRequested) {
        this.log.appendLine(`Indexing cancelled after ${done} of ${files.length} files.`);
        return;
      }
      const batch = files.slice(i, i + BATCH_FILES);
      const docs = await readArticles(batch, c.maxFileSize, skipped, this.log);
      if (docs.length) await this.client.api.upsertMany(docs);
      done += batch.length;
      run.progress = { done, total: files.length };
      progress?.report({ message: `${done} / ${files.length}`, increment: (batch.length / Math.max(files.length, 1)) * 100 });
    }
    if (token.isCancellationRequested) return;
    const keep = new Set(files.map((u) => u.toString()));
    for (const doc of vscode.workspace.textDocuments) if (this.isArticle(doc)) keep.add(doc.uri.toString());
    const stale = (await this.client.api.ids()).filter((id) => !keep.has(id));
    if (stale.length) await this.client.api.removeMany(stale);
    this.skipped.splice(0, this.skipped.length, ...skipped);
    await this.refreshCorpus();
  }

  /** Files added or changed on disk (not open in an editor: the editor is the source of an open document's text). */
  async upsertFiles(uris: vscode.Uri[]): Promise<void> {
    if (this.failed || uris.length === 0) return;
    const skipped: Skip[] = [];
    const gone: string[] = [];
    for (let i = 0; i < uris.length; i += BATCH_FILES) {
      const batch = uris.slice(i, i + BATCH_FILES);
      const docs = await this.tracker.track(readArticles(batch, this.config.value.maxFileSize, skipped, this.log));
      const read = new Set(docs.map((d) => d.doc));
      gone.push(...batch.map((u) => u.toString()).filter((k) => !read.has(k)));
      if (docs.length) await this.tracker.track(this.client.api.upsertMany(docs)).catch((err: Error) => this.log.appendLine(`Indexing changed files failed: ${err.message}`));
    }
    for (const s of skipped) {
      const at = this.skipped.findIndex((x) => x.uri.toString() === s.uri.toString());
      if (at >= 0) this.skipped.splice(at, 1, s);
      else this.skipped.push(s);
    }
    // A file that became unreadable or too large must not keep its old annotations.
    if (gone.length) await this.tracker.track(this.client.api.removeMany(gone)).catch(() => undefined);
    this.scheduleCorpusRefresh();
  }

  /** Files deleted on disk or closed untitled documents. */
  async removeFiles(uris: vscode.Uri[]): Promise<void> {
    if (this.failed || uris.length === 0) return;
    for (const uri of uris) this.views.delete(uri.toString());
    await this.tracker.track(this.client.api.removeMany(uris.map((u) => u.toString()))).catch((err: Error) => this.log.appendLine(`Removing files failed: ${err.message}`));
    this.scheduleCorpusRefresh();
  }

  /** A file renamed inside the editor keeps its analysis under the new name. */
  async renameFile(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    if (this.failed) return;
    this.views.delete(from.toString());
    const moved = await this.tracker.track(this.client.api.rename(from.toString(), to.toString())).catch(() => false);
    if (!moved || !this.isIndexable(to)) {
      await this.removeFiles([to]);
      if (this.isIndexable(to)) await this.upsertFiles([to]);
      return;
    }
    this.scheduleCorpusRefresh();
  }

  private onConfigChange(change: { affects(key: keyof SourceLensConfig): boolean }): void {
    const c = this.config.value;
    if (change.affects('include') || change.affects('exclude')) {
      this.include = compileGlob(c.include);
      this.exclude = compileGlob(c.exclude);
    }
    void this.configure();
    if (change.affects('include') || change.affects('exclude') || change.affects('maxFileSize') || change.affects('languages')) {
      this.reanalyzeOpen();
      void this.indexInBackground();
    }
  }

  /** Resolves when no debounce timer, request, indexing run or refresh is pending. */
  idle(): Promise<void> {
    return this.tracker.idle();
  }

  dispose(): void {
    for (const { timer, release } of this.timers.values()) {
      clearTimeout(timer);
      release();
    }
    this.timers.clear();
    if (this.corpusRefresh) {
      clearTimeout(this.corpusRefresh.timer);
      this.corpusRefresh.release();
    }
    this.indexRun?.cts.cancel();
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
    void this.client.dispose();
  }
}
