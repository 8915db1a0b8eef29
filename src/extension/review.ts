import * as vscode from 'vscode';
import type { Claim, ClaimRef, Conflict } from '../engine';
import { createQuoteAnchor } from '../engine/review/anchor';
import {
  applyDecisions,
  emptyReviewFile,
  parseReviewFile,
  resolveDecisions,
  serializeReviewFile,
  withDecision,
  type Decision,
  type ResolvedDecision,
  type ReviewFile,
  type ReviewOutcome,
} from '../engine/review/decisions';
import { DocumentTexts } from './report/documentText';
import type { ReviewState } from './surfaceContext';
import { stateFolder, WorkspaceJsonFile, type FileStatus } from './workspaceFiles';

/** Review decisions with the operations the commands need; `createReviewState` returns one. */
export interface ReviewStore extends ReviewState, vscode.Disposable {
  /** Decisions whose quote can no longer be found; shown as orphaned, never moved. */
  orphaned(): readonly Decision[];
  /** Every decision with where its quote is now (workspace-relative document paths). */
  resolved(): readonly ResolvedDecision[];
  readonly status: FileStatus | undefined;
  markVerified(doc: string, text: string, claim: Claim): Promise<boolean>;
  dismiss(conflict: Conflict, textOf: (doc: string) => Promise<string | undefined>): Promise<boolean>;
  /** Loads `.sourcelens/review.json` and re-anchors it. */
  load(): Promise<void>;
}

/**
 * `.sourcelens/review.json`: figures marked verified and conflicts dismissed. Decisions are quote anchors,
 * re-anchored when the file loads and whenever a document they point into changes, so they follow their figure.
 */
export function createReviewState(ctx: { extension?: vscode.ExtensionContext; log: vscode.OutputChannel }): ReviewStore {
  const folder = stateFolder();
  const log = ctx.log;
  const emitter = new vscode.EventEmitter<void>();
  const texts = new DocumentTexts();
  const file = folder
    ? new WorkspaceJsonFile<ReviewFile>({ folder, name: 'review.json', empty: emptyReviewFile(), parse: parseReviewFile, serialize: serializeReviewFile, log })
    : undefined;
  let resolved: ResolvedDecision[] = [];
  let outcome: ReviewOutcome = applyDecisions([], []);
  const docTexts = new Map<string, string | undefined>();
  const reportedOrphans = new Set<string>();
  let generation = 0;

  /** Decisions name documents by workspace-relative path, so review.json survives moving the workspace. */
  const relative = (doc: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(doc), false);
  const absolute = (rel: string) => (folder ? vscode.Uri.joinPath(folder, rel).toString() : rel);
  const relRef = (ref: ClaimRef): ClaimRef => ({ doc: relative(ref.doc), claim: ref.claim });

  function recompute(): void {
    const value = file?.value ?? emptyReviewFile();
    resolved = resolveDecisions(value, (doc) => docTexts.get(doc));
    outcome = applyDecisions([], resolved);
    for (const d of outcome.orphaned) {
      const key = `${d.kind}\u0000${d.doc}\u0000${d.anchor.start}\u0000${d.anchor.exact}`;
      if (reportedOrphans.has(key)) continue;
      reportedOrphans.add(key);
      log.appendLine(
        `Orphaned review decision: "${d.kind}" on “${d.anchor.exact}” in ${d.doc}${d.other ? ` (against ${d.other.doc})` : ''} can no longer be found; it stays in review.json but applies to nothing.`,
      );
    }
    emitter.fire();
  }

  async function reanchor(): Promise<void> {
    const mine = ++generation;
    const value = file?.value ?? emptyReviewFile();
    const docs = new Set<string>();
    for (const d of value.decisions) {
      docs.add(d.doc);
      if (d.other) docs.add(d.other.doc);
    }
    texts.clear();
    const loaded = await Promise.all([...docs].map(async (doc) => [doc, await texts.get(absolute(doc))] as const));
    if (mine !== generation) return;
    docTexts.clear();
    for (const [doc, text] of loaded) docTexts.set(doc, text);
    recompute();
  }

  const subscriptions: vscode.Disposable[] = [emitter];
  if (file) {
    subscriptions.push(file, file.onDidChange(() => void reanchor()));
  }
  subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      const rel = relative(e.document.uri.toString());
      if (!docTexts.has(rel)) return;
      docTexts.set(rel, e.document.getText());
      recompute();
    }),
  );

  const refuseWithoutFolder = () => {
    void vscode.window.showWarningMessage(vscode.l10n.t('Source Lens: open a folder to save review decisions (they go to .sourcelens/review.json).'));
    return false;
  };

  const store: ReviewStore = {
    onDidChange: emitter.event,
    get status() {
      return file?.status;
    },
    isDismissed(conflict: Conflict): boolean {
      if (resolved.length === 0) return false;
      const rel = { ...conflict, a: relRef(conflict.a), b: relRef(conflict.b) };
      return applyDecisions([rel], resolved).dismissed.length > 0;
    },
    isVerified(doc: string, claim: Claim): boolean {
      return resolved.length > 0 && outcome.verified({ doc: relative(doc), claim }) !== undefined;
    },
    orphaned: () => outcome.orphaned,
    resolved: () => resolved,
    async markVerified(doc, text, claim) {
      if (!file) return refuseWithoutFolder();
      const rel = relative(doc);
      docTexts.set(rel, text);
      const decision: Decision = { kind: 'verified', doc: rel, anchor: createQuoteAnchor(text, claim), at: new Date().toISOString() };
      return file.update((f) => withDecision(f, decision));
    },
    async dismiss(conflict, textOf) {
      if (!file) return refuseWithoutFolder();
      const [ta, tb] = await Promise.all([textOf(conflict.a.doc), textOf(conflict.b.doc)]);
      if (ta === undefined || tb === undefined) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Source Lens: the documents of this conflict could not be read.'));
        return false;
      }
      const a = relative(conflict.a.doc);
      const b = relative(conflict.b.doc);
      docTexts.set(a, ta);
      docTexts.set(b, tb);
      const decision: Decision = {
        kind: 'dismissed',
        doc: a,
        anchor: createQuoteAnchor(ta, conflict.a.claim),
        other: { doc: b, anchor: createQuoteAnchor(tb, conflict.b.claim) },
        note: conflict.note,
        at: new Date().toISOString(),
      };
      return file.update((f) => withDecision(f, decision));
    },
    load: async () => {
      await file?.load();
      await reanchor();
    },
    dispose() {
      subscriptions.forEach((s) => s.dispose());
    },
  };
  void store.load();
  return store;
}

/** True when the review state given to the surfaces can also record decisions. */
export function isReviewStore(state: ReviewState): state is ReviewStore {
  const s = state as Partial<ReviewStore>;
  return typeof s.markVerified === 'function' && typeof s.dismiss === 'function' && typeof s.orphaned === 'function';
}
