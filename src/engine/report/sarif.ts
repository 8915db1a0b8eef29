import type { Report, ReportSpan } from './model';

export interface SarifOptions {
  /** The text of a path, to add line and column to each region; offsets alone are used without it. */
  textOf?: (path: string) => string | undefined;
  conflictLevel?: 'error' | 'warning' | 'note';
  includeDuplicates?: boolean;
  toolVersion?: string;
}

function region(span: ReportSpan, text: string | undefined) {
  const r: Record<string, number> = { charOffset: span.start, charLength: span.end - span.start };
  if (text !== undefined) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < span.start && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    r.startLine = line;
    r.startColumn = span.start - lineStart + 1;
  }
  return r;
}

/** SARIF 2.1.0, so newsroom CI can show conflicts and duplicates next to the articles. */
export function toSarif(report: Report, options: SarifOptions = {}): object {
  const location = (span: ReportSpan) => ({
    physicalLocation: { artifactLocation: { uri: span.path }, region: region(span, options.textOf?.(span.path)) },
  });
  const results: object[] = report.conflicts.map((c) => ({
    ruleId: 'SL001',
    level: options.conflictLevel ?? 'warning',
    message: { text: `${c.subject} ${c.attribute}: ${c.note}` },
    locations: [location(c.a)],
    relatedLocations: [{ id: 1, ...location(c.b), message: { text: c.b.text } }],
  }));
  if (options.includeDuplicates) {
    for (const d of report.duplicates) {
      results.push({
        ruleId: 'SL002',
        level: 'note',
        message: { text: `${d.kind} copy (similarity ${d.similarity.toFixed(2)}) of ${d.b.path}` },
        locations: [location(d.a)],
        relatedLocations: [{ id: 1, ...location(d.b) }],
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Source Lens',
            version: options.toolVersion ?? '0.0.0',
            rules: [
              { id: 'SL001', name: 'ConflictingFigure', shortDescription: { text: 'Sources state different figures for the same thing' } },
              { id: 'SL002', name: 'DuplicatedPassage', shortDescription: { text: 'A passage is copied, edited or restated from another' } },
            ],
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
