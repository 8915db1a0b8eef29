import * as vscode from 'vscode';
import type { Claim, EntityMention } from '../engine';
import { formatNumber } from '../engine/conflicts/format';
import type { DocView, ValueRow } from '../worker/protocol';
import { claimAt, conflictsOfClaim, copiesAt, mentionAt, type CopySide } from '../worker/viewQuery';
import { docLabel, escapeMarkdown, openLink, trustedMarkdown } from './markdown';
import type { SurfaceContext } from './surfaceContext';

const MAX_FILES = 8;
const MAX_ROWS = 12;
const MAX_CHANGES = 8;

const t = vscode.l10n.t;

/** "500,000 m", "12", "2024-05-01 – 2024-08-31": the value the engine compares, after normalisation. */
function normalised(claim: Claim): string {
  if (claim.dimension === 'date') return claim.interval ? `${claim.interval[0]} – ${claim.interval[1]}` : new Date(claim.value).toISOString().slice(0, 10);
  const range = claim.low !== undefined && claim.high !== undefined && claim.low !== claim.high ? `${formatNumber(claim.low)}–${formatNumber(claim.high)}` : formatNumber(claim.value);
  return claim.unit ? `${range} ${claim.unit}` : range;
}

/** Entity types as readers call them. */
function typeLabel(type: EntityMention['type']): string {
  switch (type) {
    case 'person':
      return t('person');
    case 'place':
      return t('place');
    case 'organization':
      return t('organization');
    case 'product':
      return t('product');
    case 'event':
      return t('event');
    default:
      return t('nationality');
  }
}

function subjectName(view: DocView, subject: string): string {
  return view.entities[subject]?.name ?? subject;
}

function entitySection(view: DocView, mention: EntityMention): string {
  const entity = view.entities[mention.entity];
  if (!entity) return `**${escapeMarkdown(mention.text)}** · ${escapeMarkdown(typeLabel(mention.type))}`;
  const lines = [`**${escapeMarkdown(entity.name)}** · ${escapeMarkdown(typeLabel(entity.type))}`];
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  if (aliases.length) lines.push(`${t('Also written')}: ${aliases.slice(0, 8).map(escapeMarkdown).join(', ')}`);
  const files = entity.files.slice(0, MAX_FILES).map((f) => `${openLink(docLabel(f.doc), f.doc, f.start, f.end)} (${f.count})`);
  const more = entity.files.length > MAX_FILES ? ` ${t('and {0} more', entity.files.length - MAX_FILES)}` : '';
  lines.push(`${t('{0} mentions in {1} files', entity.mentions, entity.files.length)}: ${files.join(' · ')}${more}`);
  return lines.join('\n\n');
}

function verdictLabel(row: ValueRow): string {
  if (row.verdict === 'conflict') return `$(warning) ${t('disagrees')}`;
  return row.verdict === 'agree' ? `$(check) ${t('agrees')}` : t('not comparable');
}

function claimSection(ctx: SurfaceContext, view: DocView, claim: Claim, index: number): string {
  const lines = [
    `**${escapeMarkdown(view.figures[index] ?? claim.text)}** · ${escapeMarkdown(claim.dimension)} (${t('normalised')}: ${escapeMarkdown(normalised(claim))})`,
    `${t('Subject')}: **${escapeMarkdown(subjectName(view, claim.subject))}** · ${t('attribute')}: **${escapeMarkdown(claim.attribute)}**`,
  ];
  if (ctx.review.isVerified(view.doc, claim)) lines.push(`$(pass-filled) ${t('Marked as verified by a reviewer')}`);
  const rows = view.values[index] ?? [];
  if (rows.length) {
    const table = [`| ${t('Source')} | ${t('Figure')} | |`, '|---|---|---|'];
    for (const row of rows.slice(0, MAX_ROWS)) {
      const source = openLink(docLabel(row.ref.doc), row.ref.doc, row.ref.claim.start, row.ref.claim.end);
      table.push(`| ${source} | ${escapeMarkdown(row.figure)} | ${verdictLabel(row)} |`);
    }
    const more = Math.max(rows.length - MAX_ROWS, (view.groupSizes[index] ?? 0) - 1 - Math.min(rows.length, MAX_ROWS));
    if (more > 0) table.push(`| ${t('and {0} more (see the corpus report)', more)} | | |`);
    lines.push(`${t('What other sources say')}:\n\n${table.join('\n')}`);
  } else {
    lines.push(t('No other source states this figure.'));
  }
  return lines.join('\n\n');
}

