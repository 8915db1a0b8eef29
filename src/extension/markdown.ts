import * as vscode from 'vscode';
import { basename } from '../worker/names';

/** The only command hovers may run from their links. */
export const OPEN_LOCATION_COMMAND = 'sourceLens.openLocation';

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"']/g;

/**
 * Article text made inert inside Markdown: every character Markdown or HTML could act on is escaped and line breaks
 * become spaces, so a hostile article can neither inject links nor break out of a table cell.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** A Markdown link that opens `doc` with the span selected, through the extension's own command. */
export function openLink(label: string, doc: string, start: number, end: number): string {
  const args = encodeURIComponent(JSON.stringify([doc, start, end]));
  return `[${escapeMarkdown(label)}](command:${OPEN_LOCATION_COMMAND}?${args} "${escapeMarkdown(vscode.l10n.t('Open at this place'))}")`;
}

/** What hovers call a document: its file name. */
export function docLabel(doc: string): string {
  return basename(doc);
}

/** A MarkdownString that may run only the open-location command. */
export function trustedMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [OPEN_LOCATION_COMMAND] };
  md.supportHtml = false;
  return md;
}
