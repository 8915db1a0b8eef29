import * as vscode from 'vscode';
import { decodeArticle } from '../engine/text/decode';

const READ_CONCURRENCY = 8;

/** A file left out of the corpus, with the reason shown in the output channel and the report. */
export interface Skip {
  uri: vscode.Uri;
  reason: string;
}

/**
 * Reads articles for the corpus, a few at a time, through `vscode.workspace.fs` (so virtual workspaces work). An open
 * document is taken from the editor: unsaved edits are what the user reads. Binary, oversized, unreadable or vanished
 * files are added to `skipped` with a reason and logged.
 */
export async function readArticles(uris: readonly vscode.Uri[], maxBytes: number, skipped: Skip[], log: vscode.OutputChannel): Promise<Array<{ doc: string; text: string }>> {
  const out: Array<{ doc: string; text: string }> = [];
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const skip = (uri: vscode.Uri, reason: string) => {
    skipped.push({ uri, reason });
    log.appendLine(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}`);
  };
  let next = 0;
  const reader = async () => {
    while (next < uris.length) {
      const uri = uris[next++];
      const editorDoc = open.get(uri.toString());
      if (editorDoc && !editorDoc.isClosed) {
        out.push({ doc: uri.toString(), text: editorDoc.getText() });
        continue;
      }
      try {
        const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri), maxBytes);
        if (decoded.ok) out.push({ doc: uri.toString(), text: decoded.text });
        else skip(uri, decoded.reason);
      } catch (err) {
        skip(uri, `cannot read (${(err as Error).message}); it may have been deleted during the scan`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, uris.length) }, reader));
  return out;
}
