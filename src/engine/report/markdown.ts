import type { Report } from './model';

/** Escapes article text for a Markdown table cell: no HTML, links, emphasis or cell breaks can come through. */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]#|<>~&]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`));
}

const row = (cells: Array<string | number>) => `| ${cells.map((c) => escapeMarkdownCell(String(c))).join(' | ')} |`;

/** A readable Markdown report: summary, conflicts, duplicates, entities and skipped inputs. */
export function toMarkdown(report: Report, maxEntities = 100): string {
  const claims = report.documents.reduce((n, d) => n + d.claims.length, 0);
  const lines: string[] = [
    '# Source Lens report',
    '',
    `${report.documents.length} documents, ${report.entities.length} entities, ${claims} claims, ` +
      `${report.conflicts.length} conflicts, ${report.duplicates.length} duplicated passages.`,
    '',
    '## Conflicts',
    '',
  ];
  if (report.conflicts.length === 0) lines.push('No conflicting figures.');
  else {
    lines.push('| subject | attribute | this | other | note |', '|---|---|---|---|---|');
    for (const c of report.conflicts) {
      lines.push(row([c.subject, c.attribute, `${c.a.text} (${c.a.path})`, `${c.b.text} (${c.b.path})`, c.note]));
    }
  }
  lines.push('', '## Duplicated passages', '');
  if (report.duplicates.length === 0) lines.push('No duplicated passages.');
  else {
    lines.push('| kind | similarity | cluster | a | b | changed |', '|---|---|---|---|---|---|');
    for (const d of report.duplicates) {
      const changed = (d.changes ?? []).map((c) => `${c.a.text} → ${c.b.text}`).join('; ');
      lines.push(row([d.kind, d.similarity.toFixed(2), d.cluster, `${d.a.path}:${d.a.start}-${d.a.end}`, `${d.b.path}:${d.b.start}-${d.b.end}`, changed]));
    }
  }
  lines.push('', '## Entities', '', '| name | type | mentions | aliases |', '|---|---|---|---|');
  for (const e of report.entities.slice(0, maxEntities)) lines.push(row([e.name, e.type, e.mentions, e.aliases.join(', ')]));
  if (report.entities.length > maxEntities) lines.push('', `… and ${report.entities.length - maxEntities} more.`);
  if (report.skipped.length > 0) {
    lines.push('', '## Skipped', '', '| path | reason |', '|---|---|');
    for (const s of report.skipped) lines.push(row([s.path, s.reason]));
  }
  return lines.join('\n') + '\n';
}
