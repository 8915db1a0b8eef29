import { promises as fs } from 'fs';
import * as path from 'path';
import { createAnalyzer, parseDictionary, type Dictionary, type Report } from '../engine';
import { toCsv } from '../engine/report/csv';
import { jsonChunks } from '../engine/report/json-chunks';
import { toMarkdown } from '../engine/report/markdown';
import { toSarif } from '../engine/report/sarif';
import { decodeArticle } from '../engine/text/decode';
import { parseCliArgs, UsageError, USAGE, type CliArgs } from './args';
import { collectArticles } from './collect';

export const EXIT = { ok: 0, findings: 1, usage: 2, input: 3 } as const;

declare const SOURCE_LENS_VERSION: string | undefined;
const version = typeof SOURCE_LENS_VERSION === 'string' ? SOURCE_LENS_VERSION : '0.0.0-dev';

class InputError extends Error {}

async function loadDictionary(file: string | undefined): Promise<Dictionary | undefined> {
  if (!file) return undefined;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read dictionary ${file}: ${(err as Error).message}`);
  }
  const parsed = parseDictionary(text);
  if (!parsed.ok) throw new InputError(`${file}:${parsed.line}: ${parsed.error}`);
  return parsed.value;
}

/** The output in pieces: JSON and SARIF of a large corpus would not fit in one string. */
function render(report: Report, args: CliArgs, texts: Map<string, string>): Iterable<string> {
  switch (args.format) {
    case 'markdown':
      return [toMarkdown(report)];
    case 'csv':
      return [toCsv(report)];
    case 'sarif':
      return jsonChunks(toSarif(report, { textOf: (p) => texts.get(p), toolVersion: version, includeDuplicates: true }), 4);
    default:
      return jsonChunks(report);
  }
}

async function writeOut(file: string, output: Iterable<string>): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    for (const chunk of output) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

async function analyze(args: CliArgs, stderr: (line: string) => void): Promise<{ output: Iterable<string>; report: Report }> {
  const dictionary = await loadDictionary(args.dictionary);
  const collected = await collectArticles(args.paths);
  if (collected.missing.length > 0) throw new InputError(`no such file or folder: ${collected.missing.join(', ')}`);
  if (args.out && collected.files.some((f) => path.resolve(f) === path.resolve(args.out!))) {
    throw new InputError(`--out ${args.out} is one of the input articles; Source Lens never overwrites an article`);
  }
  const analyzer = createAnalyzer({ dictionary, reuse: { includeBoilerplate: args.includeBoilerplate } });
  const skipped = [...collected.skipped];
  const texts = new Map<string, string>();
  for (const file of collected.files) {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(file);
    } catch (err) {
      skipped.push({ path: file, reason: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      continue;
    }
    const decoded = decodeArticle(bytes, args.maxBytes);
    if (!decoded.ok) {
      skipped.push({ path: file, reason: decoded.reason });
      continue;
    }
    if (decoded.replaced) stderr(`source-lens: ${file}: invalid UTF-8 replaced with U+FFFD`);
    texts.set(file, decoded.text);
    analyzer.corpus.upsert(file, decoded.text);
  }
  for (const s of skipped) stderr(`source-lens: skipped ${s.path}: ${s.reason}`);
  const report = analyzer.report(skipped);
  return { output: render(report, args, texts), report };
}

/** Runs the CLI and returns its exit code; output and errors go through the given writers, never mixed. */
export interface CliIo {
  stdout(text: string): unknown;
  stderr(line: string): unknown;
}

export async function runCli(argv: string[], io: CliIo = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s + '\n') }): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`source-lens: ${err.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (args.command === 'help') {
    io.stdout(USAGE + '\n');
    return EXIT.ok;
  }
  if (args.command === 'version') {
    io.stdout(version + '\n');
    return EXIT.ok;
  }
  try {
    const { output, report } = await analyze(args, io.stderr);
    if (args.out) await writeOut(args.out, output);
    else for (const chunk of output) io.stdout(chunk);
    const found =
      (args.failOn.includes('conflicts') && report.conflicts.length > 0) ||
      (args.failOn.includes('duplicates') && report.duplicates.length > 0);
    return found ? EXIT.findings : EXIT.ok;
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr(`source-lens: ${err.message}`);
      return EXIT.input;
    }
    io.stderr(`source-lens: internal error: ${(err as Error).stack ?? err}`);
    return EXIT.input;
  }
}
