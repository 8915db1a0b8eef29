/** Throughput measurements: each stage on its own, the whole pipeline, and the baselines on the same text. */
import { createRequire } from 'node:module';
import { createAnalyzer, DEFAULT_OPTIONS, EMPTY_DICTIONARY, type Analyzer } from '../src/engine';
import { extractClaims } from '../src/engine/claims/index';
import { groupClaims } from '../src/engine/conflicts/index';
import { createEntityStage } from '../src/engine/entities/index';
import { createReuseIndex } from '../src/engine/reuse/index';
import { scanDocument } from '../src/engine/text/scan';
import type { Claim, ClaimRef, DuplicateLink, EntityMention, ScannedDocument } from '../src/engine/types';
import type { Article } from './generate';

export const STAGES = ['scan', 'entities', 'claims', 'entityMerge', 'reuseIndex', 'reuseLinks', 'conflicts'] as const;
export type Stage = (typeof STAGES)[number];

/** Peak resident memory seen so far; sampled between units of work because timers cannot fire inside them. */
export function createRssSampler(): { sample(): void; peakMb(): number } {
  let peak = 0;
  return {
    sample() {
      peak = Math.max(peak, process.memoryUsage().rss);
    },
    peakMb: () => peak / 1048576,
  };
}

export const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024;
export const wordsIn = (articles: readonly Article[]): number => articles.reduce((n, a) => n + a.words, 0);

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export interface StageRun {
  ms: Record<Stage, number>;
  counts: { tokens: number; mentions: number; claims: number; links: number; conflicts: number };
  peakRssMb: number;
}

/** Runs every stage over the articles, one stage at a time, the way the corpus index chains them. */
export function measureStages(articles: readonly Article[]): StageRun {
  const rss = createRssSampler();
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const time = <T>(stage: Stage, work: () => T): T => {
    const t0 = performance.now();
    const out = work();
    ms[stage] += performance.now() - t0;
    return out;
  };
  gc();
  const entityStage = createEntityStage(EMPTY_DICTIONARY);
  const scanned: ScannedDocument[] = [];
  const mentions = new Map<string, EntityMention[]>();
  const claims = new Map<string, Claim[]>();
  articles.forEach((a, i) => {
    scanned.push(time('scan', () => scanDocument(a.id, a.text)));
    if (i % 64 === 0) rss.sample();
  });
  scanned.forEach((doc, i) => {
    mentions.set(doc.id, time('entities', () => entityStage.find(doc)));
    if (i % 64 === 0) rss.sample();
  });
  scanned.forEach((doc, i) => {
    claims.set(doc.id, time('claims', () => extractClaims(doc, mentions.get(doc.id)!)));
    if (i % 64 === 0) rss.sample();
  });
  const merge = time('entityMerge', () => entityStage.merge(mentions));
  const reuse = createReuseIndex(DEFAULT_OPTIONS.reuse);
  scanned.forEach((doc, i) => {
    time('reuseIndex', () => reuse.upsert(doc));
    if (i % 64 === 0) rss.sample();
  });
  const links = time('reuseLinks', () => reuse.links());
  rss.sample();
  const groups = time('conflicts', () => {
    const refs: ClaimRef[] = [];
    for (const [doc, list] of claims) for (const claim of list) refs.push({ doc, claim: { ...claim, subject: merge.canonical(claim.subject) } });
    return groupClaims(refs, DEFAULT_OPTIONS.conflicts, (id) => id);
  });
  rss.sample();
  let tokens = 0;
  for (const d of scanned) tokens += d.tokens.length;
  return {
    ms,
    counts: {
      tokens,
      mentions: [...mentions.values()].reduce((n, m) => n + m.length, 0),
      claims: [...claims.values()].reduce((n, c) => n + c.length, 0),
      links: links.length,
      conflicts: groups.reduce((n, g) => n + g.conflicts.length, 0),
    },
    peakRssMb: rss.peakMb(),
  };
}

export interface PipelineRun {
  ms: number;
  /** Time to index every article (per-document stages and the reuse index). */
  indexMs: number;
  /** Time to answer the corpus-wide questions afterwards: merged entities, duplicates, conflicts. */
  corpusMs: number;
  peakRssMb: number;
  analyzer: Analyzer;
}

