import * as vscode from 'vscode';
import type { PassageRef } from '../engine';
import type { CorpusService } from './corpusService';

/** The editor's identity for a document id: ids are the uris the service indexed them under. */
export const uriOf = (doc: string) => vscode.Uri.parse(doc, true);

/**
 * Editor locations of spans in indexed documents. An open document is measured in the editor (its text is what the
 * worker holds); the others are measured by the worker, so no file is opened just to count lines.
 */
export async function locationsOf(service: CorpusService, spans: readonly PassageRef[]): Promise<vscode.Location[]> {
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const out: Array<vscode.Location | undefined> = new Array(spans.length);
  const remote: number[] = [];
  spans.forEach((s, i) => {
    const doc = open.get(s.doc);
    if (doc) out[i] = new vscode.Location(doc.uri, new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
    else remote.push(i);
  });
  if (remote.length) {
    const ranges = await service.api.locate(remote.map((i) => ({ doc: spans[i].doc, start: spans[i].start, end: spans[i].end })));
    remote.forEach((i, k) => {
      const r = ranges[k];
      if (r) out[i] = new vscode.Location(uriOf(spans[i].doc), new vscode.Range(r[0], r[1], r[2], r[3]));
    });
  }
  return out.filter((l): l is vscode.Location => l !== undefined);
}

/** Opens a document with a span selected and revealed. */
export async function revealSpan(doc: string, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uriOf(doc));
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  await vscode.window.showTextDocument(document, { selection: range, preview: true });
}
