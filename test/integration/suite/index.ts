import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { screenshot } from './util';

/**
 * Mocha runner loaded by the extension host (extensionTestsPath). The same contract serves
 * code-server's extension host and @vscode/test-electron: a rejected promise means failure.
 */
export async function run(): Promise<void> {
  // The harness reads this first line to prove the suite really runs inside VS Code.
  console.log(`[source-lens suite] VS Code ${vscode.version} (${vscode.env.appName}, appHost ${vscode.env.appHost}, `
    + `remote ${vscode.env.remoteName ?? 'none'}), extension host Node ${process.version}`);
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: 60_000,
    grep: process.env.SOURCE_LENS_TEST_GREP || undefined,
  });
  for (const file of testFiles(__dirname)) mocha.addFile(file);
  const failures = await new Promise<number>((resolve, reject) => {
    try {
      mocha.run(resolve);
    } catch (err) {
      reject(err);
    }
  });
  // The extension host stops right after run() settles, taking the decorations with it: photograph now.
  await screenshot('workbench').catch((err) => console.log(`[screenshot] workbench: ${err.message}`));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}

function testFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}