/** The whole engine as the CLI and the worker use it: upsert every article, then ask for every corpus result. */
export function measurePipeline(articles: readonly Article[]): PipelineRun {
  gc();
  const rss = createRssSampler();
  const t0 = performance.now();
  const analyzer = createAnalyzer();
  articles.forEach((a, i) => {
    analyzer.corpus.upsert(a.id, a.text);
    if (i % 64 === 0) rss.sample();
  });
  const t1 = performance.now();
  analyzer.corpus.entities();
  rss.sample();
  analyzer.corpus.duplicates();
  rss.sample();
  analyzer.corpus.conflicts();
  rss.sample();
  const t2 = performance.now();
  return { ms: t2 - t0, indexMs: t1 - t0, corpusMs: t2 - t1, peakRssMb: rss.peakMb(), analyzer };
}

export interface ReuseRun {
  ms: number;
  /** Of `ms`: scanning the articles, which the index needs as input. */
  scanMs: number;
  linksMs: number;
  peakRssMb: number;
  links: DuplicateLink[];
}

/**
 * The duplicated-passage index alone (issue 5): scan each article and add it to the index, then ask for every link.
 * Each scanned document is dropped after it is added, as the corpus index does.
 */
export function measureReuseIndex(articles: readonly Article[]): ReuseRun {
  gc();
  const rss = createRssSampler();
  let scanMs = 0;
  const t0 = performance.now();
  const reuse = createReuseIndex(DEFAULT_OPTIONS.reuse);
  articles.forEach((a, i) => {
    const s0 = performance.now();
    const doc = scanDocument(a.id, a.text);
    scanMs += performance.now() - s0;
    reuse.upsert(doc);
    if (i % 64 === 0) rss.sample();
  });
  const t1 = performance.now();
  const links = reuse.links();
  rss.sample();
  const t2 = performance.now();
  return { ms: t2 - t0, scanMs, linksMs: t2 - t1, peakRssMb: rss.peakMb(), links };
}

/**
 * The practical lower bound: one pass over the characters, cutting letter and digit runs into substrings (what any
 * tokenizer must at least do). Non-ASCII code units count as word characters, as in most fast splitters.
 */
export function plainTokenize(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 128;
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}

export interface BaselineRun {
  articles: number;
  words: number;
  tokenizerMs: number;
  naturalTokenizerMs: number;
  compromiseMs: number;
  pipelineMs: number;
}

const requireHere = createRequire(__filename);

/** Median of `runs` timings of `work` (first run included: every contender gets the same treatment). */
function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    gc();
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * The same articles through: the plain tokenizer, natural's WordTokenizer, compromise (`nlp(text)` then
 * people/places/organizations/numbers, each `.out('array')`) and the full Source Lens pipeline.
 */
export function measureBaselines(sample: readonly Article[], runs = 5): BaselineRun {
  const { WordTokenizer } = requireHere('natural/lib/natural/tokenizers') as { WordTokenizer: new () => { tokenize(s: string): string[] } };
  const nlp = requireHere('compromise') as (text: string) => {
    people(): { out(f: string): unknown };
    places(): { out(f: string): unknown };
    organizations(): { out(f: string): unknown };
    numbers(): { out(f: string): unknown };
  };
  let sink = 0;
  const tokenizerMs = medianMs(runs, () => {
    for (const a of sample) sink += plainTokenize(a.text).length;
  });
  const natural = new WordTokenizer();
  const naturalTokenizerMs = medianMs(runs, () => {
    for (const a of sample) sink += natural.tokenize(a.text).length;
  });
  // compromise and the pipeline run once: on a 200-article sample one run is long enough to be stable.
  const compromiseMs = medianMs(1, () => {
    for (const a of sample) {
      const doc = nlp(a.text);
      sink += (doc.people().out('array') as unknown[]).length + (doc.places().out('array') as unknown[]).length;
      sink += (doc.organizations().out('array') as unknown[]).length + (doc.numbers().out('array') as unknown[]).length;
    }
  });
  const pipelineMs = medianMs(1, () => {
    sink += measurePipeline(sample).analyzer.corpus.ids().length;
  });
  if (sink < 0) throw new Error('unreachable: keeps the work from being optimised away');
  return { articles: sample.length, words: wordsIn(sample), tokenizerMs, naturalTokenizerMs, compromiseMs, pipelineMs };
}
