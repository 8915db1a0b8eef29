/** Runs the bench jobs (each in a fresh process unless asked otherwise) and assembles `results.json`. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob, longArticle, type JobName, type JobOptions, type PipelineResult, type ReuseResult, type StagesResult } from './jobs';
import type { LatencyRun } from './latency';
import type { BaselineRun } from './measure';
import type { Quality } from './quality';
import { measureStartup, type StartupRun } from './startup';

export interface BenchOptions {
  seed: number;
  /** Sizes measured stage by stage and as a full pipeline. */
  sizes: number[];
  /** The scaling pair: full pipeline at both; the larger gives the memory bound. */
  scaling: [number, number];
  baselineSample: number;
  latencyCorpus: number;
  latencyWords: number;
  edits: number;
  /** Run jobs in this process (smoke test) instead of one fresh process each. */
  inProcess: boolean;
  /** Seconds a job may take before it is stopped and reported as timed out. */
  budgetSec: number;
  startupRepeats: number;
  root: string;
}

export interface SizeResults {
  stages?: StagesResult;
  pipeline?: PipelineResult;
  error?: string;
}

export interface BenchResults {
  environment: { node: string; cpus: number; cpuModel: string; seed: number };
  sizes: Record<string, SizeResults>;
  /** The per-stage run the stage throughput target is checked on (the largest of `sizes`). */
  stageSize: StagesResult | null;
  baselines: (BaselineRun & { compromiseOverPipeline: number; pipelineOverTokenizer: number }) | null;
  scaling: { from: number; to: number; fromMs: number | null; toMs: number | null; timeRatio: number | null; fromMaxRssMb: number | null; toMaxRssMb: number | null; timedOut: boolean };
  /** The duplicated-passage index alone at the two scaling sizes (issue 5's goal). */
  reuse: { from: ReuseResult | null; to: ReuseResult | null; timeRatio: number | null };
  latency: LatencyRun | null;
  startup: StartupRun | null;
  qualitySize: number | null;
  quality: Quality | null;
  /** Jobs that failed or ran out of time, by name. */
  errors: Record<string, string>;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  seed: 20241206,
  sizes: [100, 1000],
  scaling: [1000, 10000],
  baselineSample: 200,
  latencyCorpus: 1000,
  latencyWords: 20_000,
  edits: 30,
  inProcess: false,
  budgetSec: 300,
  startupRepeats: 5,
  root: process.cwd(),
};

type JobResult = { ok: true; value: unknown; ms: number } | { ok: false; error: string; ms: number };

function job(name: JobName, options: JobOptions, bench: BenchOptions): JobResult {
  const t0 = performance.now();
  if (bench.inProcess) {
    try {
      return { ok: true, value: runJob(name, options), ms: performance.now() - t0 };
    } catch (err) {
      return { ok: false, error: String(err), ms: performance.now() - t0 };
    }
  }
  const args = [...process.execArgv, process.argv[1], '--child', name, '--size', String(options.size), '--seed', String(options.seed)];
  if (options.corpusFile) args.push('--corpus', options.corpusFile);
  if (options.latencyWords) args.push('--latency-words', String(options.latencyWords), '--edits', String(options.edits ?? 30));
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: bench.budgetSec * 1000, maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.error || r.status !== 0) {
    const why = r.signal === 'SIGTERM' ? `timed out after ${bench.budgetSec} s` : (r.stderr || String(r.error)).trim().split('\n').slice(-3).join(' ');
    return { ok: false, error: why, ms };
  }
  return { ok: true, value: JSON.parse(r.stdout.trim().split('\n').pop()!), ms };
}

