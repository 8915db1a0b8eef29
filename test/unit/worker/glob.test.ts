import * as assert from 'assert';
import { compileGlob, expandBraces, matchSegment } from '../../../src/worker/glob';

describe('worker: glob matching', () => {
  it('matches the default include and exclude patterns', () => {
    const include = compileGlob('**/*.{txt,md}');
    assert.ok(include('a.txt'));
    assert.ok(include('news/2024/report.md'));
    assert.ok(!include('news/report.mdx'));
    assert.ok(!include('news/report.pdf'));
    const exclude = compileGlob('**/{node_modules,.git,.sourcelens}/**');
    assert.ok(exclude('node_modules/pkg/readme.md'));
    assert.ok(exclude('a/b/.sourcelens/review.json'));
    assert.ok(!exclude('articles/node_modules.md'));
  });

  it('keeps * and ? within one segment and supports classes', () => {
    assert.ok(compileGlob('articles/*.txt')('articles/a.txt'));
    assert.ok(!compileGlob('articles/*.txt')('articles/x/a.txt'));
    assert.ok(compileGlob('a?c/[0-9][!a-z].md')('abc/1Z.md'));
    assert.ok(!compileGlob('a?c/[0-9][!a-z].md')('abc/1z.md'));
    assert.ok(matchSegment('*report*', 'the-report-2024'));
    assert.ok(!matchSegment('*report', 'reports'));
    assert.ok(matchSegment('REP*', 'report.md', true));
  });

  it('expands nested braces', () => {
    assert.deepStrictEqual(expandBraces('a{b,c{d,e}}f'), ['abf', 'acdf', 'acef']);
    assert.deepStrictEqual(expandBraces('plain'), ['plain']);
  });

  it('stays fast on patterns that make backtracking matchers explode', () => {
    const path = `${'a/'.repeat(200)}b`;
    const pattern = compileGlob(`${'**/a/'.repeat(20)}c`);
    const segment = 'a'.repeat(5000);
    const started = process.hrtime.bigint();
    assert.strictEqual(pattern(path), false);
    assert.strictEqual(matchSegment('*a*a*a*a*a*a*a*a*b', segment), false);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(ms < 1000, `took ${ms} ms`);
  });
});
