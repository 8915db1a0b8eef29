import { frequencyAt, sequenceAt, termAt, TERM_CONTENT, TERM_NAME, TERM_NUMBER, type SentenceTerms, type TermDictionary } from './terms';

/** A restated sentence pair: indices into each document's SentenceTerms list, and its similarity. */
export interface SentencePair {
  x: number;
  y: number;
  similarity: number;
}

export interface RestatedParams {
  threshold: number;
  /** Distinct content terms a sentence needs before it can be called a restatement. */
  minContentTerms: number;
  /** Content terms (not names, not figures) two sentences must share. */
  minSharedContent: number;
  /** Share of the shorter sentence's content terms that must be shared. */
  minSharedRatio: number;
  /** Names and figures count this much of a content word in the cosine. */
  entityWeight: number;
  /**
   * Terms in more sentences than this are too common to propose candidates (they still count in the cosine).
   * A fixed number, so that the work per sentence does not grow with the corpus.
   */
  candidateDf: number;
  /** Rare terms (content words or names) a candidate must share with the sentence. */
  minSharedRare: number;
  /** Shared content words once each shared fixed phrase is counted as one. */
  minSharedUnits: number;
}

/** Restated partners kept per sentence and query. */
const MAX_PARTNERS_PER_SENTENCE = 8;

/**
 * Sentence bags under integer slots, with an inverted index from content terms to slots and sentence frequencies
 * for IDF, updated per document.
 */
export class SentenceIndex {
  private readonly slotTerms: Array<SentenceTerms | undefined> = [];
  private readonly slotDoc: number[] = [];
  private readonly slotPos: number[] = [];
  private readonly freeSlots: number[] = [];
  private readonly docSlots = new Map<number, number[]>();
  /**
   * Slots per term id, at most candidateDf of them; df counts every sentence. A term of one sentence (most names
   * and rare words) keeps its slot inline: an array grown by one push holds 17 elements, about 190 bytes, and a
   * 10k-article corpus has half a million such terms.
   */
  private readonly lists: Array<number | number[] | undefined> = [];
  private readonly df: number[] = [];
  private counter = new Int32Array(1024);
  private sentenceCount = 0;

  constructor(
    private readonly params: RestatedParams,
    private readonly dictionary: TermDictionary,
  ) {}

  add(doc: number, sentences: SentenceTerms[]): void {
    const slots: number[] = [];
    sentences.forEach((s, pos) => {
      const slot = this.freeSlots.pop() ?? this.slotTerms.length;
      this.slotTerms[slot] = s;
      this.slotDoc[slot] = doc;
      this.slotPos[slot] = pos;
      slots.push(slot);
      for (let k = 0; k < s.count; k++) {
        const term = termAt(s, k);
        this.df[term] = (this.df[term] ?? 0) + 1;
        // Rare names propose candidates as rare words do: a rewrite keeps who and where while it swaps the words
        // around them. Figures do not (every article is full of them); the score still asks for shared words.
        if (this.dictionary.kind(term) === TERM_NUMBER) continue;
        const list = this.lists[term];
        if (list === undefined) this.lists[term] = slot;
        else if (typeof list === 'number') {
          if (this.params.candidateDf > 1) this.lists[term] = [list, slot];
        } else if (list.length < this.params.candidateDf) list.push(slot);
      }
    });
    this.docSlots.set(doc, slots);
    this.sentenceCount += sentences.length;
    if (this.counter.length < this.slotTerms.length) {
      this.counter = new Int32Array(Math.max(this.slotTerms.length, this.counter.length * 2));
    }
  }

