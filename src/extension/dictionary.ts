import * as vscode from 'vscode';
import { EMPTY_DICTIONARY, ENTITY_TYPES, parseDictionary } from '../engine/config';
import type { Dictionary, EntityType } from '../engine';
import { WorkspaceJsonFile } from './workspaceFiles';

/** Where a loaded dictionary goes; `CorpusService.setDictionary` re-runs entity detection with it. */
export interface DictionarySink {
  setDictionary(dictionary: Dictionary): unknown;
}

export function serializeDictionary(dictionary: Dictionary): string {
  const entities = dictionary.entities.map((e) => (e.aliases?.length ? { name: e.name, type: e.type, aliases: e.aliases } : { name: e.name, type: e.type }));
  return JSON.stringify({ entities, ignore: dictionary.ignore }, null, 2) + '\n';
}

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** Adds (or retypes) one entity; names compare case-insensitively so a second add never duplicates an entry. */
export function withEntity(dictionary: Dictionary, name: string, type: EntityType): Dictionary {
  const entities = dictionary.entities.filter((e) => !same(e.name, name));
  const previous = dictionary.entities.find((e) => same(e.name, name));
  entities.push({ name, type, aliases: previous?.aliases ?? [] });
  return { entities, ignore: dictionary.ignore.filter((s) => !same(s, name)) };
}

/** Adds surface forms to `ignore`, skipping those already there. */
export function withIgnored(dictionary: Dictionary, forms: readonly string[]): Dictionary {
  const ignore = [...dictionary.ignore];
  for (const form of forms) if (form.trim() && !ignore.some((s) => same(s, form))) ignore.push(form.trim());
  return { entities: dictionary.entities, ignore };
}

/**
 * The workspace dictionary `.sourcelens/dictionary.json`: loaded, watched, validated, handed to the analysis, and
 * edited by the Add to Dictionary and Ignore Entity commands.
 */
export class DictionaryStore implements vscode.Disposable {
  private readonly file: WorkspaceJsonFile<Dictionary>;
  private readonly subscription: vscode.Disposable;

  constructor(folder: vscode.Uri, log: vscode.OutputChannel, private readonly sink: Partial<DictionarySink>) {
    this.file = new WorkspaceJsonFile<Dictionary>({ folder, name: 'dictionary.json', empty: EMPTY_DICTIONARY, parse: parseDictionary, serialize: serializeDictionary, log });
    this.subscription = this.file.onDidChange((dictionary) => this.apply(dictionary));
  }

  get value(): Dictionary {
    return this.file.value;
  }

  get uri(): vscode.Uri {
    return this.file.uri;
  }

  get status() {
    return this.file.status;
  }

  load(): Promise<void> {
    return this.file.load();
  }

  private apply(dictionary: Dictionary): void {
    if (typeof this.sink.setDictionary === 'function') void Promise.resolve(this.sink.setDictionary(dictionary));
  }

  addEntity(name: string, type: EntityType): Promise<boolean> {
    return this.file.update((d) => withEntity(d, name, type));
  }

  ignore(forms: readonly string[]): Promise<boolean> {
    return this.file.update((d) => withIgnored(d, forms));
  }

  dispose(): void {
    this.subscription.dispose();
    this.file.dispose();
  }
}

/** Quick pick of the entity types, labelled for people. */
export async function pickEntityType(): Promise<EntityType | undefined> {
  const labels: Record<EntityType, string> = {
    person: vscode.l10n.t('Person'),
    place: vscode.l10n.t('Place'),
    organization: vscode.l10n.t('Organization'),
    product: vscode.l10n.t('Product or weapon system'),
    event: vscode.l10n.t('Event'),
    nationality: vscode.l10n.t('Nationality'),
  };
  const pick = await vscode.window.showQuickPick(
    ENTITY_TYPES.map((type) => ({ label: labels[type], type })),
    { title: vscode.l10n.t('Source Lens: entity type'), placeHolder: vscode.l10n.t('What kind of name is this?') },
  );
  return pick?.type;
}
