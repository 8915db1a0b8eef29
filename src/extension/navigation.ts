import * as vscode from 'vscode';
import type { PassageRef } from '../engine';
import { claimAt, conflictsOfClaim, copiesAt } from '../worker/viewQuery';
import type { ConflictEntry, ConflictProblems } from './diagnostics';
import { docLabel, OPEN_LOCATION_COMMAND } from './markdown';
import { locationsOf, revealSpan } from './locations';
import type { SurfaceContext } from './surfaceContext';

/**
 * "Go to Definition" / peek on a duplicated passage lists its other copies; on a figure, the same figure in the other
 * sources (the disagreeing ones when it conflicts).
 */
export function createDefinitionProvider(ctx: SurfaceContext): vscode.DefinitionProvider {
  return {
    async provideDefinition(document, position, token) {
      const view = ctx.service.viewFor(document);
      if (!view) return undefined;
      const offset = document.offsetAt(position);
      let origin: { start: number; end: number } | undefined;
      let targets: PassageRef[] = [];
      const claim = claimAt(view, offset);
      if (claim) {
        const conflicts = conflictsOfClaim(view, claim.claim).filter((s) => !ctx.review.isDismissed(s.conflict));
        const refs = conflicts.length ? conflicts.map((s) => s.theirs) : (view.values[claim.index] ?? []).map((r) => r.ref);
        targets = refs.map((r) => ({ doc: r.doc, start: r.claim.start, end: r.claim.end }));
        origin = claim.claim;
      }
      if (!targets.length) {
        const copies = copiesAt(view, offset);
        targets = copies.map((c) => c.other);
        origin = copies[0]?.mine;
      }
      if (!targets.length || !origin || token.isCancellationRequested) return undefined;
      const originSelectionRange = new vscode.Range(document.positionAt(origin.start), document.positionAt(origin.end));
      const locations = await locationsOf(ctx.service, targets);
      if (token.isCancellationRequested) return undefined;
      return locations.map((l): vscode.LocationLink => ({ originSelectionRange, targetUri: l.uri, targetRange: l.range, targetSelectionRange: l.range }));
    },
  };
}

function pickPosition(entries: readonly ConflictEntry[], uri: string, position: vscode.Position, backwards: boolean): ConflictEntry | undefined {
  if (!entries.length) return undefined;
  const cmp = (e: ConflictEntry) => e.uri.toString().localeCompare(uri) || e.range.start.compareTo(position);
  if (backwards) {
    for (let i = entries.length - 1; i >= 0; i--) if (cmp(entries[i]) < 0) return entries[i];
    return entries[entries.length - 1];
  }
  return entries.find((e) => cmp(e) > 0) ?? entries[0];
}

async function reveal(entry: ConflictEntry): Promise<void> {
  const editor = await vscode.window.showTextDocument(entry.uri, { selection: entry.range, preview: false });
  editor.revealRange(entry.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Go to Next Conflict: the next conflicting figure after the cursor, across files, wrapping at the end. */
export async function goToConflict(problems: ConflictProblems, backwards = false): Promise<ConflictEntry | undefined> {
  const editor = vscode.window.activeTextEditor;
  const uri = editor?.document.uri.toString() ?? '';
  const position = editor?.selection.active ?? new vscode.Position(0, 0);
  // De-duplicate: one figure can conflict with several sources; stepping should move to the next figure.
  const unique = problems.entries.filter((e, i, all) => i === 0 || !(all[i - 1].uri.toString() === e.uri.toString() && all[i - 1].range.isEqual(e.range)));
  const next = pickPosition(unique, uri, position, backwards);
  if (!next) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Source Lens: no conflicts found.'));
    return undefined;
  }
  await reveal(next);
  return next;
}

/** Show Conflicts: a searchable list of every conflicting figure; picking one opens it. */
export async function showConflicts(problems: ConflictProblems): Promise<void> {
  const entries = problems.entries;
  if (!entries.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Source Lens: no conflicts found.'));
    return;
  }
  type Item = vscode.QuickPickItem & { entry?: ConflictEntry };
  const items: Item[] = [];
  let group = '';
  for (const entry of [...entries].sort((x, y) => x.conflict.subject.localeCompare(y.conflict.subject) || x.conflict.attribute.localeCompare(y.conflict.attribute))) {
    const key = `${entry.conflict.subject} · ${entry.conflict.attribute}`;
    if (key !== group) {
      group = key;
      items.push({ label: key, kind: vscode.QuickPickItemKind.Separator });
    }
    items.push({
      label: `$(warning) ${docLabel(entry.uri.toString())}:${entry.range.start.line + 1}`,
      description: entry.note,
      detail: vscode.workspace.asRelativePath(entry.uri),
      entry,
    });
  }
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Source Lens: conflicts'), matchOnDescription: true, matchOnDetail: true });
  if (picked?.entry) await reveal(picked.entry);
}

/** Commands behind navigation: hover links open places through `sourceLens.openLocation` only. */
export function registerNavigationCommands(problems: ConflictProblems): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(OPEN_LOCATION_COMMAND, async (doc: unknown, start: unknown, end: unknown) => {
      if (typeof doc !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
      await revealSpan(doc, start, end);
    }),
    vscode.commands.registerCommand('sourceLens.nextConflict', () => goToConflict(problems)),
    vscode.commands.registerCommand('sourceLens.previousConflict', () => goToConflict(problems, true)),
    vscode.commands.registerCommand('sourceLens.showConflicts', () => showConflicts(problems)),
  ];
}
