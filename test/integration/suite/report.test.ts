import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PingResult } from '../../../src/extension/report/messages';
import { screenshot, sourceLensApi, waitFor, workspaceRoot } from './util';
import { analyzed } from './viewsUtil';

const SEED = 'seeds/002_abe37b12b1baed6c.txt';

suite('report: exports and the corpus report webview', () => {
  let outDir: string;

  suiteSetup(async () => {
    await analyzed(await sourceLensApi());
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-export-'));
  });

  suiteTeardown(() => fs.rmSync(outDir, { recursive: true, force: true }));

  const exportTo = async (format: string, file: string) => {
    const target = vscode.Uri.file(path.join(outDir, file));
    const written = (await vscode.commands.executeCommand('sourceLens.exportReport', { format, target })) as vscode.Uri | undefined;
    assert.strictEqual(written?.toString(), target.toString(), `${format} export returns the file it wrote`);
    return fs.readFileSync(target.fsPath, 'utf8');
  };

  test('exports JSON in the CLI contract, with workspace-relative paths', async () => {
    const report = JSON.parse(await exportTo('json', 'report.json'));
    assert.strictEqual(report.version, 1);
    const paths: string[] = report.documents.map((d: { path: string }) => d.path);
    assert.ok(paths.includes(SEED), `documents: ${paths.slice(0, 5).join(', ')}`);
    assert.ok(report.entities.some((e: { name: string; type: string }) => e.name === 'Vladimir Putin' && e.type === 'person'));
    assert.ok(report.conflicts.length > 0 && report.duplicates.length > 0);
    for (const c of report.conflicts) assert.ok(!c.a.path.includes('://'), 'paths are workspace-relative');
  });

  test('exports CSV, Markdown and SARIF 2.1.0', async () => {
    const csv = await exportTo('csv', 'report.csv');
    assert.ok(csv.startsWith('path,start,end,text,dimension'));
    assert.ok(csv.split('\r\n').length > 10, 'one row per figure');
    const markdown = await exportTo('markdown', 'report.md');
    assert.ok(markdown.startsWith('# Source Lens report'));
    assert.match(markdown, /## Conflicts[\s\S]*\| subject \|/);
    assert.match(markdown, /Vladimir Putin/);
    const sarif = JSON.parse(await exportTo('sarif', 'report.sarif'));
    assert.strictEqual(sarif.version, '2.1.0');
    const results = sarif.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: { startLine?: number } } }> }>;
    assert.ok(results.some((r) => r.ruleId === 'SL001'), 'conflicts are results');
    assert.ok(results.every((r) => (r.locations[0].physicalLocation.region.startLine ?? 0) >= 1), 'regions carry line numbers');
  });

  test('refuses to overwrite an article', async () => {
    const article = vscode.Uri.joinPath(workspaceRoot(), SEED);
    const before = fs.readFileSync(article.fsPath);
    const written = await vscode.commands.executeCommand('sourceLens.exportReport', { format: 'markdown', target: article });
    assert.strictEqual(written, undefined);
    assert.ok(fs.readFileSync(article.fsPath).equals(before), 'the article is byte-identical');
  });

  test('the report webview renders sortable tables and a chart from the corpus', async () => {
    await vscode.commands.executeCommand('sourceLens.showReport');
    const page = await waitFor(async () => {
      const pong = (await vscode.commands.executeCommand('sourceLens.test.reportPing').then(undefined, () => undefined)) as PingResult | undefined;
      return pong?.rendered && (pong.rows.claims ?? 0) > 0 && pong;
    }, { description: 'the report to render', timeoutMs: 60_000, intervalMs: 500 });
    assert.ok(page.rows.entities > 0 && page.rows.conflicts > 0 && page.rows.duplicates > 0, JSON.stringify(page.rows));
    assert.ok(page.text.includes('Vladimir Putin'));
    assert.strictEqual(page.pwned, false);
    assert.strictEqual(page.scripts, 0, 'no script element beyond the page’s own');
    await screenshot('report-webview', { selector: 'iframe.webview' });
  });
});
