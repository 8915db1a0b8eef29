import { DEFAULT_CONFLICT_OPTIONS } from './conflicts/index';
import { DEFAULT_REUSE_OPTIONS } from './reuse/index';
import type { AnalyzerOptions, Dictionary, EntityType } from './types';
import { jsonLineFinder, parseJson, type ParseResult } from './util/json';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'product', 'event', 'nationality'];

export const EMPTY_DICTIONARY: Dictionary = { entities: [], ignore: [] };

export const DEFAULT_OPTIONS: AnalyzerOptions = {
  reuse: DEFAULT_REUSE_OPTIONS,
  conflicts: DEFAULT_CONFLICT_OPTIONS,
  dictionary: EMPTY_DICTIONARY,
};

export interface PartialOptions {
  reuse?: Partial<AnalyzerOptions['reuse']>;
  conflicts?: Partial<AnalyzerOptions['conflicts']>;
  dictionary?: Dictionary;
  displayName?: (docId: string) => string;
}

/** Fills defaults; a value of the wrong type falls back to its default rather than poisoning the analysis. */
export function resolveOptions(partial: PartialOptions = {}): AnalyzerOptions {
  const pick = <T extends object>(defaults: T, given: Partial<T> | undefined): T => {
    const out = { ...defaults };
    for (const key of Object.keys(defaults) as Array<keyof T>) {
      const value = given?.[key];
      if (value !== undefined && typeof value === typeof defaults[key] && !(typeof value === 'number' && !Number.isFinite(value))) {
        out[key] = value as T[keyof T];
      }
    }
    return out;
  };
  return {
    reuse: pick(DEFAULT_OPTIONS.reuse, partial.reuse),
    conflicts: pick(DEFAULT_OPTIONS.conflicts, partial.conflicts),
    dictionary: partial.dictionary ?? EMPTY_DICTIONARY,
    displayName: partial.displayName,
  };
}


/**
 * Validates `.sourcelens/dictionary.json`:
 * `{ "entities": [{ "name": "...", "type": "person", "aliases": ["..."] }], "ignore": ["..."] }`.
 */
export function parseDictionary(text: string): ParseResult<Dictionary> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const raw = parsed.value as { entities?: unknown; ignore?: unknown } | null;
  const lineOfPath = jsonLineFinder(text);
  const fail = (error: string, path: string): ParseResult<Dictionary> => ({ ok: false, error, line: lineOfPath(path) });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail('the dictionary must be a JSON object', '');
  const dictionary: Dictionary = { entities: [], ignore: [] };
  if (raw.entities !== undefined) {
    if (!Array.isArray(raw.entities)) return fail('"entities" must be an array', 'entities');
    for (const [i, entry] of raw.entities.entries()) {
      const e = entry as { name?: unknown; type?: unknown; aliases?: unknown };
      if (!e || typeof e !== 'object' || typeof e.name !== 'string' || e.name.trim() === '') {
        return fail(`entities[${i}] needs a non-empty "name"`, `entities.${i}.name`);
      }
      if (typeof e.type !== 'string' || !ENTITY_TYPES.includes(e.type as EntityType)) {
        return fail(`entities[${i}] ("${e.name}") has type ${JSON.stringify(e.type)}; use one of ${ENTITY_TYPES.join(', ')}`, `entities.${i}.type`);
      }
      if (e.aliases !== undefined && !(Array.isArray(e.aliases) && e.aliases.every((a) => typeof a === 'string'))) {
        return fail(`entities[${i}] ("${e.name}") "aliases" must be an array of strings`, `entities.${i}.aliases`);
      }
      dictionary.entities.push({ name: e.name.trim(), type: e.type as EntityType, aliases: (e.aliases as string[] | undefined) ?? [] });
    }
  }
  if (raw.ignore !== undefined) {
    if (!Array.isArray(raw.ignore) || !raw.ignore.every((s) => typeof s === 'string')) {
      return fail('"ignore" must be an array of strings', 'ignore');
    }
    dictionary.ignore = raw.ignore as string[];
  }
  return { ok: true, value: dictionary };
}
