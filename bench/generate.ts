/**
 * Deterministic synthetic news corpus with planted ground truth: copies (exact, edited, restated) of sentences
 * across articles, and pairs of figures about one subject and attribute that conflict, agree (in another unit),
 * or are traps (two different subjects, same attribute, different values).
 */
import type { DuplicateKind } from '../src/engine/types';
import { conflictingValue, FACT_KINDS } from './facts';
import { createRng, stableHash, type Rng } from './prng';
import { proseSentence, type ProseSentence } from './prose';
import { MONTHS, ORGS, OUTLETS, PLACES, SYLLABLES, SYSTEM_KINDS, TOPICS } from './vocab';

export type ArticleTemplate = 'wire' | 'blog' | 'explainer';

export interface Passage {
  doc: string;
  start: number;
  end: number;
}

export interface PlantedCopy {
  kind: DuplicateKind;
  source: Passage;
  copy: Passage;
}

/** Two figures planted in two articles; `conflict` must be reported, `agree` and `trap` must not. */
export interface PlantedPair {
  kind: 'conflict' | 'agree' | 'trap';
  attribute: string;
  subjects: [string, string];
  a: Passage;
  b: Passage;
}

export interface Article {
  id: string;
  template: ArticleTemplate;
  text: string;
  words: number;
}

