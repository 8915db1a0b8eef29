import * as vscode from 'vscode';
import { mentionAt } from '../worker/viewQuery';
import { locationsOf } from './locations';
import type { SurfaceContext } from './surfaceContext';

/** "Find All References" on a name lists every mention of the entity, across files, aliases included. */
export function createReferenceProvider(ctx: SurfaceContext): vscode.ReferenceProvider {
  return {
    async provideReferences(document, position, _context, token) {
      const view = ctx.service.viewFor(document);
      const mention = view && mentionAt(view, document.offsetAt(position));
      if (!mention) return undefined;
      const mentions = await ctx.service.api.mentionsOfEntity(mention.entity);
      if (token.isCancellationRequested) return undefined;
      return locationsOf(
        ctx.service,
        mentions.map(({ doc, mention: m }) => ({ doc, start: m.start, end: m.end })),
      );
    },
  };
}
