import * as vscode from 'vscode';
import type { SourceLensApi } from '../../../src/extension/api';
import type { NodeSnapshot } from '../../../src/extension/trees/lensTree';

export type Snapshot = NodeSnapshot;

/** The tree behind a view as the user would expand it, through the test-only command. */
export async function treeSnapshot(viewId: string, depth: number): Promise<{ description?: string; nodes: Snapshot[] }> {
  return (await vscode.commands.executeCommand('sourceLens.test.treeSnapshot', viewId, depth)) as { description?: string; nodes: Snapshot[] };
}

export function findNode(nodes: Snapshot[], match: (n: Snapshot) => boolean): Snapshot | undefined {
  for (const n of nodes) {
    if (match(n)) return n;
    const inner = findNode(n.children ?? [], match);
    if (inner) return inner;
  }
  return undefined;
}

/** Runs Analyze Workspace and waits until the corpus is idle. */
export async function analyzed(api: SourceLensApi): Promise<void> {
  await vscode.commands.executeCommand('sourceLens.analyzeWorkspace');
  await api.idle();
}

/** Resolves once `promise` settles or `timeoutMs` passes, whichever is first; never rejects. */
export function settledWithin(promise: Thenable<unknown>, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    Promise.resolve(promise).then(
      () => (clearTimeout(timer), resolve(true)),
      () => (clearTimeout(timer), resolve(true)),
    );
  });
}
