import type { EntityType, Token } from '../types';
import { isUpperCode } from '../text/chars';
import { tokenize } from '../text/tokenize';
import type { CaseRule } from './lexicon/known-entities';

/** What a known surface form stands for. */
export interface PhraseEntry {
  type: EntityType;
  /** Canonical name of the entity. */
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

const PLAIN_PHRASE = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u;

/** The key of a phrase given as a string, and the keys of its token prefixes (the last one is the key). */
export function phraseKeys(phrase: string): string[] {
  const trimmed = phrase.trim().replace(/\s+/g, ' ');
  if (PLAIN_PHRASE.test(trimmed)) {
    const lower = trimmed.toLowerCase();
    const keys: string[] = [];
    for (let k = lower.indexOf(' '); k >= 0; k = lower.indexOf(' ', k + 1)) keys.push(lower.slice(0, k));
    keys.push(lower);
    return keys;
  }
  const tokens = tokenize(trimmed);
  const keys: string[] = [];
  for (let m = 1; m <= tokens.length; m++) keys.push(tokenKey(tokens, 0, m));
  return keys;
}

/** Known surface forms keyed by token key, with every token prefix indexed so a miss stops the scan early. */
export class PhraseIndex {
  private readonly entries = new Map<string, PhraseEntry[]>();
  private readonly prefixes = new Set<string>();

  add(surface: string, entry: PhraseEntry, override = false): void {
    const keys = phraseKeys(surface);
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
