import * as vscode from 'vscode';
import type { ParseResult } from '../engine/util/json';
import { writeFileAtomic } from './atomicWrite';

/** The folder, inside the workspace, where Source Lens keeps everything it writes. */
export const STATE_FOLDER = '.sourcelens';

export type FileStatus = { status: 'missing' } | { status: 'ok' } | { status: 'broken'; error: string; line: number };

export interface JsonFileOptions<T> {
  /** Workspace folder that holds `.sourcelens/`. */
  folder: vscode.Uri;
  /** File name inside `.sourcelens/`, e.g. `dictionary.json`. */
  name: string;
  empty: T;
  parse(text: string): ParseResult<T>;
  serialize(value: T): string;
  log: vscode.OutputChannel;
}

/**
 * One user-editable JSON file in `.sourcelens/`. It is watched; a broken version is reported with its line, the last
 * good value is kept, and no edit is written until the user fixes the file, so their text is never overwritten.
 */
export class WorkspaceJsonFile<T> implements vscode.Disposable {
  private current: T;
  private lastText: string | undefined;
  private fileStatus: FileStatus = { status: 'missing' };
  private reported = '';
  private readonly emitter = new vscode.EventEmitter<T>();
  /** Fires after the file was (re)loaded with a new good value. */
  readonly onDidChange = this.emitter.event;
  private readonly watcher: vscode.FileSystemWatcher;
  private queue: Promise<unknown> = Promise.resolve();
  readonly uri: vscode.Uri;

  constructor(private readonly options: JsonFileOptions<T>) {
    this.current = options.empty;
    this.uri = vscode.Uri.joinPath(options.folder, STATE_FOLDER, options.name);
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(options.folder, `${STATE_FOLDER}/${options.name}`));
    const reload = () => void this.load();
    this.watcher.onDidCreate(reload);
    this.watcher.onDidChange(reload);
    this.watcher.onDidDelete(reload);
  }

  get value(): T {
    return this.current;
  }

  get status(): FileStatus {
    return this.fileStatus;
  }

  /** The path shown in messages: `.sourcelens/dictionary.json`. */
  get label(): string {
    return `${STATE_FOLDER}/${this.options.name}`;
  }

  /** Reads the file again; serialised with writes so a reload never interleaves with an edit. */
  load(): Promise<void> {
    const run = this.queue.then(() => this.read());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async read(): Promise<void> {
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(this.uri));
    } catch {
      if (this.fileStatus.status !== 'missing') {
        this.fileStatus = { status: 'missing' };
        this.lastText = undefined;
        this.current = this.options.empty;
        this.emitter.fire(this.current);
      }
      return;
    }
    if (text === this.lastText && this.fileStatus.status === 'ok') return;
    const parsed = text.trim() === '' ? ({ ok: true, value: this.options.empty } as const) : this.options.parse(text);
    if (!parsed.ok) {
      this.fileStatus = { status: 'broken', error: parsed.error, line: parsed.line };
      const message = vscode.l10n.t(
        'Source Lens: {0} line {1}: {2}. The last good version stays in use, and Source Lens will not change the file until it is fixed.',
        this.label,
        parsed.line,
        parsed.error,
      );
      this.options.log.appendLine(message);
      if (this.reported !== message) {
        this.reported = message;
        void vscode.window.showErrorMessage(message);
      }
      return;
    }
    this.reported = '';
    this.fileStatus = { status: 'ok' };
    this.lastText = text;
    this.current = parsed.value;
    this.emitter.fire(this.current);
  }

  /**
   * Applies `edit` to the value on disk and writes the result atomically. Refuses (and says why) while the file is
   * broken. Returns whether the file was written.
   */
  update(edit: (current: T) => T | undefined): Promise<boolean> {
    const run = this.queue.then(async () => {
      await this.read();
      if (this.fileStatus.status === 'broken') {
        const message = vscode.l10n.t(
          'Source Lens: {0} has an error on line {1} ({2}). Fix it first; Source Lens does not overwrite a file it cannot read.',
          this.label,
          this.fileStatus.line,
          this.fileStatus.error,
        );
        this.options.log.appendLine(message);
        void vscode.window.showErrorMessage(message);
        return false;
      }
      const next = edit(this.current);
      if (next === undefined) return false;
      const text = this.options.serialize(next);
      await writeFileAtomic(this.uri, text);
      this.lastText = text;
      this.fileStatus = { status: 'ok' };
      this.current = next;
      this.emitter.fire(next);
      return true;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  dispose(): void {
    this.watcher.dispose();
    this.emitter.dispose();
  }
}

/** The workspace folder whose `.sourcelens/` Source Lens uses: the first one (multi-root workspaces share it). */
export function stateFolder(): vscode.Uri | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** True when `uri` lies inside a `.sourcelens/` folder. */
export function isStateFile(uri: vscode.Uri): boolean {
  return uri.path.split('/').includes(STATE_FOLDER);
}