export interface Corpus {
  seed: number;
  articles: Article[];
  copies: PlantedCopy[];
  pairs: PlantedPair[];
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

interface Sentence {
  text: string;
  prose?: ProseSentence;
  marks: Array<{ id: number; figure?: string }>;
}
type Part = { kind: 'line'; text: string } | { kind: 'para'; sentences: Sentence[] };

interface Draft {
  id: string;
  template: ArticleTemplate;
  parts: Part[];
}

const countWords = (s: string): number => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Invented system names; background ones end in a digit, planted ones in a number ≥ 10, so they never meet. */
function systemName(k: number, planted: boolean): string {
  const n = SYLLABLES.length;
  const base = capital(SYLLABLES[k % n] + SYLLABLES[Math.floor(k / n) % n]);
  return planted ? `${base}-${10 + Math.floor(k / (n * n))}` : `${base}-${1 + (k % 9)}`;
}

const BACKGROUND_SYSTEMS = Array.from({ length: 40 }, (_, k) => systemName(k * 7 + 3, false));

function specTable(rng: Rng): string[] {
  const rows = ['| System | Range | Top speed | Unit cost |', '|---|---|---|---|'];
  const used = new Set<string>();
  const count = rng.int(3, 5);
  while (used.size < count) used.add(rng.pick(BACKGROUND_SYSTEMS));
  for (const s of used) {
    const h = stableHash(s);
    rows.push(`| ${s} | ${((h % 300) + 20) * 10} km | ${((h >>> 9) % 200) + 300} km/h | $${((h >>> 17) % 90) + 5} million |`);
  }
  return rows;
}

function paragraph(rng: Rng, count: number, first: { value: boolean }): Part {
  const sentences: Sentence[] = [];
  for (let i = 0; i < count; i++) {
    const prose = proseSentence(rng, first.value);
    first.value = false;
    sentences.push({ text: prose.text, prose, marks: [] });
  }
  return { kind: 'para', sentences };
}

function draftArticle(rng: Rng, index: number, words: number): Draft {
  const template: ArticleTemplate = rng.pick(['wire', 'wire', 'blog', 'explainer']);
  const topic = rng.pick(TOPICS);
  const place = rng.pick(PLACES);
  const parts: Part[] = [];
  const first = { value: true };
  let total = 0;
  const add = (part: Part) => {
    parts.push(part);
    total += part.kind === 'line' ? countWords(part.text) : part.sentences.reduce((n, s) => n + countWords(s.text), 0);
  };
  if (template === 'wire') {
    add({ kind: 'line', text: `${capital(topic)} dispute deepens as ${place.name} weighs its options` });
    const lead = paragraph(rng, 2, first) as Extract<Part, { kind: 'para' }>;
    const dateline = `${place.name.toUpperCase()}, ${rng.pick(MONTHS)} ${rng.int(1, 28)} (${rng.pick(OUTLETS)}) — `;
    lead.sentences[0] = { ...lead.sentences[0], text: dateline + lead.sentences[0].text, prose: undefined };
    add(lead);
    while (total < words) add(paragraph(rng, rng.int(1, 3), first));
  } else if (template === 'blog') {
    add({ kind: 'line', text: `# Why ${topic} in ${place.aliases[0] ?? place.name} worries me` });
    add({ kind: 'para', sentences: [{ text: `I have been following ${topic} for months, and this week felt different.`, marks: [] }] });
    while (total < words * 0.6) add(paragraph(rng, rng.int(3, 5), first));
    add({ kind: 'line', text: `## What the ${rng.pick(ORGS).name} is not saying` });
    for (let i = 0; i < 3; i++) add({ kind: 'line', text: `- ${proseSentence(rng, false).text}` });
    while (total < words) add(paragraph(rng, rng.int(3, 5), first));
  } else {
    add({ kind: 'line', text: `# Explainer: ${topic} and the ${place.name} question` });
    add({ kind: 'line', text: '## Background' });
    while (total < words * 0.5) add(paragraph(rng, rng.int(2, 4), first));
    add({ kind: 'line', text: '## Key figures' });
    for (const row of specTable(rng)) add({ kind: 'line', text: row });
    add({ kind: 'line', text: '## What happens next' });
    while (total < words) add(paragraph(rng, rng.int(2, 4), first));
  }
  return { id: `article-${String(index).padStart(6, '0')}.${template === 'wire' ? 'txt' : 'md'}`, template, parts };
}

const paragraphs = (d: Draft) => d.parts.filter((p): p is Extract<Part, { kind: 'para' }> => p.kind === 'para');

function insertSentence(rng: Rng, draft: Draft, sentence: Sentence): void {
  const paras = paragraphs(draft);
  const para = paras[rng.int(Math.min(1, paras.length - 1), paras.length - 1)];
  para.sentences.splice(rng.int(0, para.sentences.length), 0, sentence);
}

function otherDoc(rng: Rng, size: number, not: number): number {
  const x = rng.int(0, size - 2);
  return x >= not ? x + 1 : x;
}

/** Generates `size` articles of about `wordsPerArticle` words; the same options always give the same corpus. */
export function generateCorpus(options: GenerateOptions): Corpus {
  const { size, seed = 20241206, wordsPerArticle = 700, copyRate = 0.3, pairRate = 0.2 } = options;
  const rng = createRng(seed);
  const drafts = Array.from({ length: size }, (_, i) => draftArticle(rng, i, wordsPerArticle));
  const copyPlans: Array<{ kind: DuplicateKind; source: number; copy: number }> = [];
  const pairPlans: Array<{ kind: PlantedPair['kind']; attribute: string; subjects: [string, string]; a: number; b: number }> = [];
  let nextMark = 0;
  let nextSystem = 0;
  if (size >= 2) {
    for (let i = 0; i < Math.round(size * copyRate); i++) {
      const x = rng.int(0, size - 1);
      const y = otherDoc(rng, size, x);
      const candidates = paragraphs(drafts[x]).flatMap((p) => p.sentences).filter((s) => s.prose && s.marks.length === 0);
      if (candidates.length === 0) continue;
      const source = rng.pick(candidates);
      const kind: DuplicateKind = rng.pick(['exact', 'exact', 'edited', 'restated']);
      const text = kind === 'exact' ? source.text : kind === 'edited' ? source.prose!.edited : source.prose!.restated;
      const id = nextMark;
      nextMark += 2;
      source.marks.push({ id });
      insertSentence(rng, drafts[y], { text, marks: [{ id: id + 1 }] });
      copyPlans.push({ kind, source: id, copy: id + 1 });
    }
    for (let i = 0; i < Math.round(size * pairRate); i++) {
      const x = rng.int(0, size - 1);
      const y = otherDoc(rng, size, x);
      const kind: PlantedPair['kind'] = rng.pick(['conflict', 'conflict', 'agree', 'trap']);
      const fact = rng.pick(FACT_KINDS);
      const system = rng.pick(SYSTEM_KINDS);
      const subjectA = `${systemName(nextSystem++, true)} ${system}`;
      const subjectB = kind === 'trap' ? `${systemName(nextSystem++, true)} ${system}` : subjectA;
      const value = fact.draw(rng);
      const qualifier = rng.pick(['', '', 'up to ', 'about ']);
      const altA = rng.chance(0.5);
      const figureA = fact.figure(value, altA);
      const figureB = kind === 'agree' ? fact.figure(value, !altA) : fact.figure(conflictingValue(fact, value, rng), rng.chance(0.5));
      const id = nextMark;
      nextMark += 2;
      insertSentence(rng, drafts[x], { text: fact.sentence(subjectA, rng).replace('{F}', qualifier + figureA), marks: [{ id, figure: figureA }] });
      insertSentence(rng, drafts[y], { text: fact.sentence(subjectB, rng).replace('{F}', qualifier + figureB), marks: [{ id: id + 1, figure: figureB }] });
      pairPlans.push({ kind, attribute: fact.attribute, subjects: [subjectA, subjectB], a: id, b: id + 1 });
    }
  }
  const spans = new Map<number, Passage>();
  const articles = drafts.map((draft) => render(draft, spans));
  const at = (id: number): Passage => spans.get(id)!;
  return {
    seed,
    articles,
    copies: copyPlans.map((p) => ({ kind: p.kind, source: at(p.source), copy: at(p.copy) })),
    pairs: pairPlans.map((p) => ({ kind: p.kind, attribute: p.attribute, subjects: p.subjects, a: at(p.a), b: at(p.b) })),
    words: articles.reduce((n, a) => n + a.words, 0),
  };
}

function render(draft: Draft, spans: Map<number, Passage>): Article {
  let text = '';
  for (const part of draft.parts) {
    if (text !== '') text += part.kind === 'para' || !part.text.startsWith('|') ? '\n\n' : '\n';
    if (part.kind === 'line') {
      text += part.text;
      continue;
    }
    part.sentences.forEach((s, i) => {
      if (i > 0) text += ' ';
      for (const mark of s.marks) {
        const start = text.length + (mark.figure ? s.text.indexOf(mark.figure) : 0);
        spans.set(mark.id, { doc: draft.id, start, end: start + (mark.figure ?? s.text).length });
      }
      text += s.text;
    });
  }
  text += '\n';
  return { id: draft.id, template: draft.template, text, words: countWords(text) };
}
