import * as vscode from 'vscode';
import type { Conflict, EntityRecord } from '../../engine';
import type { AsyncWorkerApi } from '../../worker/client';
import { baseName } from '../report/documentText';
import type { ReviewState } from '../surfaceContext';
import { disagreeingValues, groupConflicts } from './grouping';
import { counts, Lazy, LensTreeProvider, type LensNode } from './lensTree';

interface ConflictData {
  conflicts: Conflict[];
  names: Map<string, string>;
}

/** Subject → attribute → the disagreeing values. Dismissed conflicts are left out. */
export class ConflictsTree extends LensTreeProvider {
  private readonly data: Lazy<ConflictData>;

  constructor(
    private readonly api: () => AsyncWorkerApi,
    private readonly review: ReviewState,
    private readonly orphanCount: () => number,
  ) {
    super();
    this.data = new Lazy(async () => {
      const [conflicts, entities] = await Promise.all([this.api().conflicts(), this.api().entities()]);
      return { conflicts, names: new Map(entities.map((e: EntityRecord) => [e.id, e.name])) };
    });
  }

  protected invalidate(): void {
    this.data.reset();
  }

  /** "3 conflicts · 1 orphaned decision": shown as the view's description. */
  async describe(): Promise<string> {
    const live = (await this.data.get()).conflicts.filter((c) => !this.review.isDismissed(c)).length;
    const orphans = this.orphanCount();
    const parts = [counts.conflicts(live)];
    if (orphans) parts.push(counts.orphans(orphans));
    return parts.join(' · ');
  }

  protected async roots(): Promise<LensNode[]> {
    const { conflicts, names } = await this.data.get();
    const live = conflicts.filter((c) => !this.review.isDismissed(c));
    return [...groupConflicts(live).entries()].map(([subject, byAttribute]) => {
      const count = [...byAttribute.values()].reduce((n, list) => n + list.length, 0);
      return {
        id: `subject:${subject}`,
        label: names.get(subject) ?? subject,
        description: counts.conflicts(count),
        icon: new vscode.ThemeIcon('symbol-class'),
        contextValue: 'sourceLens.conflictSubject',
        expanded: true,
        children: async () =>
          [...byAttribute.entries()].map(([attribute, list]) => ({
            id: `attribute:${subject}:${attribute}`,
            label: attribute,
            description: counts.conflicts(list.length),
            tooltip: list.map((c) => c.note).join('\n'),
            icon: new vscode.ThemeIcon('warning'),
            contextValue: 'sourceLens.conflictGroup',
            payload: list,
            children: async () =>
              disagreeingValues(list).map(({ ref, conflicts: involved }) => ({
                id: `value:${subject}:${attribute}:${ref.doc}:${ref.claim.start}`,
                label: ref.claim.text,
                description: baseName(ref.doc) + (this.review.isVerified(ref.doc, ref.claim) ? ` · ✓ ${vscode.l10n.t('verified')}` : ''),
                tooltip: involved.map((c) => c.note).join('\n'),
                icon: new vscode.ThemeIcon('circle-filled'),
                contextValue: 'sourceLens.conflictValue',
                payload: involved,
                reveal: { doc: ref.doc, start: ref.claim.start, end: ref.claim.end },
              })),
          })),
      };
    });
  }
}
