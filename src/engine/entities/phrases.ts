import type { EntityType, Token } from '../types';
import { foldPunctuation, isLetterCode, isSpaceCode, isUpperCode } from '../text/chars';
import type { CaseRule } from './lexicon/known-entities';

/** What a known surface form stands for. */
export interface PhraseEntry {
  type: EntityType;
  /** Canonical name of the entity; empty when the article's own spelling is canonical. */
  name: string;
  caseRule: CaseRule;
  /** Exact spelling required when caseRule is 'exact'. */
  surface?: string;
  /** For a nationality: the canonical name of its place. */
  place?: string;
  /** Entity id, when the entry stands for an entity already identified in the document. */
  entity?: string;
}

export interface PhraseMatch {
  /** Token index one past the match. */
  end: number;
  entry: PhraseEntry;
}

/** Longest phrase matched, in tokens; longer country names ("United Kingdom of Great Britain...") are rare. */
const MAX_PHRASE_TOKENS = 10;

/** Lookup key of tokens[from..to): norms, with a space wherever the text had one. */
export function tokenKey(tokens: readonly Token[], from: number, to: number): string {
  let key = tokens[from].norm;
  for (let k = from + 1; k < to; k++) key += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].norm;
  return key;
}

/**
 * The key of a phrase given as a string (as `tokenKey` would build it from the phrase's tokens), and the keys of
 * its token prefixes, the last one being the key. Token boundaries are spaces and changes between letters, digits
 * and other characters, each of which is a token of its own.
 */
export function phraseKeys(phrase: string): string[] {
  return prefixKeys(normalizePhrase(phrase));
}

/** Lower case, curly quotes and dashes folded, runs of white space as one space. */
export function normalizePhrase(phrase: string): string {
  let key = '';
  let space = false;
  for (let k = 0; k < phrase.length; k++) {
    const c = phrase.charCodeAt(k);
    if (isSpaceCode(c) || c === 10 || c === 13) {
      space = key.length > 0;
      continue;
    }
    if (space) key += ' ';
    space = false;
    key += isLetterCode(c) ? phrase[k] : foldPunctuation(phrase[k]);
  }
  return key.toLowerCase();
}

/** The keys of the token prefixes of a normalised key, the key itself last. */
export function prefixKeys(key: string): string[] {
  const keys: string[] = [];
  let prev = -1;
  for (let k = 0; k < key.length; k++) {
    const cls = charClass(key.charCodeAt(k));
    if (k > 0 && (cls === SPACE || cls === OTHER || cls !== prev) && prev !== SPACE) keys.push(key.slice(0, k));
    prev = cls;
  }
  if (key.length > 0) keys.push(key);
  return keys;
}

const SPACE = 0;
const LETTER = 1;
const DIGIT = 2;
const OTHER = 3;

function charClass(c: number): number {
  if (c === 32) return SPACE;
  if (c >= 48 && c <= 57) return DIGIT;
  return isLetterCode(c) || (c >= 0xd800 && c <= 0xdfff) ? LETTER : OTHER;
}

/** Known surface forms keyed by token key, with every token prefix indexed so a miss stops the scan early. */
export class PhraseIndex {
  private readonly entries = new Map<string, PhraseEntry[]>();
  private readonly prefixes = new Set<string>();

  add(surface: string, entry: PhraseEntry, override = false): void {
    this.addKeys(phraseKeys(surface), surface, entry, override);
  }

  /** Adds a key that is already normalised (`normalizePhrase`), as the generated gazetteers are. */
  addNormalized(key: string, entry: PhraseEntry): void {
    this.addKeys(prefixKeys(key), key, entry, false);
  }

  private addKeys(keys: string[], surface: string, entry: PhraseEntry, override: boolean): void {
    if (keys.length === 0) return;
    const key = keys[keys.length - 1];
    const list = this.entries.get(key);
    const stored: PhraseEntry = entry.caseRule === 'exact' ? { ...entry, surface: surface.trim() } : entry;
    if (!list) this.entries.set(key, [stored]);
    else if (override) list.unshift(stored);
    else list.push(stored);
    for (const prefix of keys) this.prefixes.add(prefix);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Longest entry starting at token `i` whose case rule the text satisfies. */
  match(tokens: readonly Token[], i: number, caseFree: (i: number) => boolean): PhraseMatch | undefined {
    if (!this.prefixes.has(tokens[i].norm)) return undefined;
    let key = '';
    let best: PhraseMatch | undefined;
    const limit = Math.min(tokens.length, i + MAX_PHRASE_TOKENS);
    for (let j = i; j < limit; j++) {
      const tok = tokens[j];
      key = j === i ? tok.norm : key + (tok.start > tokens[j - 1].end ? ' ' : '') + tok.norm;
      if (!this.prefixes.has(key)) break;
      const list = this.entries.get(key);
      if (!list) continue;
      for (const entry of list) {
        if (accepts(entry, tokens, i, j + 1, caseFree)) {
          best = { end: j + 1, entry };
          break;
        }
      }
    }
    return best;
  }
}

function accepts(entry: PhraseEntry, tokens: readonly Token[], from: number, to: number, caseFree: (i: number) => boolean): boolean {
  const first = tokens[from].text;
  if (entry.caseRule === 'any') return true;
  if (entry.caseRule === 'exact') {
    let text = first;
    for (let k = from + 1; k < to; k++) text += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
    return text === entry.surface;
  }
  return caseFree(from) || isUpperCode(first.charCodeAt(0));
}
