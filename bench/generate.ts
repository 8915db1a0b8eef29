/**
 * Deterministic synthetic news corpus with planted ground truth: copies (exact, edited, restated) of sentences and
 * short passages across articles, some of them in several articles at once, footers repeated as boilerplate, and
 * pairs of figures about one subject and attribute that conflict, agree (in another unit), or are traps (two
 * different subjects, same attribute, different values). Background text comes from a grammar (`prose.ts`) that
 * repeats no passage, so the planted copies are the only reuse in the corpus; it fills the same sentence frames
 * with other names and details many times over, as news does, which a duplicate finder must not take for reuse.
 */
import type { DuplicateKind } from '../src/engine/types';
import { conflictingValue, FACT_KINDS, factSentence } from './facts';
import { countWords, draftArticle, render, type Article, type ArticleTemplate, type Draft, type Part, type Sentence, type Span } from './layout';
import { capital } from './names';
import { createRng, type Rng } from './prng';
import { OUTLETS, SYLLABLES, SYSTEM_KINDS } from './vocab';

export type { Article, ArticleTemplate };

export interface Passage {
  doc: string;
  start: number;
  end: number;
}

export interface PlantedCopy {
  kind: DuplicateKind;
  source: Passage;
  copy: Passage;
  /**
   * Copies of one passage placed in several articles share a cluster number: a link between any two of them is a
   * right link. Absent for a passage copied once.
   */
  cluster?: number;
  /** The edited copy changed a figure: a conflict between the two passages is real, not a false alarm. */
  changedFigure?: boolean;
}

/** Two figures planted in two articles; `conflict` must be reported, `agree` and `trap` must not. */
export interface PlantedPair {
  kind: 'conflict' | 'agree' | 'trap';
  attribute: string;
  subjects: [string, string];
  a: Passage;
  b: Passage;
}

export interface Corpus {
  seed: number;
  articles: Article[];
  copies: PlantedCopy[];
  pairs: PlantedPair[];
  /** Footers repeated in more articles than the boilerplate threshold: links between them are neither right nor wrong. */
  boilerplate: Passage[];
  words: number;
}

export interface GenerateOptions {
  size: number;
  seed?: number;
  wordsPerArticle?: number;
  /** Planted items per article, on average. */
  copyRate?: number;
  pairRate?: number;
}


/** Invented system names; planted ones end in a number ≥ 10, so no background text names them. */
function systemName(k: number): string {
  const n = SYLLABLES.length;
  return `${capital(SYLLABLES[k % n] + SYLLABLES[Math.floor(k / n) % n])}-${10 + Math.floor(k / (n * n))}`;
}

type Para = Extract<Part, { kind: 'para' }>;
const paragraphs = (d: Draft): Para[] => d.parts.filter((p): p is Para => p.kind === 'para');

/** A place in the paragraph that does not fall inside a planted passage of several sentences. */
function safeIndex(rng: Rng, para: Para): number {
  const open = new Set<number>();
  const allowed: number[] = [0];
  para.sentences.forEach((s, i) => {
    for (const m of s.marks) if (m.part === 'first') open.add(m.id);
    else if (m.part === 'last') open.delete(m.id);
    if (open.size === 0) allowed.push(i + 1);
  });
  return rng.pick(allowed);
}

function insertSentence(rng: Rng, draft: Draft, sentence: Sentence): void {
  const paras = paragraphs(draft);
  const para = paras[rng.int(Math.min(1, paras.length - 1), paras.length - 1)];
  para.sentences.splice(safeIndex(rng, para), 0, sentence);
}

/** A copied passage goes in as paragraphs of its own (split over two when `split`) or inside an existing one. */
function insertPassage(rng: Rng, draft: Draft, sentences: Sentence[], split: boolean): void {
  if (!split && (sentences.length === 1 ? rng.chance(0.6) : rng.chance(0.3))) {
    const paras = paragraphs(draft);
    const para = paras[rng.int(Math.min(1, paras.length - 1), paras.length - 1)];
    para.sentences.splice(safeIndex(rng, para), 0, ...sentences);
    return;
  }
  const at = rng.int(Math.min(2, draft.parts.length), draft.parts.length);
  const cut = split ? rng.int(1, sentences.length - 1) : sentences.length;
  const parts: Part[] = [{ kind: 'para', sentences: sentences.slice(0, cut) }];
  if (cut < sentences.length) parts.push({ kind: 'para', sentences: sentences.slice(cut) });
  draft.parts.splice(at, 0, ...parts);
}

