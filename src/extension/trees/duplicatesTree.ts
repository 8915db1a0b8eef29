import * as vscode from 'vscode';
import type { AsyncWorkerApi } from '../../worker/client';
import { baseName, DocumentTexts, lineIndex, snippet } from '../report/documentText';
import { clusterLinks, type DuplicateCluster } from './grouping';
import { counts, Lazy, LensTreeProvider, type LensNode } from './lensTree';

/** Clusters of duplicated passages → their copies. */
export class DuplicatesTree extends LensTreeProvider {
  private readonly clusters: Lazy<DuplicateCluster[]>;

  constructor(
    private readonly api: () => AsyncWorkerApi,
    private readonly texts: DocumentTexts,
  ) {
    super();
    this.clusters = new Lazy(async () => clusterLinks(await this.api().duplicates()));
  }

  protected invalidate(): void {
    this.clusters.reset();
  }

  async describe(): Promise<string> {
    return counts.clusters((await this.clusters.get()).length);
  }

  protected async roots(): Promise<LensNode[]> {
    const clusters = await this.clusters.get();
    return Promise.all(
      clusters.map(async (cluster) => {
        const first = cluster.copies[0];
        const text = await this.texts.get(first.doc);
        return {
          id: `cluster:${cluster.id}`,
          label: text === undefined ? cluster.id : snippet(text, first.start, first.end, 80),
          description: `${counts.copies(cluster.copies.length)} · ${cluster.kinds.join(', ')}`,
          icon: new vscode.ThemeIcon('copy'),
          contextValue: 'sourceLens.duplicateCluster',
          children: async () =>
            Promise.all(
              cluster.copies.map(async (copy) => {
                const body = await this.texts.get(copy.doc);
                const line = body === undefined ? undefined : lineIndex(body)(copy.start);
                return {
                  id: `copy:${cluster.id}:${copy.doc}:${copy.start}:${copy.end}`,
                  label: line === undefined ? baseName(copy.doc) : `${baseName(copy.doc)}:${line}`,
                  description: body === undefined ? undefined : snippet(body, copy.start, copy.end, 100),
                  tooltip: body === undefined ? undefined : snippet(body, copy.start, copy.end, 600),
                  icon: vscode.ThemeIcon.File,
                  contextValue: 'sourceLens.duplicateCopy',
                  reveal: { doc: copy.doc, start: copy.start, end: copy.end },
                } satisfies LensNode;
              }),
            ),
        } satisfies LensNode;
      }),
    );
  }
}
