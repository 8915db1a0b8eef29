import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

const checker = path.resolve(__dirname, '../../scripts/check-engine-purity.mjs');
const check = (dir: string) => spawnSync(process.execPath, [checker, dir], { encoding: 'utf8' });

describe('engine purity rule', () => {
  it('passes on src/engine', () => {
    const r = check(path.resolve(__dirname, '../../src/engine'));
    assert.strictEqual(r.status, 0, r.stderr);
  });

  for (const [name, source] of [
    ['vscode', "import * as vscode from 'vscode';"],
    ['fs', "import { readFileSync } from 'node:fs';"],
    ['require fs', "const fs = require('fs');"],
    ['natural root', "import natural from 'natural';"],
  ]) {
    it(`fails when the engine imports ${name}`, () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'purity-'));
      mkdirSync(path.join(dir, 'sub'));
      writeFileSync(path.join(dir, 'sub', 'bad.ts'), `${source}\nexport const x = 1;\n`);
      const r = check(dir);
      assert.strictEqual(r.status, 1);
      assert.match(r.stderr, /bad\.ts:1/);
    });
  }
});
