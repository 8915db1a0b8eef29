import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import type { ScannedDocument } from '../types';
import { isUpperCode } from '../text/chars';
import { STOPWORDS } from './stopwords';

export const TERM_CONTENT = 0;
export const TERM_NAME = 1;
export const TERM_NUMBER = 2;

/**
 * One sentence as a bag of term ids, for the restatement detector. The numbers live in one array per document
 * (`data`, from `at`): `count` sorted distinct term ids, their `count` frequencies, then `sequenceLength` content
 * term ids in reading order with -1 between words that are not side by side in the text (so that a shared fixed
 * phrase such as "tactical nuclear weapons" can be told from shared words used freely). One array per document
 * instead of three per sentence keeps a 10k-article corpus in tens of megabytes.
 */
export interface SentenceTerms {
  /** Index into `doc.sentences`. */
  sentence: number;
  data: Int32Array;
  at: number;
  count: number;
  sequenceLength: number;
  /** Distinct content terms (neither names nor figures). */
  contentTerms: number;
}

export function termAt(s: SentenceTerms, k: number): number {
  return s.data[s.at + k];
}

export function frequencyAt(s: SentenceTerms, k: number): number {
  return s.data[s.at + s.count + k];
}

export function sequenceAt(s: SentenceTerms, k: number): number {
  return s.data[s.at + 2 * s.count + k];
}

const WORD_CACHE_LIMIT = 500_000;
// Words that belong to a figure: two texts citing numbers share these without sharing any wording.
const FIGURE_WORDS = new Set(
  ('hundred thousand million billion trillion percent cent bn mn m k three four five six seven eight nine ten eleven ' +
    'twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy ' +
    'eighty ninety dozen dozens hundreds thousands millions billions half third quarter').split(' '),
);

/** Interns terms to small integers (remembering each term's kind) and caches stemming, per index. */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  // One lookup per token: the word as written maps straight to its term id, per kind.
  private readonly byWord: Array<Map<string, number>> = [new Map(), new Map(), new Map()];
  private readonly kinds: number[] = [];

  kind(term: number): number {
    return this.kinds[term];
  }

  private id(term: string, kind: number): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.kinds.length;
      this.ids.set(term, id);
      this.kinds.push(kind);
    }
    return id;
  }

  private termOf(word: string, kind: number): number {
    const cache = this.byWord[kind];
    let id = cache.get(word);
    if (id === undefined) {
      const key = kind === TERM_CONTENT ? PorterStemmer.stem(word) : (kind === TERM_NAME ? '@' : '#') + word;
      id = this.id(key, kind);
      if (cache.size < WORD_CACHE_LIMIT) cache.set(word, id);
    }
    return id;
  }

  /**
   * Bags of stemmed content words per sentence. Names (capitalised inside a sentence and never written in lower
   * case in the document), numbers and their units are kept apart as weak terms: two articles on one story share
   * those without sharing any text. Title-cased labels ("Joint Military Exercises:") stay content words.
   */
  sentenceTerms(doc: ScannedDocument): SentenceTerms[] {
    const out: SentenceTerms[] = [];
    const packed: number[] = [];
    const lowerSeen = lowerCaseWords(doc);
    let block = 0;
    for (let s = 0; s < doc.sentences.length; s++) {
      const sent = doc.sentences[s];
      while (block + 1 < doc.blocks.length && doc.blocks[block].tokenEnd <= sent.tokenStart) block++;
      // Headings and table rows are labels, not statements: their few words sit inside many real sentences.
      const kind = doc.blocks[block]?.kind;
      if (kind === 'heading' || kind === 'table-row' || kind === 'table-separator') continue;
      const bag = this.bag(doc, sent.tokenStart, sent.tokenEnd, s, lowerSeen, packed);
      if (bag) out.push(bag);
    }
    const data = Int32Array.from(packed);
    for (const bag of out) bag.data = data;
    return out;
  }

  /** Appends one sentence's numbers to `packed` and returns its bag (its `data` is set once the document is done). */
  private bag(
    doc: ScannedDocument,
    from: number,
    to: number,
    sentence: number,
    lowerSeen: ReadonlySet<string>,
    packed: number[],
  ): SentenceTerms | undefined {
    const tokens = doc.tokens;
    const ids: number[] = [];
    const sequence: number[] = [];
    let firstWord = true;
    let afterNumber = false;
    // Whether the previous token was a content word joined to this one only by a space or a hyphen.
    let glued = false;
    for (let t = from; t < to; t++) {
      const tok = tokens[t];
      const unit = afterNumber;
      afterNumber = tok.kind === 'number';
      const wasGlued: boolean = glued;
      glued = tok.norm === '-' && wasGlued;
      if (tok.kind === 'number') {
        ids.push(this.termOf(tok.norm, TERM_NUMBER));
        continue;
      }
      if (tok.kind !== 'word') continue;
      const initial = firstWord;
      firstWord = false;
      if (tok.norm.length < 2 || STOPWORDS.has(tok.norm)) continue;
      if (unit || FIGURE_WORDS.has(tok.norm)) {
        // The unit after a figure ("400 km", "86 million tonnes") is part of the figure.
        ids.push(this.termOf(tok.norm, TERM_NUMBER));
        afterNumber = FIGURE_WORDS.has(tok.norm);
      } else if (!initial && isUpperCode(tok.text.charCodeAt(0)) && !lowerSeen.has(tok.norm)) {
        ids.push(this.termOf(tok.norm, TERM_NAME));
      } else {
        const id = this.termOf(tok.norm, TERM_CONTENT);
        ids.push(id);
        if (!wasGlued && sequence.length > 0) sequence.push(-1);
        sequence.push(id);
        glued = true;
      }
    }
    if (ids.length === 0) return undefined;
    ids.sort((p, q) => p - q);
    const at = packed.length;
    const tf: number[] = [];
    let contentTerms = 0;
    for (let i = 0; i < ids.length; i++) {
      if (i === 0 || ids[i] !== ids[i - 1]) {
        packed.push(ids[i]);
        tf.push(1);
        if (this.kinds[ids[i]] === TERM_CONTENT) contentTerms++;
      } else {
        tf[tf.length - 1]++;
      }
    }
    for (const f of tf) packed.push(f);
    for (const id of sequence) packed.push(id);
    return { sentence, data: EMPTY, at, count: tf.length, sequenceLength: sequence.length, contentTerms };
  }
}

const EMPTY = new Int32Array(0);

function lowerCaseWords(doc: ScannedDocument): Set<string> {
  const seen = new Set<string>();
  for (const tok of doc.tokens) if (tok.kind === 'word' && !isUpperCode(tok.text.charCodeAt(0))) seen.add(tok.norm);
  return seen;
}
