/** Editor latency: re-analysing a long article after a one-character edit inside an indexed corpus, and hovers. */
import { createWorkerApi } from '../src/worker/api';
import type { DocView } from '../src/worker/protocol';
import { claimAt, conflictsOfClaim, copiesAt, mentionAt } from '../src/worker/viewQuery';
import type { Article } from './generate';
import { createRng } from './prng';

export interface LatencyRun {
  corpusArticles: number;
  articleWords: number;
  edits: number;
  /** Keystroke to the quick view the editor draws first (`edit`: the edited lines analysed again). */
  editP50Ms: number;
  editP95Ms: number;
  /** The full view that follows (`upsert`: the whole article analysed again, the corpus updated). */
  fullP50Ms: number;
  fullP95Ms: number;
  /** Share of edits after which the quick view's mentions and claims are exactly the full view's. */
  quickAgreement: number;
  hovers: number;
  hoverP50Ms: number;
  hoverP95Ms: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A one-character insertion inside a word, as a person typing would make. */
function typeOneCharacter(text: string, offset: number): string {
  let at = offset;
  while (at < text.length && !/[a-z]/i.test(text[at])) at++;
  return text.slice(0, at) + 'e' + text.slice(at);
}

/** What a hover does with a cached view: the mention and claim under the cursor, the claim's conflicts and values, copies. */
function hover(view: DocView, offset: number): number {
  let found = 0;
  if (mentionAt(view, offset)) found++;
  const claim = claimAt(view, offset);
  if (claim) found += conflictsOfClaim(view, claim.claim).length + view.values[claim.index].length;
  found += copiesAt(view, offset).length;
  return found;
}

const spansKey = (view: DocView) =>
  [...view.mentions.map((m) => `${m.start}:${m.end}:${m.entity}`), ...view.claims.map((c) => `${c.start}:${c.end}:${c.subject}:${c.attribute}:${c.value}`)].join('|');

/**
 * Indexes `corpus`, opens `article` (one long text), then applies `edits` one-character edits, each as the editor
 * does: `edit` (the quick view drawn first) then `upsert` (the full re-analysis), timing both.
 */
export function measureEditLatency(corpus: readonly Article[], article: string, edits = 30, hovers = 2000): LatencyRun {
  const api = createWorkerApi();
  api.upsertMany(corpus.map((a) => ({ doc: a.id, text: a.text })));
  const doc = 'open/long-article.md';
  let text = article;
  let view = api.upsert(doc, text);
  const rng = createRng(7);
  const editTimes: number[] = [];
  const fullTimes: number[] = [];
  let agreed = 0;
  for (let i = 0; i < edits; i++) {
    text = typeOneCharacter(text, rng.int(0, text.length - 1));
    const t0 = performance.now();
    const quick = api.edit(doc, text);
    const t1 = performance.now();
    view = api.upsert(doc, text);
    fullTimes.push(performance.now() - t1);
    editTimes.push(t1 - t0);
    if (spansKey(quick) === spansKey(view)) agreed++;
  }
  const hoverTimes: number[] = [];
  let sink = 0;
  for (let i = 0; i < hovers; i++) {
    // Half the hovers land on a claim or mention, as they do when a reader points at a highlight.
    const spans = i % 2 === 0 && view.claims.length > 0 ? view.claims : view.mentions;
    const offset = spans.length > 0 && i % 4 < 2 ? spans[rng.int(0, spans.length - 1)].start : rng.int(0, text.length - 1);
    const t0 = performance.now();
    sink += hover(view, offset);
    hoverTimes.push(performance.now() - t0);
  }
  if (sink < 0) throw new Error('unreachable');
  return {
    corpusArticles: corpus.length,
    articleWords: article.split(/\s+/).filter(Boolean).length,
    edits,
    editP50Ms: percentile(editTimes, 50),
    editP95Ms: percentile(editTimes, 95),
    fullP50Ms: percentile(fullTimes, 50),
    fullP95Ms: percentile(fullTimes, 95),
    quickAgreement: edits > 0 ? agreed / edits : 0,
    hovers,
    hoverP50Ms: percentile(hoverTimes, 50),
    hoverP95Ms: percentile(hoverTimes, 95),
  };
}
