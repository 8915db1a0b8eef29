import type { Block, EntityMention, ScannedDocument, Span } from '../types';
import { normalizeAttribute } from './attributes';
import { mentionsIn, SUBJECT_TYPES } from './mentions';

/** What a table cell says about its figures: the attribute from the row label, the subject from the table. */
export interface CellContext {
  attribute: string | null;
  subject: string | null;
  /** The row label, kept for counts whose noun is only in the label ("Agreements signed | 10"). */
  label: string;
}

// Row labels whose value names what the whole table is about ("System | Oreshnik").
const SUBJECT_LABELS = new Set([
  'system', 'missile', 'missile type', 'weapon', 'weapon system', 'name', 'model', 'type', 'product', 'company',
  'organization', 'organisation', 'country', 'subject', 'aircraft', 'vehicle', 'platform', 'designation', 'item',
]);
// Header words that say "this column holds values", never an attribute.
const GENERIC_HEADERS = new Set(['feature', 'features', 'details', 'detail', 'value', 'values', 'figure', 'figures', 'item', 'description', 'data', 'fact', 'facts', 'key facts', 'specification', 'specifications', 'spec', 'specs', 'parameter', 'characteristic', 'metric', 'category', 'aspect', 'attribute', 'property']);

interface TableInfo {
  rows: Block[];
  /** Entity id per column from a header row of names ("| System | Oreshnik | Iskander-M |"). */
  columnSubjects: Array<string | null>;
  headers: string[];
  subject: string | null;
}

/** A cell longer than this is prose caught between pipes (a flattened table, a line of '|'-separated text), not a label. */
const MAX_LABEL_CHARS = 160;

function cellText(doc: ScannedDocument, cell: Span): string {
  if (cell.end - cell.start > MAX_LABEL_CHARS) return '';
  return doc.text.slice(cell.start, cell.end).replace(/[*_`]/g, '').trim();
}

function bestEntity(mentions: readonly EntityMention[]): string | null {
  const usable = mentions.filter((m) => SUBJECT_TYPES.has(m.type));
  const product = usable.find((m) => m.type === 'product');
  return (product ?? usable[0])?.entity ?? null;
}

function subjectAbove(doc: ScannedDocument, blocks: readonly Block[], index: number, entities: readonly EntityMention[]): string | null {
  let seen = 0;
  for (let b = index - 1; b >= 0 && seen < 4; b--) {
    const block = blocks[b];
    if (block.kind === 'blank' || block.kind === 'table-separator') continue;
    seen++;
    const found = mentionsIn(entities, block.start, block.end);
    const product = [...found].reverse().find((m) => m.type === 'product');
    if (product) return product.entity;
    if (block.kind === 'heading' && found.length) return bestEntity(found);
  }
  return null;
}

function buildTable(doc: ScannedDocument, blocks: readonly Block[], from: number, to: number, entities: readonly EntityMention[]): TableInfo {
  const rows = blocks.slice(from, to).filter((b) => b.kind === 'table-row' && b.cells && b.cells.length >= 2);
  const headerRow = rows[0];
  const headers = headerRow ? headerRow.cells!.map((c) => cellText(doc, c)) : [];
  const columnSubjects: Array<string | null> = [];
  if (headerRow) {
    for (let c = 0; c < headerRow.cells!.length; c++) {
      const cell = headerRow.cells![c];
      columnSubjects.push(c === 0 ? null : bestEntity(mentionsIn(entities, cell.start, cell.end)));
    }
  }
  let subject: string | null = null;
  for (const row of rows) {
    const label = normalizeAttribute(cellText(doc, row.cells![0]));
    if (SUBJECT_LABELS.has(label) && row.cells!.length === 2) {
      const cell = row.cells![1];
      subject = bestEntity(mentionsIn(entities, cell.start, cell.end));
      if (subject) break;
    }
  }
  subject ??= subjectAbove(doc, blocks, from, entities);
  return { rows, columnSubjects, headers, subject };
}

/** Indexes every pipe table so that a figure's offset can be mapped to its row label and table subject. */
export function indexTables(doc: ScannedDocument, entities: readonly EntityMention[]): (offset: number) => CellContext | null {
  const { blocks } = doc;
  const byRow = new Map<number, { table: TableInfo; row: Block; header: boolean }>();
  const rowStarts: number[] = [];
  for (let b = 0; b < blocks.length; b++) {
    if (blocks[b].kind !== 'table-row' && blocks[b].kind !== 'table-separator') continue;
    let e = b;
    while (e < blocks.length && (blocks[e].kind === 'table-row' || blocks[e].kind === 'table-separator')) e++;
    const table = buildTable(doc, blocks, b, e, entities);
    table.rows.forEach((row, r) => {
      byRow.set(row.start, { table, row, header: r === 0 && blocks[b + 1]?.kind === 'table-separator' });
      rowStarts.push(row.start);
    });
    b = e - 1;
  }
  if (rowStarts.length === 0) return () => null;
  return (offset: number) => {
    let lo = 0;
    let hi = rowStarts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (rowStarts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return null;
    const hit = byRow.get(rowStarts[found])!;
    if (offset >= hit.row.end || hit.header) return null;
    const cells = hit.row.cells!;
    let c = cells.findIndex((cell) => offset >= cell.start && offset < cell.end);
    if (c <= 0) return null;
    const label = cellText(doc, cells[0]);
    // The row is about an entity only when the label is essentially its name ("| NATO | ..."), not "Signed in Minsk".
    const labelMentions = mentionsIn(entities, cells[0].start, cells[0].end).filter((m) => (m.end - m.start) * 10 >= (cells[0].end - cells[0].start) * 6);
    const rowEntity = bestEntity(labelMentions);
    const columnSubject = hit.table.columnSubjects[c] ?? null;
    // "Distance from Minsk to Berlin | 950 km": the distance of the second place from the first.
    const between = distanceBetween(label);
    if (between) {
      const places = mentionsIn(entities, cells[0].start, cells[0].end).filter((m) => m.type === 'place');
      const target = places.find((m) => m.text === between[2].trim()) ?? places[places.length - 1];
      return { subject: target?.entity ?? columnSubject ?? hit.table.subject, attribute: `distance from ${between[1].toLowerCase()}`, label };
    }
    const header = hit.table.headers[c] ?? '';
    if (rowEntity && !columnSubject) {
      // "| NATO | 4,000 troops |": the row names the subject and the column header names the attribute.
      const h = normalizeAttribute(header);
      return { subject: rowEntity, attribute: GENERIC_HEADERS.has(h) || !h ? null : h, label };
    }
    const attr = normalizeAttribute(label);
    c = Math.max(c, 1);
    return { subject: columnSubject ?? hit.table.subject, attribute: GENERIC_HEADERS.has(attr) || !attr ? null : attr, label };
  };
}

/** "Distance from Minsk to Berlin" → ['Minsk', 'Berlin'], parsed without a backtracking regex. */
function distanceBetween(label: string): [string, string, string] | null {
  const lower = label.toLowerCase();
  const head = lower.startsWith('distance from ') ? 14 : lower.startsWith('distance between ') ? 17 : -1;
  if (head < 0) return null;
  for (const joiner of [' to ', ' and ']) {
    const at = lower.indexOf(joiner, head);
    if (at > head) return [label, label.slice(head, at), label.slice(at + joiner.length)];
  }
  return null;
}
