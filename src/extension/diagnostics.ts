import * as vscode from 'vscode';
import type { Conflict } from '../engine';
import type { ConflictProblem, DuplicateProblem, LineRange } from '../worker/protocol';
import type { ConflictSeverity } from './config';
import type { SurfaceContext } from './surfaceContext';

/** One side of a conflict, where the reader can go to: the figure in `uri` that another source contradicts. */
export interface ConflictEntry {
  uri: vscode.Uri;
  range: vscode.Range;
  conflict: Conflict;
  /** The note written from this side ("b.md says 2,000 km; this says 500 km (4× smaller)"). */
  note: string;
  other: { uri: vscode.Uri; range: vscode.Range | undefined; text: string };
}

const SEVERITY: Record<Exclude<ConflictSeverity, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const toRange = (r: LineRange) => new vscode.Range(r[0], r[1], r[2], r[3]);

/**
 * Conflicts shown per file in the Problems panel; the rest are summed up in one entry. "Go to Next Conflict" and
 * "Show Conflicts" still walk all of them. Thousands of entries per file would only slow the panel down.
 */
const MAX_DIAGNOSTICS_PER_FILE = 200;
/**
 * A rebuild asked for while one runs waits this many times the last rebuild's duration (at most MAX_PAUSE_MS), so
 * that a workspace being indexed, which changes every moment, leaves the extension host free most of the time.
 */
const PAUSE_FACTOR = 2;
const MAX_PAUSE_MS = 10_000;

/**
 * The Problems panel: every cross-source conflict that no reviewer dismissed, in every indexed document, at the
 * configured severity; duplicated passages as information when asked. It also keeps the list of conflicts that
 * "Go to Next Conflict" and "Show Conflicts" walk, whatever the severity.
 */
