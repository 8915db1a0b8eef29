import * as vscode from 'vscode';
import type { PassageRef } from '../engine';
import { passages } from '../worker/viewQuery';
import { docLabel } from './markdown';
import { locationsOf, uriOf } from './locations';
import type { SurfaceContext } from './surfaceContext';

/** A link over a duplicated passage; its target (the best other copy) is located only when the link is followed. */
class CopyLink extends vscode.DocumentLink {
  constructor(
    range: vscode.Range,
    readonly copy: PassageRef,
  ) {
    super(range);
  }
}

/**
 * "Go to other copy": each duplicated passage links to its closest copy; the other copies are in the hover and the
 * CodeLens. VS Code underlines links, so passages are links only while duplicates are highlighted inline
 * (`shown`): gutter style and hidden duplicates keep the text clean, and Go to Definition still works.
 */
export function createCopyLinkProvider(ctx: SurfaceContext, shown: (document: vscode.TextDocument) => boolean): vscode.DocumentLinkProvider<CopyLink> {
  return {
    provideDocumentLinks(document, token) {
      const view = shown(document) ? ctx.service.viewFor(document) : undefined;
      if (!view || token.isCancellationRequested) return [];
      return passages(view).map(({ span, copies }) => {
        const best = [...copies].sort((a, b) => b.link.similarity - a.link.similarity)[0];
        const link = new CopyLink(new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)), best.other);
        const where = best.other.doc === view.doc ? vscode.l10n.t('this file') : docLabel(best.other.doc);
        link.tooltip =
          copies.length > 1
            ? vscode.l10n.t('Go to the copy in {0} ({1} copies in all)', where, copies.length)
            : vscode.l10n.t('Go to the copy in {0}', where);
        return link;
      });
    },
    async resolveDocumentLink(link) {
      const [location] = await locationsOf(ctx.service, [link.copy]);
      const start = location?.range.start;
      // The `L<line>,<column>` fragment makes VS Code open the file at that place.
      link.target = start ? uriOf(link.copy.doc).with({ fragment: `L${start.line + 1},${start.character + 1}` }) : uriOf(link.copy.doc);
      return link;
    },
  };
}
