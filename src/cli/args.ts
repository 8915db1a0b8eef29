import { parseArgs } from 'util';

export const FORMATS = ['json', 'markdown', 'sarif', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
export const FAIL_ON = ['conflicts', 'duplicates'] as const;

export interface CliArgs {
  command: 'analyze' | 'help' | 'version';
  format: Format;
  out?: string;
  failOn: Array<(typeof FAIL_ON)[number]>;
  maxBytes: number;
  dictionary?: string;
  includeBoilerplate: boolean;
  paths: string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage: source-lens analyze [options] PATH...

Analyses articles (*.txt, *.md; folders are searched recursively) and prints entities, numerical claims,
duplicated passages and cross-source conflicts.

Options:
  --format json|markdown|sarif|csv   output format (default json)
  --out FILE                         write the output to FILE instead of stdout
  --fail-on conflicts|duplicates     exit 1 when any are found (repeatable)
  --max-size BYTES                   skip larger files (default 5242880)
  --dictionary FILE                  a .sourcelens/dictionary.json to use
  --include-boilerplate              also report passages shared by many articles
  -h, --help                         show this help
  -v, --version                      show the version

Exit codes: 0 success, 1 findings (with --fail-on), 2 usage error, 3 input error.`;

/** Parses argv; throws UsageError with a message a person can act on. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        'fail-on': { type: 'string', multiple: true },
        'max-size': { type: 'string' },
        dictionary: { type: 'string' },
        'include-boilerplate': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const base = { format: 'json' as Format, failOn: [], maxBytes: 5 * 1024 * 1024, includeBoilerplate: false, paths: [] };
  if (v.help) return { ...base, command: 'help' };
  if (v.version) return { ...base, command: 'version' };
  const [command, ...paths] = parsed.positionals;
  if (command !== 'analyze') throw new UsageError(command ? `unknown command "${command}"` : 'missing command "analyze"');
  if (paths.length === 0) throw new UsageError('give at least one file or folder to analyse');
  const format = (v.format as string | undefined) ?? 'json';
  if (!FORMATS.includes(format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const failOn = ((v['fail-on'] as string[] | undefined) ?? []).flatMap((s) => s.split(','));
  for (const f of failOn) if (!FAIL_ON.includes(f as never)) throw new UsageError(`--fail-on takes ${FAIL_ON.join(' or ')}, not "${f}"`);
  let maxBytes = base.maxBytes;
  if (v['max-size'] !== undefined) {
    maxBytes = Number(v['max-size']);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError('--max-size takes a positive whole number of bytes');
  }
  return {
    command: 'analyze',
    format: format as Format,
    out: v.out as string | undefined,
    failOn: failOn as CliArgs['failOn'],
    maxBytes,
    dictionary: v.dictionary as string | undefined,
    includeBoilerplate: Boolean(v['include-boilerplate']),
    paths,
  };
}
