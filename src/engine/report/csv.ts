import type { Report } from './model';

/** RFC 4180 quoting, and a leading apostrophe so spreadsheet apps never run article text as a formula. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const COLUMNS = ['path', 'start', 'end', 'text', 'dimension', 'value', 'unit', 'low', 'high', 'qualifier', 'interval', 'subject', 'attribute', 'conflicts'];

/** Every claim as one CSV row: the ledger of figures, with the number of conflicts each takes part in. */
export function toCsv(report: Report): string {
  const conflictCount = new Map<string, number>();
  for (const c of report.conflicts) {
    for (const side of [c.a, c.b]) {
      const key = `${side.path}\u0000${side.start}`;
      conflictCount.set(key, (conflictCount.get(key) ?? 0) + 1);
    }
  }
  const lines = [COLUMNS.join(',')];
  for (const doc of report.documents) {
    for (const c of doc.claims) {
      lines.push(
        [doc.path, c.start, c.end, c.text, c.dimension, c.value, c.unit, c.low, c.high, c.qualifier, c.interval?.join('/'), c.subject, c.attribute, conflictCount.get(`${doc.path}\u0000${c.start}`) ?? 0]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return lines.join('\r\n') + '\r\n';
}
