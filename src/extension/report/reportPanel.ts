import * as vscode from 'vscode';
import type { SurfaceContext } from '../surfaceContext';
import { DocumentTexts, revealSpan } from './documentText';
import { parseWebviewMessage, type PingResult } from './messages';
import { buildReportViewData, type ReportViewData } from './reportData';
import { reportHtml } from './html';

export const REPORT_VIEW_TYPE = 'sourceLens.report';
const UPDATE_DELAY_MS = 400;
const PING_TIMEOUT_MS = 15_000;

/**
 * The corpus report webview: one panel, restored after a reload by a serializer. The page gets data only through
 * postMessage; every message it sends back is validated before anything is opened.
 */
export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private docIds: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private pingId = 0;
  private readonly pings = new Map<number, (result: PingResult) => void>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly panelDisposables: vscode.Disposable[] = [];
  private readonly media: vscode.Uri;

  constructor(
    private readonly ctx: SurfaceContext,
    private readonly texts: DocumentTexts,
  ) {
    this.media = vscode.Uri.joinPath(ctx.extension.extensionUri, 'media');
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(REPORT_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel) => this.attach(panel),
      }),
      ctx.service.onDidChange(() => this.scheduleUpdate()),
      ctx.review.onDidChange(() => this.scheduleUpdate()),
    );
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      return;
    }
    const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, vscode.l10n.t('Source Lens Report'), vscode.ViewColumn.Active, this.options());
    this.attach(panel);
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, enableCommandUris: false, enableForms: false, localResourceRoots: [this.media], retainContextWhenHidden: false };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    panel.webview.options = this.options();
    panel.iconPath = vscode.Uri.joinPath(this.media, 'sidebar.svg');
    panel.webview.html = reportHtml(panel.webview, this.media);
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((raw) => this.receive(raw)),
      panel.onDidDispose(() => {
        if (this.panel !== panel) return;
        this.panel = undefined;
        this.panelDisposables.splice(0).forEach((d) => d.dispose());
      }),
    );
  }

  private receive(raw: unknown): void {
    const message = parseWebviewMessage(raw, this.docIds.length);
    if (!message) {
      this.ctx.log.appendLine(`Report: ignored an unexpected message from the webview.`);
      return;
    }
    if (message.type === 'ready') void this.update();
    else if (message.type === 'open') void revealSpan(this.docIds[message.d], message.start, message.end).then(undefined, (err: Error) => this.ctx.log.appendLine(`Report: cannot open ${this.docIds[message.d]}: ${err.message}`));
    else {
      this.pings.get(message.id)?.(message.result);
      this.pings.delete(message.id);
    }
  }

  private scheduleUpdate(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  /** Sends fresh data to the page. */
  async update(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const { view, docIds } = await this.collect();
    if (this.panel !== panel) return;
    this.docIds = docIds;
    await panel.webview.postMessage({ type: 'data', data: view });
  }

  private async collect(): Promise<{ view: ReportViewData; docIds: string[] }> {
    const api = this.ctx.service.api;
    const [entities, groups, conflicts, duplicates, stats] = await Promise.all([api.entities(), api.valueGroups(), api.conflicts(), api.duplicates(), api.stats()]);
    this.texts.clear();
    const needed = [...new Set(duplicates.slice(0, 2000).flatMap((d) => [d.a.doc, d.b.doc]))];
    const loaded = new Map(await Promise.all(needed.map(async (doc) => [doc, await this.texts.get(doc)] as const)));
    const review = this.ctx.review;
    return buildReportViewData({
      entities,
      groups,
      conflicts,
      duplicates,
      documents: stats.documents,
      skipped: this.ctx.service.skipped.map((s) => ({ path: vscode.workspace.asRelativePath(s.uri), reason: s.reason })),
      isDismissed: (c) => review.isDismissed(c),
      isVerified: (doc, claim) => review.isVerified(doc, claim),
      textOf: (doc) => loaded.get(doc),
      displayPath: (doc) => vscode.workspace.asRelativePath(vscode.Uri.parse(doc), false),
      labels: webviewLabels(),
    });
  }

  /** Asks the page what it contains and whether anything from an article ran; for integration tests. */
  ping(): Promise<PingResult> {
    const panel = this.panel;
    if (!panel) return Promise.reject(new Error('the report is not open'));
    const id = ++this.pingId;
    return new Promise<PingResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pings.delete(id);
        reject(new Error('the report webview did not answer'));
      }, PING_TIMEOUT_MS);
      this.pings.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      void panel.webview.postMessage({ type: 'ping', id });
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.panelDisposables.splice(0).forEach((d) => d.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}

/** Strings the page shows, localised on this side so the page needs no l10n bundle. */
function webviewLabels(): Record<string, string> {
  return {
    title: vscode.l10n.t('Source Lens Report'),
    documents: vscode.l10n.t('documents'),
    entities: vscode.l10n.t('Entities'),
    claims: vscode.l10n.t('Claims'),
    conflicts: vscode.l10n.t('Conflicts'),
    duplicates: vscode.l10n.t('Duplicated passages'),
    skipped: vscode.l10n.t('Skipped files'),
    chart: vscode.l10n.t('Figures for one subject and attribute'),
    chartPick: vscode.l10n.t('Subject and attribute'),
    chartEmpty: vscode.l10n.t('No subject has more than one figure yet.'),
    name: vscode.l10n.t('Name'),
    type: vscode.l10n.t('Type'),
    mentions: vscode.l10n.t('Mentions'),
    aliases: vscode.l10n.t('Aliases'),
    figure: vscode.l10n.t('Figure'),
    text: vscode.l10n.t('Text'),
    subject: vscode.l10n.t('Subject'),
    attribute: vscode.l10n.t('Attribute'),
    source: vscode.l10n.t('Source'),
    status: vscode.l10n.t('Status'),
    verified: vscode.l10n.t('verified'),
    conflicting: vscode.l10n.t('conflicts'),
    note: vscode.l10n.t('Note'),
    kind: vscode.l10n.t('Kind'),
    similarity: vscode.l10n.t('Similarity'),
    passage: vscode.l10n.t('Passage'),
    copy: vscode.l10n.t('Copy'),
    path: vscode.l10n.t('Path'),
    reason: vscode.l10n.t('Reason'),
    none: vscode.l10n.t('None.'),
    truncated: vscode.l10n.t('Shown partially (export the report for everything): {0}'),
    more: vscode.l10n.t('Show more'),
    loading: vscode.l10n.t('Loading…'),
  };
}
