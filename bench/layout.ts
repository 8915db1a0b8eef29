/**
 * Article shapes for the synthetic corpus (wire story, blog post, explainer): headlines, datelines, paragraphs of
 * one to five sentences, sub-headings, bullet and numbered lists, pipe tables. Parts carry marks so the generator
 * can find where its planted passages ended up once the article is written out.
 */
import { bulletLine, tableRow } from './impacts';
import { PLAN_NOUNS, PLAN_TOPICS, GROUPS } from './lexicon';
import { capital, person, village } from './names';
import type { Rng } from './prng';
import { rareNouns } from './rare-words';
import { proseSentence, type ProseSentence } from './prose';
import { MONTHS, OUTLETS, PLACES, WEEKDAYS } from './vocab';

export type ArticleTemplate = 'wire' | 'blog' | 'explainer';

/** Where a planted passage starts or ends: `first`/`last` for a passage over several sentences. */
export interface Mark {
  id: number;
  part: 'whole' | 'first' | 'last';
  /** Characters of the sentence before the passage starts (a lead-in such as "As X reported, "). */
  offset?: number;
  /** A planted figure: the span is this text inside the sentence. */
  figure?: string;
}

export interface Sentence {
  text: string;
  prose?: ProseSentence;
  marks: Mark[];
  /** Whitespace before the sentence inside its paragraph (a single space unless a copy varies it). */
  gap?: string;
}

export type Part = { kind: 'line'; text: string; marks?: Mark[] } | { kind: 'para'; sentences: Sentence[] };

export interface Draft {
  id: string;
  template: ArticleTemplate;
  outlet: string;
  parts: Part[];
}

export interface Article {
  id: string;
  template: ArticleTemplate;
  text: string;
  words: number;
}

export interface Span {
  doc: string;
  start: number;
  end: number;
}

export const countWords = (s: string): number => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

const HEADLINE_VERBS = ['approved', 'stalls', 'faces delay', 'sparks protest', 'moves ahead', 'under fire', 'put on hold', 'back on track'];
const SUBHEADINGS = ['What residents say', 'The numbers', 'Why it matters', 'What happens next', 'Background', 'The money', 'Reaction', 'A long wait'];

function headline(rng: Rng): string {
  const topic = capital(rng.pick(PLAN_TOPICS).replace(/^the /, ''));
  return `${topic} ${rng.pick(PLAN_NOUNS)[0]} ${rng.pick(HEADLINE_VERBS)} in ${village(rng)}`;
}

function paragraph(rng: Rng, count: number, first: { value: boolean }): Extract<Part, { kind: 'para' }> {
  const sentences: Sentence[] = [];
  for (let i = 0; i < count; i++) {
    const prose = proseSentence(rng, first.value);
    first.value = false;
    sentences.push({ text: prose.text, prose, marks: [] });
  }
  return { kind: 'para', sentences };
}

/** Paragraph lengths of news writing: many one- and two-sentence paragraphs, a few long ones. */
const paraLength = (rng: Rng): number => rng.pick([1, 1, 2, 2, 2, 3, 3, 4, 5]);

export function draftArticle(rng: Rng, index: number, words: number): Draft {
  const template: ArticleTemplate = rng.pick(['wire', 'wire', 'blog', 'explainer']);
  const outlet = rng.pick(OUTLETS);
  const parts: Part[] = [];
  const first = { value: true };
  let total = 0;
  const add = (part: Part) => {
    parts.push(part);
    total += part.kind === 'line' ? countWords(part.text) : part.sentences.reduce((n, s) => n + countWords(s.text), 0);
  };
  const prose = (until: number) => {
    while (total < until) add(paragraph(rng, paraLength(rng), first));
  };
  const list = (numbered: boolean) => {
    const n = rng.int(3, 5);
    const bullet = rng.pick(['-', '*']);
    for (let i = 0; i < n; i++) add({ kind: 'line', text: `${numbered ? `${i + 1}.` : bullet} ${bulletLine(rng)}` });
  };
  if (template === 'wire') {
    add({ kind: 'line', text: headline(rng) });
    const lead = paragraph(rng, 2, first);
    const place = rng.pick(PLACES).name.toUpperCase();
    const dateline = `${place}, ${rng.pick(MONTHS)} ${rng.int(1, 28)} (${outlet}) — `;
    lead.sentences[0] = { text: dateline + lead.sentences[0].text, marks: [] };
    add(lead);
    prose(words * 0.55);
    if (rng.chance(0.5)) add({ kind: 'line', text: rng.pick(SUBHEADINGS) });
    prose(words);
  } else if (template === 'blog') {
    add({ kind: 'line', text: `# ${headline(rng)}` });
    add({ kind: 'para', sentences: [{ text: `I spent ${rng.pick(WEEKDAYS)} in ${village(rng)} talking to ${rng.pick(GROUPS)} about ${rng.pick(rareNouns())}.`, marks: [] }] });
    prose(words * 0.5);
    add({ kind: 'line', text: `## ${rng.pick(SUBHEADINGS)}` });
    list(false);
    prose(words);
  } else {
    add({ kind: 'line', text: `# Explainer: ${headline(rng)}` });
    add({ kind: 'line', text: '## Background' });
    prose(words * 0.45);
    add({ kind: 'line', text: `## ${rng.pick(['Key figures', 'The numbers', 'By village'])}` });
    add({ kind: 'line', text: '| Village | What | Number | Contact |' });
    add({ kind: 'line', text: '|---|---|---:|---|' });
    for (let i = rng.int(3, 5); i > 0; i--) add({ kind: 'line', text: tableRow(rng) });
    add({ kind: 'line', text: `## ${rng.pick(SUBHEADINGS)}` });
    if (rng.chance(0.5)) list(true);
    prose(words);
    add({ kind: 'line', text: `*Reporting by ${person(rng)}.*` });
  }
  return { id: `article-${String(index).padStart(6, '0')}.${template === 'wire' ? 'txt' : 'md'}`, template, outlet, parts };
}

const isListOrTable = (text: string): boolean => /^(\||[-*] |\d+\. )/.test(text);

/** Writes the article out and records the span of every mark. */
export function render(draft: Draft, spans: Map<number, Span>): Article {
  let text = '';
  let previous: Part | undefined;
  const place = (mark: Mark, start: number, end: number) => {
    const span = spans.get(mark.id) ?? { doc: draft.id, start, end };
    if (mark.part !== 'last') span.start = start;
    if (mark.part !== 'first') span.end = end;
    spans.set(mark.id, span);
  };
  for (const part of draft.parts) {
    if (text !== '') {
      const tight = previous?.kind === 'line' && part.kind === 'line' && isListOrTable(previous.text) && isListOrTable(part.text);
      text += tight ? '\n' : '\n\n';
    }
    previous = part;
    if (part.kind === 'line') {
      for (const mark of part.marks ?? []) place(mark, text.length, text.length + part.text.length);
      text += part.text;
      continue;
    }
    part.sentences.forEach((s, i) => {
      if (i > 0) text += s.gap ?? ' ';
      for (const mark of s.marks) {
        const at = mark.figure ? s.text.indexOf(mark.figure) : mark.offset ?? 0;
        place(mark, text.length + at, text.length + (mark.figure ? at + mark.figure.length : s.text.length));
      }
      text += s.text;
    });
  }
  text += '\n';
  return { id: draft.id, template: draft.template, text, words: countWords(text) };
}
