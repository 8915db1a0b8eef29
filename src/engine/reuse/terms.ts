import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { fnv1a } from './hash';
import type { ScannedDocument } from '../types';
import { groupStem } from './synonyms';
import { FLAG_CAPITAL, FLAG_NUMBER, FLAG_STOP, isLabelBlock, wordTokens, type PreparedDoc } from './prepare';

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
    'eighty ninety dozen dozens hundreds thousands millions billions half third quarter')
    .split(' ')
    .map((w) => fnv1a(w) | 0),
);

/**
 * Interns terms to small integers (remembering each term's kind) and caches stemming, per index. Words are looked
 * up by the hash the copy detector already computed, so no string is hashed twice.
 */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private readonly byWord: Array<Map<number, number>> = [new Map(), new Map(), new Map()];
  private readonly kinds: number[] = [];
  // Scratch arrays reused for every sentence, so indexing a document allocates little besides its result.
  private readonly scratchIds: number[] = [];
  private readonly scratchSequence: number[] = [];
  private readonly scratchPacked: number[] = [];

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

  private termOf(hash: number, word: string, kind: number): number {
    const cache = this.byWord[kind];
    let id = cache.get(hash);
    if (id === undefined) {
      const key = kind === TERM_CONTENT ? groupStem(PorterStemmer.stem(word)) : (kind === TERM_NAME ? '@' : '#') + word;
      id = this.id(key, kind);
      if (cache.size < WORD_CACHE_LIMIT) cache.set(hash, id);
    }
    return id;
  }

  /**
   * Bags of stemmed content words per sentence. Names (capitalised inside a sentence and never written in lower
   * case in the document), numbers and their units are kept apart as weak terms: two articles on one story share
   * those without sharing any text. Title-cased labels ("Joint Military Exercises:") stay content words.
   */
  sentenceTerms(d: PreparedDoc, doc: ScannedDocument): SentenceTerms[] {
    const wordToken = wordTokens(doc);
    const out: SentenceTerms[] = [];
    const packed = this.scratchPacked;
    packed.length = 0;
    const lowerSeen = new Set<number>();
    for (let i = 0; i < d.wordHash.length; i++) if ((d.wordFlags[i] & (FLAG_CAPITAL | FLAG_NUMBER)) === 0) lowerSeen.add(d.wordHash[i]);
    let block = 0;
    let word = 0;
    for (let s = 0; s < doc.sentences.length; s++) {
      const sent = doc.sentences[s];
      while (word < wordToken.length && wordToken[word] < sent.tokenStart) word++;
      let end = word;
      while (end < wordToken.length && wordToken[end] < sent.tokenEnd) end++;
      while (block + 1 < doc.blocks.length && doc.blocks[block].tokenEnd <= sent.tokenStart) block++;
      // Headings and table rows are labels, not statements: their few words sit inside many real sentences.
      if (!isLabelBlock(doc.blocks[block]?.kind)) {
        const bag = this.bag(d, doc, wordToken, word, end, s, lowerSeen, packed);
        if (bag) out.push(bag);
      }
      word = end;
    }
    const data = Int32Array.from(packed);
    for (const bag of out) bag.data = data;
    return out;
  }

  /** Appends the numbers of one sentence (words [from, to)) to `packed`; its `data` is set once the document is done. */
  private bag(
    d: PreparedDoc,
    doc: ScannedDocument,
    wordToken: Int32Array,
    from: number,
    to: number,
    sentence: number,
    lowerSeen: ReadonlySet<number>,
    packed: number[],
  ): SentenceTerms | undefined {
    const tokens = doc.tokens;
    const ids = this.scratchIds;
    const sequence = this.scratchSequence;
    ids.length = 0;
    sequence.length = 0;
    let prevFigure = false;
    let prevContent = false;
    for (let i = from; i < to; i++) {
      const tok = tokens[wordToken[i]];
      const hash = d.wordHash[i];
      const flags = d.wordFlags[i];
      const gap = i > from ? wordToken[i] - wordToken[i - 1] : 0;
      // Side by side: only a space, or a hyphen ("intermediate-range"), between this word and the previous one.
      const adjacent = gap === 1 || (gap === 2 && tokens[wordToken[i] - 1].norm === '-');
      const unit = prevFigure && gap === 1;
      const glued = prevContent && adjacent;
      prevFigure = false;
      prevContent = false;
      if ((flags & FLAG_NUMBER) !== 0) {
        ids.push(this.termOf(hash, tok.norm, TERM_NUMBER));
        prevFigure = true;
        continue;
      }
      if (tok.norm.length < 2 || (flags & FLAG_STOP) !== 0) continue;
      const figureWord = FIGURE_WORDS.has(hash);
      if (unit || figureWord) {
        // The unit after a figure ("400 km", "86 million tonnes") is part of the figure.
        ids.push(this.termOf(hash, tok.norm, TERM_NUMBER));
        prevFigure = figureWord;
      } else if (i > from && (flags & FLAG_CAPITAL) !== 0 && !lowerSeen.has(hash)) {
        ids.push(this.termOf(hash, tok.norm, TERM_NAME));
      } else {
        const id = this.termOf(hash, tok.norm, TERM_CONTENT);
        ids.push(id);
        if (!glued && sequence.length > 0) sequence.push(-1);
        sequence.push(id);
        prevContent = true;
      }
    }
    if (ids.length === 0) return undefined;
    ids.sort((p, q) => p - q);
    const at = packed.length;
    let count = 0;
    let contentTerms = 0;
    for (let i = 0; i < ids.length; i++) {
      if (i > 0 && ids[i] === ids[i - 1]) continue;
      packed.push(ids[i]);
      count++;
      if (this.kinds[ids[i]] === TERM_CONTENT) contentTerms++;
    }
    // Frequencies follow the ids: runs of equal ids in the sorted list.
    let run = 1;
    for (let i = 1; i <= ids.length; i++) {
      if (i < ids.length && ids[i] === ids[i - 1]) run++;
      else {
        packed.push(run);
        run = 1;
      }
    }
    for (const id of sequence) packed.push(id);
    return { sentence, data: EMPTY, at, count, sequenceLength: sequence.length, contentTerms };
  }
}

const EMPTY = new Int32Array(0);
