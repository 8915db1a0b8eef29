import * as vscode from 'vscode';
import type { PassageRef } from '../engine';
import { passages } from '../worker/viewQuery';
import { locationsOf } from './locations';
import type { SurfaceContext } from './surfaceContext';

/** A lens above a line of duplicated passages; the copies are located when VS Code resolves it. */
class CopiesLens extends vscode.CodeLens {
  constructor(
    range: vscode.Range,
    readonly uri: vscode.Uri,
    readonly copies: PassageRef[],
  ) {
    super(range);
  }
}

/** "3 copies" above a duplicated passage; clicking peeks at the copies. */
export function createCopiesCodeLensProvider(ctx: SurfaceContext): vscode.CodeLensProvider<CopiesLens> & vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const subscription = ctx.service.onDidChange(() => changed.fire());
  return {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document, token) {
      const view = ctx.service.viewFor(document);
      if (!view || token.isCancellationRequested) return [];
      // Restated sentences can share a line: one lens per line, counting every copy of its passages.
      const byLine = new Map<number, { start: vscode.Position; copies: Map<string, PassageRef> }>();
      for (const { span, copies } of passages(view)) {
        const start = document.positionAt(span.start);
        const entry = byLine.get(start.line) ?? { start, copies: new Map() };
        for (const c of copies) entry.copies.set(`${c.other.doc}\u0000${c.other.start}`, c.other);
        byLine.set(start.line, entry);
      }
      return [...byLine.values()].map(({ start, copies }) => new CopiesLens(new vscode.Range(start, start), document.uri, [...copies.values()]));
    },
    async resolveCodeLens(lens, token) {
      const locations = await locationsOf(ctx.service, lens.copies);
      if (token.isCancellationRequested) return lens;
      const title = locations.length === 1 ? vscode.l10n.t('$(files) 1 copy') : vscode.l10n.t('$(files) {0} copies', locations.length);
      lens.command = { title, command: 'editor.action.showReferences', arguments: [lens.uri, lens.range.start, locations] };
      return lens;
    },
    dispose() {
      subscription.dispose();
      changed.dispose();
    },
  };
}
