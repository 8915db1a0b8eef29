import * as vscode from 'vscode';

/** Where clicking a node takes the reader. */
export interface RevealTarget {
  doc: string;
  start: number;
  end: number;
}

/** One row of a Source Lens tree. Ids are derived from the data (entity id, document, offset), never counters. */
export interface LensNode {
  id: string;
  label: string;
  description?: string;
  tooltip?: string | vscode.MarkdownString;
  icon?: vscode.ThemeIcon;
  contextValue?: string;
  reveal?: RevealTarget;
  /** Present when the node can be expanded; computed on expansion. */
  children?: () => Promise<LensNode[]>;
  expanded?: boolean;
  /** What commands invoked from the node's context menu receive. */
  payload?: unknown;
}

/** The command every tree uses to open a document at a span. Registered by `registerReportSurfaces`. */
export const OPEN_AT_COMMAND = 'sourceLens.openAt';

/** A plain snapshot of a tree, for tests and diagnostics. */
export interface NodeSnapshot {
  id: string;
  label: string;
  description?: string;
  contextValue?: string;
  reveal?: RevealTarget;
  children?: NodeSnapshot[];
}

/**
 * Shared behaviour of the three views: item rendering, click-to-reveal and refresh. Refresh fires a full change
 * without changing ids, so VS Code keeps what the reader had expanded.
 */
export abstract class LensTreeProvider implements vscode.TreeDataProvider<LensNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<LensNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  protected abstract roots(): Promise<LensNode[]>;
  /** Drops cached data; the next `getChildren` asks the worker again. */
  protected abstract invalidate(): void;

  refresh(): void {
    this.invalidate();
    this.changed.fire(undefined);
  }

  getTreeItem(node: LensNode): vscode.TreeItem {
    const state = node.children
      ? node.expanded
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed
      : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = node.icon;
    item.contextValue = node.contextValue;
    if (node.reveal) {
      item.command = { command: OPEN_AT_COMMAND, title: vscode.l10n.t('Open'), arguments: [node.reveal.doc, node.reveal.start, node.reveal.end] };
      item.resourceUri = undefined;
    }
    return item;
  }

  getChildren(node?: LensNode): Promise<LensNode[]> {
    if (!node) return this.roots();
    return node.children ? node.children() : Promise.resolve([]);
  }

  /** The tree down to `depth` levels, as plain data. */
  async snapshot(depth: number, node?: LensNode): Promise<NodeSnapshot[]> {
    const nodes = await this.getChildren(node);
    return Promise.all(
      nodes.map(async (n) => ({
        id: n.id,
        label: n.label,
        description: n.description,
        contextValue: n.contextValue,
        reveal: n.reveal,
        children: n.children && depth > 1 ? await this.snapshot(depth - 1, n) : undefined,
      })),
    );
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Caches one promise until invalidated, so every node of one refresh sees the same data. */
export class Lazy<T> {
  private value: Promise<T> | undefined;
  constructor(private readonly load: () => Promise<T>) {}
  get(): Promise<T> {
    this.value ??= this.load();
    return this.value;
  }
  reset(): void {
    this.value = undefined;
  }
}

/** "1 conflict" / "3 conflicts": each form is a whole string so translators can word both. */
export const counts = {
  conflicts: (n: number) => (n === 1 ? vscode.l10n.t('1 conflict') : vscode.l10n.t('{0} conflicts', n)),
  mentions: (n: number) => (n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n)),
  clusters: (n: number) => (n === 1 ? vscode.l10n.t('1 cluster') : vscode.l10n.t('{0} clusters', n)),
  copies: (n: number) => (n === 1 ? vscode.l10n.t('1 copy') : vscode.l10n.t('{0} copies', n)),
  figures: (n: number) => (n === 1 ? vscode.l10n.t('1 figure') : vscode.l10n.t('{0} figures', n)),
  sources: (n: number) => (n === 1 ? vscode.l10n.t('1 source') : vscode.l10n.t('{0} sources', n)),
  orphans: (n: number) => (n === 1 ? vscode.l10n.t('1 orphaned decision (see output)') : vscode.l10n.t('{0} orphaned decisions (see output)', n)),
};