  remove(doc: number): void {
    const slots = this.docSlots.get(doc);
    if (!slots) return;
    this.docSlots.delete(doc);
    this.sentenceCount -= slots.length;
    const gone = new Set(slots);
    for (const slot of slots) {
      const s = this.slotTerms[slot]!;
      for (let k = 0; k < s.count; k++) {
        const term = termAt(s, k);
        this.df[term]--;
        const list = this.lists[term];
        if (typeof list === 'number') {
          if (gone.has(list)) this.lists[term] = undefined;
        } else if (list && list.some((x) => gone.has(x))) {
          const rest = list.filter((x) => !gone.has(x));
          this.lists[term] = rest.length === 0 ? undefined : rest.length === 1 ? rest[0] : rest;
        }
      }
      this.slotTerms[slot] = undefined;
      this.freeSlots.push(slot);
    }
  }

  sentencesOf(doc: number): SentenceTerms[] {
    return (this.docSlots.get(doc) ?? []).map((slot) => this.slotTerms[slot]!);
  }

  /** Restated sentence pairs between `doc` and every accepted document (itself included), grouped by document. */
  query(doc: number, accept: (other: number) => boolean): Map<number, SentencePair[]> {
    const out = new Map<number, SentencePair[]>();
    const slots = this.docSlots.get(doc);
    if (!slots) return out;
    const { minContentTerms, candidateDf, minSharedRare, threshold } = this.params;
    const counter = this.counter;
    const touched: number[] = [];
    for (let x = 0; x < slots.length; x++) {
      const sx = this.slotTerms[slots[x]]!;
      if (sx.contentTerms < minContentTerms) continue;
      touched.length = 0;
      for (let k = 0; k < sx.count; k++) {
        const term = termAt(sx, k);
        const list = this.lists[term];
        // A term listed once (inline) proposes no partner.
        if (list === undefined || typeof list === 'number' || this.df[term] > candidateDf || list.length < 2) continue;
        for (const slot of list) if (counter[slot]++ === 0) touched.push(slot);
      }
      const found: Array<{ other: number; y: number; similarity: number }> = [];
      for (const slot of touched) {
        const shared = counter[slot];
        counter[slot] = 0;
        if (shared < minSharedRare) continue;
        const other = this.slotDoc[slot];
        const y = this.slotPos[slot];
        if (other === doc ? y <= x : !accept(other)) continue;
        const sy = this.slotTerms[slot]!;
        if (sy.contentTerms < minContentTerms) continue;
        const similarity = this.similarity(sx, sy);
        if (similarity >= threshold) found.push({ other, y, similarity });
      }
      // A sentence restated N times would otherwise make N² links; its closest few keep the cluster connected.
      if (found.length > MAX_PARTNERS_PER_SENTENCE) {
        found.sort((p, q) => q.similarity - p.similarity || p.other - q.other || p.y - q.y);
        found.length = MAX_PARTNERS_PER_SENTENCE;
      }
      for (const { other, y, similarity } of found) {
        let list = out.get(other);
        if (!list) out.set(other, (list = []));
        list.push({ x, y, similarity });
      }
    }
    return out;
  }