function otherDocs(rng: Rng, size: number, not: number, count: number): number[] {
  const out = new Set<number>();
  while (out.size < Math.min(count, size - 1)) {
    const x = rng.int(0, size - 1);
    if (x !== not) out.add(x);
  }
  return [...out];
}

/** Marks over consecutive sentences: `first` on the first, `last` on the last, `whole` when there is one. */
function markPassage(sentences: Sentence[], id: number, offset = 0): void {
  if (sentences.length === 1) sentences[0].marks.push({ id, part: 'whole', offset });
  else {
    sentences[0].marks.push({ id, part: 'first', offset });
    sentences[sentences.length - 1].marks.push({ id, part: 'last' });
  }
}

const swapQuotes = (s: string): string =>
  s.includes('"') ? s.replace(/"([^"]*)"/g, '“$1”') : s.replace(/[“”]/g, '"');

/** Sources of a copy: 1-3 consecutive unmarked background sentences of one paragraph. */
function pickSource(rng: Rng, draft: Draft, length: number, restated: boolean): Sentence[] | undefined {
  const paras = paragraphs(draft);
  for (let attempt = 0; attempt < 12; attempt++) {
    const para = rng.pick(paras);
    if (para.sentences.length < length) continue;
    const at = rng.int(0, para.sentences.length - length);
    const run = para.sentences.slice(at, at + length);
    if (run.every((s) => s.prose && s.marks.length === 0 && (!restated || s.prose.restate))) return run;
  }
  return undefined;
}

const LEAD_INS = ['As {O} reported, ', 'According to an earlier {O} report, ', 'Local media, citing {O}, said that '];

interface CopyPlan {
  kind: DuplicateKind;
  source: number;
  copy: number;
  cluster?: number;
  changedFigure?: boolean;
}

/** Plants one copied passage from article `x` into one or more other articles; returns the plans it made. */
function plantCopy(rng: Rng, drafts: Draft[], x: number, next: () => number, cluster: () => number): CopyPlan[] {
  const roll = rng.next();
  const kind: DuplicateKind = roll < 0.4 ? 'exact' : roll < 0.7 ? 'edited' : 'restated';
  const length = kind === 'exact' ? rng.pick([1, 1, 2, 3]) : kind === 'edited' ? rng.pick([1, 1, 1, 2]) : 1;
  const source = pickSource(rng, drafts[x], length, kind === 'restated');
  if (!source) return [];
  const targets = otherDocs(rng, drafts.length, x, kind !== 'restated' && rng.chance(0.2) ? rng.int(2, 3) : 1);
  const sourceId = next();
  markPassage(source, sourceId);
  const clusterId = targets.length > 1 ? cluster() : undefined;
  const plans: CopyPlan[] = [];
  for (const y of targets) {
    let texts: string[];
    let changedFigure = false;
    if (kind === 'exact') texts = source.map((s) => s.text);
    else if (kind === 'restated') texts = [source[0].prose!.restate!()];
    else {
      // One sentence of the passage is edited, the rest copied as they are.
      const edit = rng.int(0, source.length - 1);
      const edited = source[edit].prose!.edit();
      texts = source.map((s, i) => (i === edit ? edited.text : s.text));
      changedFigure = edited.changedFigure;
    }
    // Variations a copy picks up on its way that do not make it less of a copy.
    const variation = kind === 'exact' ? rng.next() : 1;
    if (variation < 0.12) texts = texts.map(swapQuotes);
    let offset = 0;
    if (variation >= 0.12 && variation < 0.24 && /^(The|A|An|In|According) /.test(texts[0])) {
      const lead = rng.pick(LEAD_INS).replace('{O}', drafts[x].outlet);
      offset = lead.length;
      texts[0] = lead + texts[0].charAt(0).toLowerCase() + texts[0].slice(1);
    }
    const sentences: Sentence[] = texts.map((text) => ({ text, marks: [] }));
    if (variation >= 0.24 && variation < 0.34) for (const s of sentences.slice(1)) s.gap = '  ';
    const copyId = next();
    markPassage(sentences, copyId, offset);
    insertPassage(rng, drafts[y], sentences, variation >= 0.34 && variation < 0.44 && sentences.length > 1);
    plans.push({ kind, source: sourceId, copy: copyId, cluster: clusterId, changedFigure: changedFigure || undefined });
  }
  return plans;
}

