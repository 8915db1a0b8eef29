/**
 * `npm run eval`: analyse every annotated article with the engine and print P/R/F1 per stage.
 *   tsx test/eval/run.ts [--json]     (--json also writes test-results/eval.json)
 * The eval is a report, not a gate: it exits 0 whatever the scores, and non-zero only when gold is broken.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/engine';
import { evaluate } from './evaluate';
import { formatEvaluation } from './format';
import { loadGold, REPO_ROOT } from './load';
import { PredReport } from './prediction';

function main(): void {
  const gold = loadGold();
  const analyzer = createAnalyzer();
  const started = process.hrtime.bigint();
  for (const article of gold.articles) analyzer.corpus.upsert(article.path, article.text);
  const report = analyzer.report() as unknown as PredReport;
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const evaluation = evaluate(gold, report);
  console.log(formatEvaluation(evaluation));
  console.log(`\n(analysis of ${gold.articles.length} articles took ${ms.toFixed(0)} ms)`);
  if (process.argv.includes('--json')) {
    const dir = join(REPO_ROOT, 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'eval.json'), JSON.stringify(evaluation, null, 2));
    console.log(`wrote ${join('test-results', 'eval.json')}`);
  }
}

main();