  /**
   * Mean of the TF-IDF cosine and the weighted overlap, names and figures down-weighted. The overlap is the mean of
   * the shared weight over the smaller bag (a restatement often adds a clause the other sentence lacks) and over
   * the larger one (a short sentence inside a long one that adds several other facts is one fact among others, not
   * a restatement: on the MSRP news pairs the larger-bag overlap separates the two best of the lexical measures,
   * test/unit/reuse/README.md). 0 unless the sentences share enough content words used freely: a shared fixed
   * phrase ("intermediate-range ballistic missile") counts as one piece of evidence.
   */
  similarity(a: SentenceTerms, b: SentenceTerms): number {
    const { entityWeight, minSharedUnits } = this.params;
    // Most candidates fail on counts alone; weighing their terms first was a fifth of the whole pipeline's time.
    if (!this.enoughShared(a, b)) return 0;
    let dot = 0, na = 0, nb = 0, la = 0, lb = 0, common = 0, sharedContent = 0;
    let i = 0, j = 0;
    const weight = (s: SentenceTerms, k: number): number => {
      const term = termAt(s, k);
      const idf = Math.log((this.sentenceCount + 1) / ((this.df[term] ?? 0) + 1)) + 1;
      return (1 + Math.log(frequencyAt(s, k))) * idf * (this.dictionary.kind(term) === TERM_CONTENT ? 1 : entityWeight);
    };
    const shared = new Set<number>();
    while (i < a.count || j < b.count) {
      const ta = i < a.count ? termAt(a, i) : Infinity;
      const tb = j < b.count ? termAt(b, j) : Infinity;
      if (ta === tb) {
        const wa = weight(a, i), wb = weight(b, j);
        dot += wa * wb; na += wa * wa; nb += wb * wb; la += wa; lb += wb;
        common += Math.min(wa, wb);
        if (this.dictionary.kind(ta) === TERM_CONTENT) {
          sharedContent++;
          shared.add(ta);
        }
        i++; j++;
      } else if (ta < tb) {
        const wa = weight(a, i);
        na += wa * wa; la += wa;
        i++;
      } else {
        const wb = weight(b, j);
        nb += wb * wb; lb += wb;
        j++;
      }
    }
    if (sharedContent - sharedPhraseLinks(a, b, shared) < minSharedUnits) return 0;
    if (na === 0 || nb === 0) return 0;
    return (dot / Math.sqrt(na * nb) + (common / Math.min(la, lb) + common / Math.max(la, lb)) / 2) / 2;
  }

  /**
   * The tests on counts that a restatement must pass before its terms are weighed: enough shared content words,
   * and not the same wording about other subjects. Each sentence naming more people and places the other lacks
   * than the two share ("the X has a top speed of ...", "Lavrov is due in Y near Z" / "Tusk is due in W near Z")
   * is a parallel fact, not a restatement; a rewrite keeps most of the names it retells and may drop some.
   */
  private enoughShared(a: SentenceTerms, b: SentenceTerms): boolean {
    const { minSharedContent, minSharedRatio } = this.params;
    let sharedContent = 0, namesA = 0, namesB = 0, sharedNames = 0;
    let i = 0, j = 0;
    while (i < a.count && j < b.count) {
      const ta = termAt(a, i), tb = termAt(b, j);
      if (ta === tb) {
        const kind = this.dictionary.kind(ta);
        if (kind === TERM_CONTENT) sharedContent++;
        else if (kind === TERM_NAME) sharedNames++;
        i++; j++;
      } else if (ta < tb) {
        if (this.dictionary.kind(ta) === TERM_NAME) namesA++;
        i++;
      } else {
        if (this.dictionary.kind(tb) === TERM_NAME) namesB++;
        j++;
      }
    }
    for (; i < a.count; i++) if (this.dictionary.kind(termAt(a, i)) === TERM_NAME) namesA++;
    for (; j < b.count; j++) if (this.dictionary.kind(termAt(b, j)) === TERM_NAME) namesB++;
    if (sharedContent < minSharedContent) return false;
    if (namesA > sharedNames && namesB > sharedNames) return false;
    return sharedContent >= minSharedRatio * Math.min(a.contentTerms, b.contentTerms);
  }
}

/** Adjacent pairs of shared terms that are adjacent in both sentences: each one glues two shared words together. */
function sharedPhraseLinks(a: SentenceTerms, b: SentenceTerms, shared: ReadonlySet<number>): number {
  const pairsB = new Set<string>();
  // -1 separators are never in `shared`, so pairs across a gap are skipped.
  for (let k = 0; k + 1 < b.sequenceLength; k++) {
    const x = sequenceAt(b, k), y = sequenceAt(b, k + 1);
    if (shared.has(x) && shared.has(y)) pairsB.add(x + ',' + y);
  }
  if (pairsB.size === 0) return 0;
  const seen = new Set<string>();
  for (let k = 0; k + 1 < a.sequenceLength; k++) {
    const key = sequenceAt(a, k) + ',' + sequenceAt(a, k + 1);
    if (pairsB.has(key)) seen.add(key);
  }
  return seen.size;
}
