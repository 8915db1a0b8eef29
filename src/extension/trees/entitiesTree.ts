import * as vscode from 'vscode';
import type { ClaimRef, EntityRecord, EntityType, ValueGroup } from '../../engine';
import type { AsyncWorkerApi } from '../../worker/client';
import { baseName, context, DocumentTexts, lineIndex } from '../report/documentText';
import type { ReviewState } from '../surfaceContext';
import { matchesFilter, sortEntities, type EntitySort } from './grouping';
import { counts, Lazy, LensTreeProvider, type LensNode } from './lensTree';

const SORT_KEY = 'sourceLens.entities.sort';
const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place', 'product', 'event', 'nationality'];

export function typeLabel(type: EntityType): string {
  switch (type) {
    case 'person':
      return vscode.l10n.t('People');
    case 'organization':
      return vscode.l10n.t('Organizations');
    case 'place':
      return vscode.l10n.t('Places');
    case 'product':
      return vscode.l10n.t('Products');
    case 'event':
      return vscode.l10n.t('Events');
    case 'nationality':
      return vscode.l10n.t('Nationalities');
  }
}

const TYPE_ICON: Record<EntityType, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  product: 'package',
  event: 'calendar',
  nationality: 'globe',
};

/** Type → entity → (figures ledger, files → mentions). Everything comes from the corpus worker. */
export class EntitiesTree extends LensTreeProvider {
  private readonly entities: Lazy<EntityRecord[]>;
  private readonly groups: Lazy<Map<string, ValueGroup[]>>;
  private readonly mentions = new Map<string, ReturnType<AsyncWorkerApi['mentionsOfEntity']>>();
  private filterText = '';

  constructor(
    private readonly api: () => AsyncWorkerApi,
    private readonly state: vscode.Memento,
    private readonly review: ReviewState,
    private readonly texts: DocumentTexts,
  ) {
    super();
    this.entities = new Lazy(() => this.api().entities());
    this.groups = new Lazy(async () => {
      const bySubject = new Map<string, ValueGroup[]>();
      for (const g of await this.api().valueGroups()) {
        const list = bySubject.get(g.subject) ?? [];
        list.push(g);
        bySubject.set(g.subject, list);
      }
      return bySubject;
    });
  }

  get sort(): EntitySort {
    return this.state.get<EntitySort>(SORT_KEY) === 'name' ? 'name' : 'mentions';
  }

  async toggleSort(): Promise<EntitySort> {
    const next: EntitySort = this.sort === 'mentions' ? 'name' : 'mentions';
    await this.state.update(SORT_KEY, next);
    this.refresh();
    return next;
  }

  get filter(): string {
    return this.filterText;
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    this.refresh();
  }

  /** The view's description: the active sort and filter. */
  describe(): string {
    const sort = this.sort === 'mentions' ? vscode.l10n.t('by mentions') : vscode.l10n.t('by name');
    return this.filterText ? vscode.l10n.t('{0} · filter: “{1}”', sort, this.filterText) : sort;
  }

  protected invalidate(): void {
    this.entities.reset();
    this.groups.reset();
    this.mentions.clear();
  }

  protected async roots(): Promise<LensNode[]> {
    const all = (await this.entities.get()).filter((e) => matchesFilter(e, this.filterText));
    const byType = new Map<EntityType, EntityRecord[]>();
    for (const e of all) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
    return TYPE_ORDER.filter((t) => byType.has(t)).map((type) => {
      const list = byType.get(type)!;
      return {
        id: `type:${type}`,
        label: typeLabel(type),
        description: String(list.length),
        icon: new vscode.ThemeIcon(TYPE_ICON[type]),
        contextValue: 'sourceLens.entityType',
        children: async () => sortEntities(list, this.sort).map((e) => this.entityNode(e)),
      };
    });
  }

