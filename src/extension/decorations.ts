import * as vscode from 'vscode';
import type { DocView } from '../worker/protocol';
import { HIGHLIGHT_KINDS, type ConfigStore, type DecorationStyle, type HighlightKind } from './config';
import type { ReviewState } from './surfaceContext';

type Ranges = Partial<Record<HighlightKind, Array<[number, number]>>>;

/** When several kinds share a line in gutter style, the icon of the most important one is shown. */
const GUTTER_PRIORITY: readonly HighlightKind[] = ['conflict', 'duplicate', 'claim', 'person', 'organization', 'product', 'place', 'event', 'nationality'];

function decorationType(kind: HighlightKind, style: DecorationStyle, media: vscode.Uri): vscode.TextEditorDecorationType {
  const color = new vscode.ThemeColor(`sourceLens.${kind}Highlight`);
  const ruler = { overviewRulerColor: color, overviewRulerLane: kind === 'conflict' ? vscode.OverviewRulerLane.Full : vscode.OverviewRulerLane.Right };
  if (style === 'gutter') {
    return vscode.window.createTextEditorDecorationType({
      ...ruler,
      gutterIconPath: vscode.Uri.joinPath(media, 'gutter', `${kind}.svg`),
      gutterIconSize: 'contain',
    });
  }
  const border = kind === 'conflict' ? new vscode.ThemeColor('sourceLens.conflictBorder') : color;
  if (style === 'underline') {
    return vscode.window.createTextEditorDecorationType({
      ...ruler,
      borderStyle: kind === 'duplicate' ? 'none none dotted none' : 'none none solid none',
      borderWidth: '0 0 2px 0',
      borderColor: border,
    });
  }
  return vscode.window.createTextEditorDecorationType({
    ...ruler,
    backgroundColor: color,
    borderRadius: '2px',
    // Conflicts also get a border so they stay visible on top of an entity, claim or passage highlight.
    ...(kind === 'conflict' ? { border: '1px solid', borderColor: border } : {}),
  });
}

/**
 * Spans of one view, by highlight kind. Conflicting claims are drawn as conflicts, not as plain claims, unless every
 * conflict they take part in was dismissed by a reviewer.
 */
export function rangesOf(view: DocView, isDismissed: (c: DocView['conflicts'][number]) => boolean = () => false): Ranges {
  const out: Ranges = {};
  const add = (kind: HighlightKind, start: number, end: number) => (out[kind] ??= []).push([start, end]);
  for (const m of view.mentions) add(m.type, m.start, m.end);
  const conflicting = new Set<string>();
  for (const c of view.conflicts) {
    if (isDismissed(c)) continue;
    for (const side of [c.a, c.b]) if (side.doc === view.doc) conflicting.add(`${side.claim.start}:${side.claim.end}`);
  }
  for (const c of view.claims) add(conflicting.has(`${c.start}:${c.end}`) ? 'conflict' : 'claim', c.start, c.end);
  const passages = new Set<string>();
  for (const d of view.duplicates) {
    for (const side of [d.a, d.b]) {
      const key = `${side.start}:${side.end}`;
      if (side.doc === view.doc && !passages.has(key)) {
        passages.add(key);
        add('duplicate', side.start, side.end);
      }
    }
  }
  return out;
}

/**
 * Draws highlights on visible editors only. Decoration types are created once per style and reused; redrawing
 * happens when a view changes, not on every keystroke (VS Code moves drawn ranges along with edits meanwhile).
 */
export class Decorations implements vscode.Disposable {
  private readonly types = new Map<HighlightKind, vscode.TextEditorDecorationType>();
  private style: DecorationStyle;
  private readonly applied = new Map<string, Ranges>();
  private enabled = true;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly config: ConfigStore,
    private readonly viewFor: (doc: vscode.TextDocument) => DocView | undefined,
    private readonly review: ReviewState,
    private readonly media: vscode.Uri,
  ) {
    this.style = config.value.highlightStyle;
    this.createTypes();
    this.subscriptions.push(
      config.onDidChange((change) => {
        if (change.affects('highlightStyle') && this.style !== change.config.highlightStyle) {
          this.style = change.config.highlightStyle;
          this.disposeTypes();
          this.createTypes();
        }
        if (change.affects('highlightStyle') || change.affects('highlightKinds')) this.redrawAll();
      }),
      review.onDidChange(() => this.redrawAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.redrawAll()),
    );
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  toggle(): boolean {
    this.enabled = !this.enabled;
    this.redrawAll();
    return this.enabled;
  }

  redrawAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.draw(editor);
  }

  /** Redraws the editors showing `uri`, or every visible editor when undefined. */
  redraw(uri: string | undefined): void {
    for (const editor of vscode.window.visibleTextEditors) if (!uri || editor.document.uri.toString() === uri) this.draw(editor);
  }

  /** Whether duplicated passages of this document are highlighted inline (not in the gutter, not switched off). */
  showsDuplicatesInline(doc: vscode.TextDocument): boolean {
    return this.enabled && this.style !== 'gutter' && this.config.forResource(doc.uri).highlightKinds.includes('duplicate');
  }

  /** What is drawn now, for the test API. */
  drawn(uri: string): Record<string, Array<[number, number]>> {
    return this.applied.get(uri) ?? {};
  }

  private draw(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const key = doc.uri.toString();
    const view = this.enabled ? this.viewFor(doc) : undefined;
    // A view computed for another text would put highlights in the wrong places: keep what VS Code has moved along.
    if (this.enabled && !view && this.applied.has(key)) return;
    const shown = new Set(this.config.forResource(doc.uri).highlightKinds);
    const all = view ? rangesOf(view, (c) => this.review.isDismissed(c)) : {};
    const drawn: Ranges = {};
    for (const kind of HIGHLIGHT_KINDS) if (shown.has(kind) && all[kind]?.length) drawn[kind] = all[kind];
    const toRange = ([s, e]: [number, number]) => new vscode.Range(doc.positionAt(s), doc.positionAt(e));
    const byKind = this.style === 'gutter' ? this.gutterLines(doc, drawn) : undefined;
    for (const kind of HIGHLIGHT_KINDS) {
      const ranges = byKind ? byKind.get(kind) ?? [] : (drawn[kind] ?? []).map(toRange);
      editor.setDecorations(this.types.get(kind)!, ranges);
    }
    this.applied.set(key, drawn);
  }

  /** One icon per line: the most important kind that starts on it. */
  private gutterLines(doc: vscode.TextDocument, drawn: Ranges): Map<HighlightKind, vscode.Range[]> {
    const lineKind = new Map<number, HighlightKind>();
    for (const kind of [...GUTTER_PRIORITY].reverse()) {
      for (const [s] of drawn[kind] ?? []) lineKind.set(doc.positionAt(s).line, kind);
    }
    const out = new Map<HighlightKind, vscode.Range[]>();
    for (const [line, kind] of lineKind) {
      const list = out.get(kind) ?? [];
      list.push(new vscode.Range(line, 0, line, 0));
      out.set(kind, list);
    }
    return out;
  }

  private createTypes(): void {
    for (const kind of HIGHLIGHT_KINDS) this.types.set(kind, decorationType(kind, this.style, this.media));
  }

  private disposeTypes(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }

  dispose(): void {
    this.disposeTypes();
    for (const s of this.subscriptions) s.dispose();
  }
}
