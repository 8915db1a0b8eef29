import * as vscode from 'vscode';
import type { Report } from '../engine';
import { toCsv } from '../engine/report/csv';
import { toMarkdown } from '../engine/report/markdown';
import { toSarif } from '../engine/report/sarif';
import { writeFileAtomic } from './atomicWrite';
import { DocumentTexts } from './report/documentText';
import type { SurfaceContext } from './surfaceContext';
import { isStateFile, STATE_FOLDER, stateFolder } from './workspaceFiles';

export type ExportFormat = 'markdown' | 'csv' | 'json' | 'sarif';
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { markdown: 'md', csv: 'csv', json: 'json', sarif: 'sarif' };
const ARTICLE_EXTENSIONS = /\.(txt|md|markdown)$/i;

/** The non-interactive form of the export command: `executeCommand('sourceLens.exportReport', { format, target })`. */
export interface ExportRequest {
  format: ExportFormat;
  target: vscode.Uri | string;
}

function isFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EXPORT_EXTENSIONS, value);
}

/** Rewrites every path in the report with `rename` (document URIs → workspace-relative paths). */
export function renameReportPaths(report: Report, rename: (path: string) => string): Report {
  const span = <T extends { path: string }>(s: T): T => ({ ...s, path: rename(s.path) });
  return {
    ...report,
    documents: report.documents.map((d) => ({ ...d, path: rename(d.path) })),
    duplicates: report.duplicates.map((d) => ({
      ...d,
      a: span(d.a),
      b: span(d.b),
      ...(d.changes ? { changes: d.changes.map((c) => ({ a: span(c.a), b: span(c.b) })) } : {}),
    })),
    conflicts: report.conflicts.map((c) => ({ ...c, a: span(c.a), b: span(c.b) })),
  };
}

/** Why writing to `target` would be refused, or undefined when it is safe: Source Lens never overwrites an article. */
export async function refusalReason(target: vscode.Uri, articles: ReadonlySet<string>): Promise<string | undefined> {
  if (articles.has(target.toString())) return vscode.l10n.t('{0} is an article in the corpus; Source Lens never writes to articles.', target.fsPath);
  if (ARTICLE_EXTENSIONS.test(target.path) && !isStateFile(target)) {
    const exists = await Promise.resolve(vscode.workspace.fs.stat(target)).then(() => true, () => false);
    if (exists) return vscode.l10n.t('{0} already exists and may be an article; choose a new file or one inside {1}/.', target.fsPath, STATE_FOLDER);
  }
  return undefined;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: Array<vscode.QuickPickItem & { format: ExportFormat }> = [
    { label: 'Markdown', description: '.md', detail: vscode.l10n.t('A readable summary: conflicts, duplicates, entities'), format: 'markdown' },
    { label: 'CSV', description: '.csv', detail: vscode.l10n.t('Every figure, one row each, for a spreadsheet'), format: 'csv' },
    { label: 'JSON', description: '.json', detail: vscode.l10n.t('The full report in the CLI contract'), format: 'json' },
    { label: 'SARIF', description: '.sarif', detail: vscode.l10n.t('Conflicts and duplicates for code-scanning tools and CI'), format: 'sarif' },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Source Lens: export report as') }))?.format;
}

/**
 * Export Report: format pick and save dialog (default `.sourcelens/report.<ext>`, outside the articles), or the
 * given `{ format, target }`. Returns the written file, or undefined when cancelled or refused.
 */
export async function exportReport(ctx: SurfaceContext, request?: Partial<ExportRequest>): Promise<vscode.Uri | undefined> {
  const interactive = !request || request.target === undefined;
  const format = isFormat(request?.format) ? request.format : await pickFormat();
  if (!format) return undefined;
  const extension = EXPORT_EXTENSIONS[format];
  let target: vscode.Uri | undefined;
  if (request?.target !== undefined) target = typeof request.target === 'string' ? vscode.Uri.parse(request.target) : request.target;
  else {
    const folder = stateFolder();
    target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, STATE_FOLDER, `report.${extension}`) : undefined,
      filters: { [format.toUpperCase()]: [extension] },
      title: vscode.l10n.t('Source Lens: export report'),
    });
  }
  if (!target) return undefined;

  const api = ctx.service.api;
  const articles = new Set(await api.ids());
  const refusal = await refusalReason(target, articles);
  if (refusal) {
    ctx.log.appendLine(`Export refused: ${refusal}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Source Lens: {0}', refusal));
    return undefined;
  }

  const skipped = ctx.service.skipped.map((s) => ({ path: s.uri.toString(), reason: s.reason }));
  const [raw, conflicts] = await Promise.all([api.report(skipped), api.conflicts()]);
  // The report lists conflicts in the corpus's order, so reviewer dismissals can be applied by position.
  if (conflicts.length === raw.conflicts.length) raw.conflicts = raw.conflicts.filter((_, i) => !ctx.review.isDismissed(conflicts[i]));
  const relative = (path: string) => (/^[a-z][a-z0-9+.-]*:/i.test(path) ? vscode.workspace.asRelativePath(vscode.Uri.parse(path), false) : path);
  const report = renameReportPaths({ ...raw, skipped: raw.skipped.map((s) => ({ ...s, path: relative(s.path) })) }, relative);

  let content: string;
  if (format === 'json') content = JSON.stringify(report, null, 2) + '\n';
  else if (format === 'csv') content = toCsv(report);
  else if (format === 'markdown') content = toMarkdown(report);
  else content = JSON.stringify(await sarifOf(ctx, raw, report), null, 2) + '\n';

  await writeFileAtomic(target, content);
  ctx.log.appendLine(`Exported the report as ${format} to ${target.fsPath}.`);
  if (interactive) {
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Source Lens: report exported to {0}', vscode.workspace.asRelativePath(target)), open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('vscode.open', target);
    });
  }
  return target;
}

/** SARIF with line and column: the texts of the documents it points into are read once. */
async function sarifOf(ctx: SurfaceContext, raw: Report, report: Report): Promise<object> {
  const texts = new DocumentTexts();
  const byRelative = new Map<string, string | undefined>();
  const pairs: Array<[string, string]> = [];
  raw.conflicts.forEach((c, i) => pairs.push([c.a.path, report.conflicts[i].a.path], [c.b.path, report.conflicts[i].b.path]));
  raw.duplicates.forEach((d, i) => pairs.push([d.a.path, report.duplicates[i].a.path], [d.b.path, report.duplicates[i].b.path]));
  await Promise.all(
    [...new Map(pairs).entries()].map(async ([doc, rel]) => {
      byRelative.set(rel, await texts.get(doc));
    }),
  );
  const severity = ctx.config.value.conflictSeverity;
  return toSarif(report, {
    textOf: (path) => byRelative.get(path),
    conflictLevel: severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note',
    includeDuplicates: true,
    toolVersion: String(ctx.extension.extension?.packageJSON?.version ?? '0.0.0'),
  });
}
