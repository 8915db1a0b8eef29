/**
 * `npm run bench`: prints a table and writes bench/results.json.
 * Flags: --huge (adds 100,000 articles to the scaling run), --sizes 100,1000, --scaling 1000,10000,
 * --budget SECONDS (per job, default 300), --seed N, --out FILE.
 * Internal: --child JOB --size N runs one job and prints its JSON (the harness starts these).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OPTIONS, rounded, runBench } from './harness';
import { runJob, type JobName } from './jobs';
import { formatResults, targets } from './report';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const numbers = (s: string | undefined) => s?.split(',').map(Number);

async function main(): Promise<void> {
  const child = flag('child') as JobName | undefined;
  const seed = Number(flag('seed') ?? DEFAULT_OPTIONS.seed);
  if (child) {
    const result = runJob(child, { seed, size: Number(flag('size')), corpusFile: flag('corpus'), latencyWords: Number(flag('latency-words') ?? 20000), edits: Number(flag('edits') ?? 30) });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (!(globalThis as { gc?: unknown }).gc) console.error('note: run with --expose-gc for steadier numbers');
  const scaling = (numbers(flag('scaling')) ?? DEFAULT_OPTIONS.scaling) as [number, number];
  const results = await runBench(
    {
      seed,
      sizes: numbers(flag('sizes')) ?? DEFAULT_OPTIONS.sizes,
      scaling: process.argv.includes('--huge') ? [scaling[1], 100_000] : scaling,
      budgetSec: Number(flag('budget') ?? DEFAULT_OPTIONS.budgetSec),
      root: process.cwd(),
    },
    (line) => console.error(line),
  );
  const out = flag('out') ?? join(process.cwd(), 'bench/results.json');
  writeFileSync(out, `${JSON.stringify(rounded({ ...results, targets: targets(results) }), null, 2)}\n`);
  console.log(formatResults(results));
  console.log(`\nwrote ${out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