function conflictSection(ctx: SurfaceContext, view: DocView, claim: Claim, index: number): string | undefined {
  const sides = conflictsOfClaim(view, claim).filter((s) => !ctx.review.isDismissed(s.conflict));
  if (!sides.length) return undefined;
  const rows = view.values[index] ?? [];
  const items = sides.slice(0, MAX_ROWS).map(({ conflict, mine, theirs }) => {
    // The row's note is written from this document's side; the conflict's own note from side a.
    const row = rows.find((r) => r.ref.doc === theirs.doc && r.ref.claim.start === theirs.claim.start);
    const label = docLabel(theirs.doc);
    const note = row?.note ?? (mine === conflict.a ? conflict.note : `${label} says ${theirs.claim.text}`);
    const link = openLink(label, theirs.doc, theirs.claim.start, theirs.claim.end);
    // Notes start with the source's name ("b.md says …"): that name becomes the link.
    return note.startsWith(`${label} `) ? `- ${link} ${escapeMarkdown(note.slice(label.length + 1))}` : `- ${link}: ${escapeMarkdown(note)}`;
  });
  if (sides.length > MAX_ROWS) items.push(`- ${t('and {0} more', sides.length - MAX_ROWS)}`);
  const head = `$(warning) **${t('Conflicting figure')}** · ${escapeMarkdown(claim.attribute)} ${t('of')} ${escapeMarkdown(subjectName(view, claim.subject))}`;
  return `${head}\n\n${items.join('\n')}`;
}

function kindLabel(side: CopySide): string {
  const percent = Math.round(side.link.similarity * 100);
  const kind = side.link.kind === 'exact' ? t('exact copy') : side.link.kind === 'edited' ? t('edited copy') : t('restated');
  return `${kind}, ${percent}%${side.link.boilerplate ? `, ${t('boilerplate')}` : ''}`;
}

function duplicateSection(view: DocView, copies: CopySide[]): string {
  const count = copies.length === 1 ? t('1 other copy') : t('{0} other copies', copies.length);
  const lines = [`**${t('Duplicated passage')}** · ${count}`];
  for (const side of copies.slice(0, MAX_ROWS)) {
    const label = side.other.doc === view.doc ? t('this file') : docLabel(side.other.doc);
    lines.push(`- ${openLink(label, side.other.doc, side.other.start, side.other.end)} (${kindLabel(side)})`);
  }
  if (copies.length > MAX_ROWS) lines.push(`- ${t('and {0} more', copies.length - MAX_ROWS)}`);
  const changed = copies.find((c) => c.changes.length);
  if (changed) {
    const table = [`| ${t('Here')} | ${escapeMarkdown(docLabel(changed.other.doc))} |`, '|---|---|'];
    for (const c of changed.changes.slice(0, MAX_CHANGES)) table.push(`| ${escapeMarkdown(c.mine)} | ${escapeMarkdown(c.other)} |`);
    lines.push(`${t('Changed in the copy')}:\n\n${table.join('\n')}`);
  }
  return lines.join('\n');
}

/**
 * Hovers answer from the cached view of the document (no worker round trip): the figure, its conflicts and what
 * other sources say; the entity with its aliases and files; the other copies of a duplicated passage.
 */
export function createHoverProvider(ctx: SurfaceContext): vscode.HoverProvider {
  return {
    provideHover(document, position, token) {
      if (token.isCancellationRequested) return undefined;
      const view = ctx.service.viewFor(document);
      if (!view) return undefined;
      const offset = document.offsetAt(position);
      const sections: string[] = [];
      let span: { start: number; end: number } | undefined;
      const claim = claimAt(view, offset);
      if (claim) {
        const conflict = conflictSection(ctx, view, claim.claim, claim.index);
        if (conflict) sections.push(conflict);
        sections.push(claimSection(ctx, view, claim.claim, claim.index));
        span = claim.claim;
      }
      const mention = mentionAt(view, offset);
      if (mention) {
        sections.push(entitySection(view, mention));
        span ??= mention;
      }
      const copies = copiesAt(view, offset);
      if (copies.length) {
        sections.push(duplicateSection(view, copies));
        span ??= copies[0].mine;
      }
      if (!span || token.isCancellationRequested) return undefined;
      const md = trustedMarkdown();
      md.appendMarkdown(sections.join('\n\n---\n\n'));
      return new vscode.Hover(md, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
    },
  };
}
