import * as assert from 'assert';
import Ajv from 'ajv';
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/main';

const root = path.resolve(__dirname, '../../..');
const schema = JSON.parse(readFileSync(path.join(root, 'schema/source-lens.schema.json'), 'utf8'));
const ajvValidate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const validate = Object.assign((data: unknown): boolean => ajvValidate(data) as boolean, {
  get errors() {
    return ajvValidate.errors;
  },
});

async function run(args: string[], cwd = root) {
  let stdout = '';
  const stderr: string[] = [];
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await runCli(args, { stdout: (s) => void (stdout += s), stderr: (s) => void stderr.push(s) });
    return { code, stdout, stderr: stderr.join('\n') };
  } finally {
    process.chdir(before);
  }
}

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'source-lens-cli-'));

describe('source-lens analyze', () => {
  it('prints JSON for the seeds that validates against the published schema', async () => {
    const r = await run(['analyze', '--format', 'json', 'seeds']);
    assert.strictEqual(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
    assert.deepStrictEqual(report.documents.map((d: { path: string }) => d.path), ['seeds/000_24c4a358f596b150.txt', 'seeds/002_abe37b12b1baed6c.txt']);
    const text = readFileSync(path.join(root, 'seeds/002_abe37b12b1baed6c.txt'), 'utf8');
    for (const doc of report.documents) {
      const body = readFileSync(path.join(root, doc.path), 'utf8');
      for (const span of [...doc.entities, ...doc.claims]) assert.strictEqual(body.slice(span.start, span.end), span.text);
    }
    assert.ok(text.length > 0);
  });

  it('rejects bad usage with exit code 2 and a message on stderr only', async () => {
    for (const args of [[], ['analyse', 'seeds'], ['analyze'], ['analyze', '--format', 'xml', 'seeds'], ['analyze', '--bogus', 'seeds'], ['analyze', '--fail-on', 'typos', 'seeds']]) {
      const r = await run(args);
      assert.strictEqual(r.code, 2, `args ${args.join(' ')}`);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, /source-lens: /);
    }
  });

  it('reports a missing input with exit code 3', async () => {
    const r = await run(['analyze', 'no/such/folder']);
    assert.strictEqual(r.code, 3);
    assert.match(r.stderr, /no such file or folder: no\/such\/folder/);
    assert.strictEqual(r.stdout, '');
  });

  it('skips binary and oversized files with a reason, in JSON and on stderr', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'Vladimir Putin met Alexander Lukashenko in Minsk.');
    writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(path.join(dir, 'big.md'), 'x'.repeat(2000));
    const r = await run(['analyze', '--max-size', '1000', '.'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.ok(validate(report), JSON.stringify(validate.errors));
    assert.deepStrictEqual(report.documents.map((d: { path: string }) => d.path), ['a.txt']);
    const reasons = Object.fromEntries(report.skipped.map((s: { path: string; reason: string }) => [s.path, s.reason]));
    assert.match(reasons['image.txt'], /binary/);
    assert.match(reasons['big.md'], /size limit/);
    assert.match(r.stderr, /skipped image\.txt: binary/);
  });

  it('keeps offsets right for BOM, CRLF, invalid UTF-8 and empty files', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Range:\r\nThe Oreshnik missile has a range of 2,000 km.\r\n')]));
    writeFileSync(path.join(dir, 'bad.txt'), Buffer.concat([Buffer.from('Minsk '), Buffer.from([0xff, 0xfe]), Buffer.from(' and Moscow.')]));
    writeFileSync(path.join(dir, 'empty.md'), '');
    const r = await run(['analyze', '.'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.ok(validate(report), JSON.stringify(validate.errors));
    const bom = report.documents.find((d: { path: string }) => d.path === 'bom.txt');
    const bomText = 'Range:\r\nThe Oreshnik missile has a range of 2,000 km.\r\n';
    for (const span of [...bom.entities, ...bom.claims]) assert.strictEqual(bomText.slice(span.start, span.end), span.text);
    assert.match(r.stderr, /bad\.txt: invalid UTF-8/);
    assert.deepStrictEqual(report.documents.find((d: { path: string }) => d.path === 'empty.md'), { path: 'empty.md', entities: [], claims: [] });
  });

  it('does not follow a symlink loop', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'a.txt'), 'Minsk and Moscow.');
    symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    const r = await run(['analyze', '.'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepStrictEqual(report.documents.map((d: { path: string }) => d.path), ['sub/a.txt']);
    assert.ok(report.skipped.some((s: { reason: string }) => /symlink loop/.test(s.reason)));
  });

  it('exits 1 with --fail-on when findings exist, and 0 when they do not', async () => {
    const dir = tempDir();
    const para = 'The agreement permits the deployment of ballistic missiles on its territory and deepens the military collaboration between the two capitals.';
    writeFileSync(path.join(dir, 'a.txt'), `${para}\nOther text about farming and rain.`);
    writeFileSync(path.join(dir, 'b.txt'), `Unrelated opening line about the weather.\n${para}`);
    assert.strictEqual((await run(['analyze', '--fail-on', 'duplicates', '.'], dir)).code, 1);
    assert.strictEqual((await run(['analyze', '--fail-on', 'conflicts', '.'], dir)).code, 0);
  });

  it('writes --out to a file and refuses to overwrite an input article', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.md'), 'Minsk and Moscow.');
    const ok = await run(['analyze', '--format', 'markdown', '--out', 'report.out', 'a.md'], dir);
    assert.strictEqual(ok.code, 0, ok.stderr);
    assert.match(readFileSync(path.join(dir, 'report.out'), 'utf8'), /^# Source Lens report/);
    const refused = await run(['analyze', '--out', 'a.md', 'a.md'], dir);
    assert.strictEqual(refused.code, 3);
    assert.strictEqual(readFileSync(path.join(dir, 'a.md'), 'utf8'), 'Minsk and Moscow.');
  });

  it('prints SARIF 2.1.0 and CSV', async () => {
    const sarif = JSON.parse((await run(['analyze', '--format', 'sarif', 'seeds'])).stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    assert.strictEqual(sarif.runs[0].tool.driver.name, 'Source Lens');
    const csv = (await run(['analyze', '--format', 'csv', 'seeds'])).stdout;
    assert.match(csv.split('\r\n')[0], /^path,start,end,text,dimension,value,unit/);
  });
});