export async function runBench(partial: Partial<BenchOptions> = {}, log: (line: string) => void = () => {}): Promise<BenchResults> {
  const o = { ...DEFAULT_OPTIONS, ...partial };
  const dir = o.inProcess ? null : mkdtempSync(join(tmpdir(), 'source-lens-bench-'));
  try {
    return await runJobs(o, dir, log);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function runJobs(o: BenchOptions, dir: string | null, log: (line: string) => void): Promise<BenchResults> {
  const corpusFiles = new Map<number, string>();
  // Each size is generated once, in a process of its own, and every job of that size reads it.
  const base = (size: number): { seed: number; size: number; corpusFile?: string } => {
    if (!dir) return { seed: o.seed, size };
    let file = corpusFiles.get(size);
    if (!file) {
      file = join(dir, `corpus-${o.seed}-${size}.json`);
      const r = job('generate', { seed: o.seed, size, corpusFile: file }, o);
      if (!r.ok) throw new Error(`generating ${size} articles failed: ${r.error}`);
      corpusFiles.set(size, file);
    }
    return { seed: o.seed, size, corpusFile: file };
  };
  const sizes: Record<string, SizeResults> = {};
  const pipelineSizes = [...new Set([...o.sizes, ...o.scaling])].sort((a, b) => a - b);
  for (const size of pipelineSizes) {
    const entry: SizeResults = {};
    if (o.sizes.includes(size)) {
      log(`stages at ${size} articles…`);
      const r = job('stages', base(size), o);
      if (r.ok) entry.stages = r.value as StagesResult;
      else entry.error = r.error;
    }
    log(`full pipeline at ${size} articles…`);
    const r = job('pipeline', base(size), o);
    if (r.ok) entry.pipeline = r.value as PipelineResult;
    else entry.error = r.error;
    log(`  ${r.ok ? 'done' : r.error} in ${(r.ms / 1000).toFixed(1)} s`);
    sizes[String(size)] = entry;
  }

  const [from, to] = o.scaling;
  const reuse: Partial<Record<'from' | 'to', ReuseResult>> = {};
  const errors: Record<string, string> = {};
  for (const [end, size] of [['from', from], ['to', to]] as const) {
    log(`duplicated-passage index alone at ${size} articles…`);
    const r = job('reuse', base(size), o);
    if (r.ok) reuse[end] = r.value as ReuseResult;
    else errors[`reuse index ${size}`] = r.error;
    log(`  ${r.ok ? 'done' : r.error} in ${(r.ms / 1000).toFixed(1)} s`);
  }
  log(`baselines on ${o.baselineSample} articles…`);
  const b = job('baselines', base(o.baselineSample), o);
  const baseline = b.ok ? (b.value as BaselineRun) : null;
  log(`editor latency in a ${o.latencyCorpus}-article index…`);
  const l = job('latency', { ...base(o.latencyCorpus), latencyWords: o.latencyWords, edits: o.edits }, o);
  log('start-up…');
  for (const [size, entry] of Object.entries(sizes)) if (entry.error) errors[`size ${size}`] = entry.error;
  if (!b.ok) errors.baselines = b.error;
  if (!l.ok) errors.latency = l.error;
  const startup = await measureStartup(o.root, longArticle(o.seed, 700), o.startupRepeats).catch(() => null);

  const fromRun = sizes[String(from)]?.pipeline;
  const toRun = sizes[String(to)]?.pipeline;
  const timedOut = !toRun && (sizes[String(to)]?.error ?? '').startsWith('timed out');
  const stageSizes = o.sizes.filter((s) => sizes[String(s)]?.stages);
  const stageSize = stageSizes.length > 0 ? sizes[String(Math.max(...stageSizes))].stages! : null;
  const qualitySizes = pipelineSizes.filter((s) => sizes[String(s)]?.pipeline && s <= Math.max(...o.sizes));
  const qualitySize = qualitySizes.length > 0 ? Math.max(...qualitySizes) : null;
  return {
    environment: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', seed: o.seed },
    sizes,
    stageSize,
    baselines: baseline && {
      ...baseline,
      compromiseOverPipeline: baseline.compromiseMs / baseline.pipelineMs,
      pipelineOverTokenizer: baseline.pipelineMs / baseline.tokenizerMs,
    },
    scaling: {
      from,
      to,
      fromMs: fromRun?.pipeline.ms ?? null,
      // A timed-out run still bounds the ratio from below.
      toMs: toRun?.pipeline.ms ?? (timedOut ? o.budgetSec * 1000 : null),
      timeRatio: fromRun ? (toRun?.pipeline.ms ?? (timedOut ? o.budgetSec * 1000 : NaN)) / fromRun.pipeline.ms : null,
      fromMaxRssMb: fromRun?.maxRssMb ?? null,
      toMaxRssMb: toRun?.maxRssMb ?? null,
      timedOut,
    },
    reuse: { from: reuse.from ?? null, to: reuse.to ?? null, timeRatio: reuse.from && reuse.to ? reuse.to.reuse.ms / reuse.from.reuse.ms : null },
    latency: l.ok ? (l.value as LatencyRun) : null,
    startup,
    qualitySize,
    quality: qualitySize === null ? null : sizes[String(qualitySize)].pipeline!.quality,
    errors,
  };
}

/** Rounds every number so the committed results.json diffs on what matters. */
export function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toPrecision(4));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}