export class ConflictProblems implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourceLens');
  private list: ConflictEntry[] = [];
  private running: Promise<void> | undefined;
  private again = false;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the conflict list and the Problems panel were rebuilt. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly ctx: SurfaceContext) {
    this.subscriptions.push(
      this.collection,
      this.changed,
      ctx.service.onDidChange(() => this.refresh()),
      ctx.review.onDidChange(() => this.refresh()),
      ctx.config.onDidChange((change) => {
        if (change.affects('conflictSeverity') || change.affects('duplicatesInProblems')) this.refresh();
      }),
    );
  }

  /** Conflict sides across the corpus, by file and position. */
  get entries(): readonly ConflictEntry[] {
    return this.list;
  }

  /** Rebuilds from the worker; calls during a rebuild coalesce into one more rebuild. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.ctx.service.tracker
      .track(this.rebuildUntilCurrent())
      .catch((err: Error) => this.ctx.log.appendLine(`Updating the Problems panel failed: ${err.message}`))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async rebuildUntilCurrent(): Promise<void> {
    for (;;) {
      this.again = false;
      const started = Date.now();
      await this.rebuild();
      if (!this.again) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(MAX_PAUSE_MS, PAUSE_FACTOR * (Date.now() - started))));
    }
  }

  private wantsDuplicates(): boolean {
    if (this.ctx.config.value.duplicatesInProblems) return true;
    return (vscode.workspace.workspaceFolders ?? []).some((f) => this.ctx.config.forResource(f.uri).duplicatesInProblems);
  }

  private async rebuild(): Promise<void> {
    const { conflicts, duplicates } = await this.ctx.service.api.problems(this.wantsDuplicates());
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    const add = (uri: vscode.Uri, d: vscode.Diagnostic) => {
      const key = uri.toString();
      const entry = byUri.get(key) ?? { uri, diagnostics: [] };
      entry.diagnostics.push(d);
      byUri.set(key, entry);
    };
    const entries = this.conflictEntries(conflicts);
    const shown = new Map<vscode.Uri, number>();
    for (const entry of entries) {
      const severity = this.ctx.config.forResource(entry.uri).conflictSeverity;
      if (severity === 'off') continue;
      const count = (shown.get(entry.uri) ?? 0) + 1;
      shown.set(entry.uri, count);
      if (count > MAX_DIAGNOSTICS_PER_FILE) continue;
      const d = new vscode.Diagnostic(entry.range, entry.note, SEVERITY[severity]);
      d.source = 'Source Lens';
      d.code = 'conflict';
      if (entry.other.range) {
        // VS Code prefixes the file name and position; the message is the other source's own words.
        d.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(entry.other.uri, entry.other.range), `“${entry.other.text}”`)];
      }
      add(entry.uri, d);
    }
    for (const [uri, count] of shown) {
      if (count <= MAX_DIAGNOSTICS_PER_FILE) continue;
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), vscode.l10n.t('{0} more conflicts in this file: run "Source Lens: Show Conflicts" to see them all.', count - MAX_DIAGNOSTICS_PER_FILE), vscode.DiagnosticSeverity.Information);
      d.source = 'Source Lens';
      d.code = 'conflict-overflow';
      add(uri, d);
    }
    for (const [uri, d] of this.duplicateDiagnostics(duplicates)) add(uri, d);
    // Keys computed once: a comparator that builds URI strings costs more than the sort at 100k entries.
    const keyed = entries.map((e) => ({ e, key: e.uri.toString() }));
    keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.e.range.start.compareTo(y.e.range.start)));
    this.list = keyed.map((k) => k.e);
    this.collection.clear();
    for (const { uri, diagnostics } of byUri.values()) this.collection.set(uri, diagnostics);
    this.changed.fire();
  }

  private conflictEntries(problems: ConflictProblem[]): ConflictEntry[] {
    const out: ConflictEntry[] = [];
    // One Uri object per document: entries of one file share it, and parsing is not free at 100k conflicts.
    const uris = new Map<string, vscode.Uri>();
    const uriOf = (doc: string) => {
      let uri = uris.get(doc);
      if (!uri) uris.set(doc, (uri = vscode.Uri.parse(doc)));
      return uri;
    };
    for (const { conflict, noteForB, ranges } of problems) {
      if (this.ctx.review.isDismissed(conflict)) continue;
      const [ra, rb] = ranges;
      const ua = uriOf(conflict.a.doc);
      const ub = uriOf(conflict.b.doc);
      if (ra) out.push({ uri: ua, range: toRange(ra), conflict, note: conflict.note, other: { uri: ub, range: rb ? toRange(rb) : undefined, text: conflict.b.claim.text } });
      if (rb) out.push({ uri: ub, range: toRange(rb), conflict, note: noteForB, other: { uri: ua, range: ra ? toRange(ra) : undefined, text: conflict.a.claim.text } });
    }
    return out;
  }

  /** One information entry per duplicated passage, listing its copies as related locations. */
  private duplicateDiagnostics(problems: DuplicateProblem[]): Array<[vscode.Uri, vscode.Diagnostic]> {
    const passages = new Map<string, { uri: vscode.Uri; range: vscode.Range; copies: vscode.DiagnosticRelatedInformation[]; best: number }>();
    for (const { link, ranges } of problems) {
      for (const [mine, other, rMine, rOther] of [
        [link.a, link.b, ranges[0], ranges[1]],
        [link.b, link.a, ranges[1], ranges[0]],
      ] as const) {
        if (!rMine || !rOther) continue;
        const uri = vscode.Uri.parse(mine.doc);
        if (!this.ctx.config.forResource(uri).duplicatesInProblems) continue;
        const key = `${mine.doc}\u0000${mine.start}\u0000${mine.end}`;
        const entry = passages.get(key) ?? { uri, range: toRange(rMine), copies: [], best: 0 };
        entry.best = Math.max(entry.best, link.similarity);
        entry.copies.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(other.doc), toRange(rOther)), vscode.l10n.t('{0} copy ({1}% similar)', link.kind, Math.round(link.similarity * 100))));
        passages.set(key, entry);
      }
    }
    return [...passages.values()].map(({ uri, range, copies }) => {
      const d = new vscode.Diagnostic(range, vscode.l10n.t('This passage also appears in {0} other place(s).', copies.length), vscode.DiagnosticSeverity.Information);
      d.source = 'Source Lens';
      d.code = 'duplicate';
      d.relatedInformation = copies;
      return [uri, d] as [vscode.Uri, vscode.Diagnostic];
    });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