  private entityNode(entity: EntityRecord): LensNode {
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${entity.name} (${entity.type})\n\n`);
    if (entity.aliases.length) tooltip.appendText(vscode.l10n.t('Also: {0}', entity.aliases.join(', ')));
    return {
      id: `entity:${entity.id}`,
      label: entity.name,
      description: counts.mentions(entity.mentions),
      tooltip,
      icon: new vscode.ThemeIcon(TYPE_ICON[entity.type]),
      contextValue: 'sourceLens.entity',
      payload: entity,
      children: async () => {
        const [groups, files] = await Promise.all([this.groups.get(), this.fileNodes(entity)]);
        const ledger = groups.get(entity.id);
        return ledger?.length ? [this.ledgerNode(entity, ledger), ...files] : files;
      },
    };
  }

  private ledgerNode(entity: EntityRecord, groups: ValueGroup[]): LensNode {
    const figures = groups.reduce((n, g) => n + g.claims.length, 0);
    return {
      id: `ledger:${entity.id}`,
      label: vscode.l10n.t('Figures'),
      description: counts.figures(figures),
      icon: new vscode.ThemeIcon('graph'),
      contextValue: 'sourceLens.ledger',
      children: async () =>
        [...groups]
          .sort((a, b) => a.attribute.localeCompare(b.attribute) || a.dimension.localeCompare(b.dimension))
          .map((g) => this.attributeNode(entity, g)),
    };
  }

  private attributeNode(entity: EntityRecord, group: ValueGroup): LensNode {
    const live = group.conflicts.filter((c) => !this.review.isDismissed(c));
    const conflicting = new Set(live.flatMap((c) => [c.a, c.b]).map((r) => `${r.doc}\u0000${r.claim.start}`));
    const sources = new Set(group.claims.map((c) => c.doc)).size;
    return {
      id: `ledger:${entity.id}:${group.attribute}:${group.dimension}`,
      label: group.attribute,
      description:
        `${counts.figures(group.claims.length)}, ${counts.sources(sources)}` + (live.length ? ` · ${counts.conflicts(live.length)}` : ''),
      icon: new vscode.ThemeIcon(live.length ? 'warning' : 'symbol-number'),
      contextValue: 'sourceLens.ledgerAttribute',
      children: async () =>
        [...group.claims]
          .sort((a, b) => baseName(a.doc).localeCompare(baseName(b.doc)) || a.claim.start - b.claim.start)
          .map((ref) => this.figureNode(entity, group, ref, conflicting.has(`${ref.doc}\u0000${ref.claim.start}`))),
    };
  }

  private figureNode(entity: EntityRecord, group: ValueGroup, ref: ClaimRef, conflicting: boolean): LensNode {
    const verified = this.review.isVerified(ref.doc, ref.claim);
    const marks = [verified ? `✓ ${vscode.l10n.t('verified')}` : '', conflicting ? vscode.l10n.t('conflicts') : ''].filter(Boolean).join(' · ');
    return {
      id: `ledger:${entity.id}:${group.attribute}:${group.dimension}:${ref.doc}:${ref.claim.start}`,
      label: ref.claim.text,
      description: baseName(ref.doc) + (marks ? ` · ${marks}` : ''),
      tooltip: vscode.l10n.t('{0} {1}: “{2}” in {3}', entity.name, group.attribute, ref.claim.text, baseName(ref.doc)),
      icon: new vscode.ThemeIcon(verified ? 'pass' : conflicting ? 'warning' : 'circle-small'),
      contextValue: verified ? 'sourceLens.figure.verified' : 'sourceLens.figure',
      payload: ref,
      reveal: { doc: ref.doc, start: ref.claim.start, end: ref.claim.end },
    };
  }

  private mentionsOf(entity: string) {
    let pending = this.mentions.get(entity);
    if (!pending) {
      pending = this.api().mentionsOfEntity(entity);
      this.mentions.set(entity, pending);
    }
    return pending;
  }

  private async fileNodes(entity: EntityRecord): Promise<LensNode[]> {
    const byDoc = new Map<string, Array<{ start: number; end: number; text: string }>>();
    for (const { doc, mention } of await this.mentionsOf(entity.id)) {
      const list = byDoc.get(doc) ?? [];
      list.push(mention);
      byDoc.set(doc, list);
    }
    return [...byDoc.entries()]
      .sort((a, b) => b[1].length - a[1].length || baseName(a[0]).localeCompare(baseName(b[0])))
      .map(([doc, mentions]) => {
        mentions.sort((a, b) => a.start - b.start);
        return {
          id: `file:${entity.id}:${doc}`,
          label: baseName(doc),
          description: counts.mentions(mentions.length),
          tooltip: vscode.Uri.parse(doc).fsPath,
          icon: vscode.ThemeIcon.File,
          contextValue: 'sourceLens.entityFile',
          reveal: { doc, start: mentions[0].start, end: mentions[0].end },
          children: async () => {
            const text = await this.texts.get(doc);
            const line = text === undefined ? undefined : lineIndex(text);
            return mentions.map((m) => ({
              id: `mention:${entity.id}:${doc}:${m.start}`,
              label: line ? vscode.l10n.t('line {0}', line(m.start)) : m.text,
              description: text === undefined ? undefined : context(text, m.start, m.end),
              icon: new vscode.ThemeIcon('symbol-reference'),
              contextValue: 'sourceLens.mention',
              reveal: { doc, start: m.start, end: m.end },
            }));
          },
        };
      });
  }
}
