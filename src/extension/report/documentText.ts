import * as vscode from 'vscode';
import { decodeArticle } from '../../engine/text/decode';

export { baseName, context, lineIndex, snippet } from './textUtil';

/**
 * Texts of corpus documents for labels, snippets and anchoring: the editor's text when the document is open (what
 * the worker analysed), otherwise the file decoded the way the indexer decodes it, so offsets agree.
 * Cached until `clear()`; views call it after each corpus change.
 */
export class DocumentTexts {
  private readonly cache = new Map<string, Promise<string | undefined>>();

  get(doc: string): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc);
    if (open) return Promise.resolve(open.getText());
    let pending = this.cache.get(doc);
    if (!pending) {
      pending = Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.parse(doc))).then(
        (bytes) => {
          const decoded = decodeArticle(bytes, Number.MAX_SAFE_INTEGER);
          return decoded.ok ? decoded.text : undefined;
        },
        () => undefined,
      );
      this.cache.set(doc, pending);
    }
    return pending;
  }

  clear(doc?: string): void {
    if (doc === undefined) this.cache.clear();
    else this.cache.delete(doc);
  }
}

/** Opens `doc` with the span selected and revealed; offsets are clamped to the current text. */
export async function revealSpan(doc: string, start: number, end: number): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(doc));
  const length = document.getText().length;
  const clamp = (n: number) => Math.max(0, Math.min(length, Number.isFinite(n) ? Math.floor(n) : 0));
  const from = clamp(start);
  const to = Math.max(from, clamp(end));
  const range = new vscode.Range(document.positionAt(from), document.positionAt(to));
  const editor = await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
