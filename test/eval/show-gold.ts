/** Annotator's aid: prints every resolved gold mention and claim of one gold file with its offsets. */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { resolveArticle, GoldArticleFile } from './gold';
import { GOLD_DIR, readArticle } from './load';

const name = process.argv[2];
if (!name) throw new Error('usage: tsx test/eval/show-gold.ts <gold basename>');
const gold = JSON.parse(readFileSync(join(GOLD_DIR, name.endsWith('.json') ? name : `${name}.json`), 'utf8')) as GoldArticleFile;
const article = resolveArticle(gold, readArticle(gold.article));
for (const m of article.mentions) {
  console.log(`E ${m.start}-${m.end} ${m.type.padEnd(12)} ${m.text}${m.optional ? ' (optional)' : ''}`);
}
for (const c of [...article.claims].sort((a, b) => a.start - b.start)) {
  const extra = c.interval ? ` ${c.interval.join('..')}` : c.low !== undefined ? ` [${c.low}, ${c.high}]` : '';
  console.log(`C ${c.start}-${c.end} ${JSON.stringify(c.text)} = ${c.value} ${c.unit}${extra} | ${c.subject} / ${c.attribute}`);
}
console.log(`${article.mentions.length} mentions, ${article.claims.length} claims`);