const FOOTERS = [
  '{O} verifies every figure with two independent sources; write to the corrections desk if you spot an error.',
  'This story was produced by the {O} regional desk with support from readers; republishing requires written permission.',
];

/** Generates `size` articles of about `wordsPerArticle` words; the same options always give the same corpus. */
export function generateCorpus(options: GenerateOptions): Corpus {
  const { size, seed = 20241206, wordsPerArticle = 700, copyRate = 0.3, pairRate = 0.2 } = options;
  const rng = createRng(seed);
  const drafts = Array.from({ length: size }, (_, i) => draftArticle(rng, i, wordsPerArticle));
  const copyPlans: CopyPlan[] = [];
  const pairPlans: Array<{ kind: PlantedPair['kind']; attribute: string; subjects: [string, string]; a: number; b: number }> = [];
  let nextMark = 0;
  let nextCluster = 0;
  let nextSystem = 0;
  const next = () => nextMark++;
  const footerIds: number[] = [];
  // Two outlets close every article with their footer: in a corpus of a few dozen articles or more, each footer is
  // in more than five of them, which makes it boilerplate.
  for (const draft of drafts) {
    if (OUTLETS.indexOf(draft.outlet) % 3 !== 0) continue;
    const id = next();
    footerIds.push(id);
    const text = FOOTERS[draft.outlet.length % FOOTERS.length].replace('{O}', draft.outlet);
    draft.parts.push({ kind: 'line', text, marks: [{ id, part: 'whole' }] });
  }
  if (size >= 2) {
    for (let i = 0; i < Math.round(size * copyRate); i++) {
      copyPlans.push(...plantCopy(rng, drafts, rng.int(0, size - 1), next, () => nextCluster++));
    }
    for (let i = 0; i < Math.round(size * pairRate); i++) {
      const x = rng.int(0, size - 1);
      const [y] = otherDocs(rng, size, x, 1);
      const kind: PlantedPair['kind'] = rng.pick(['conflict', 'conflict', 'agree', 'trap']);
      const fact = rng.pick(FACT_KINDS);
      const system = rng.pick(SYSTEM_KINDS);
      const subjectA = `${systemName(nextSystem++)} ${system}`;
      const subjectB = kind === 'trap' ? `${systemName(nextSystem++)} ${system}` : subjectA;
      const value = fact.draw(rng);
      const qualifier = rng.pick(['', '', 'up to ', 'about ']);
      const altA = rng.chance(0.5);
      const figureA = fact.figure(value, altA);
      const figureB = kind === 'agree' ? fact.figure(value, !altA) : fact.figure(conflictingValue(fact, value, rng), rng.chance(0.5));
      const a = next();
      const b = next();
      const va = rng.int(0, 1);
      const vb = 1 - va;
      insertSentence(rng, drafts[x], { text: factSentence(fact.clauses[va](subjectA), rng).replace('{F}', qualifier + figureA), marks: [{ id: a, part: 'whole', figure: figureA }] });
      insertSentence(rng, drafts[y], { text: factSentence(fact.clauses[vb](subjectB), rng).replace('{F}', qualifier + figureB), marks: [{ id: b, part: 'whole', figure: figureB }] });
      pairPlans.push({ kind, attribute: fact.attribute, subjects: [subjectA, subjectB], a, b });
    }
  }
  const spans = new Map<number, Span>();
  const articles = drafts.map((draft) => render(draft, spans));
  const at = (id: number): Passage => spans.get(id)!;
  return {
    seed,
    articles,
    copies: copyPlans.map((p) => ({
      kind: p.kind,
      source: at(p.source),
      copy: at(p.copy),
      ...(p.cluster !== undefined ? { cluster: p.cluster } : {}),
      ...(p.changedFigure ? { changedFigure: true } : {}),
    })),
    pairs: pairPlans.map((p) => ({ kind: p.kind, attribute: p.attribute, subjects: p.subjects, a: at(p.a), b: at(p.b) })),
    boilerplate: footerIds.map(at),
    words: articles.reduce((n, a) => n + a.words, 0),
  };
}

export { countWords };
