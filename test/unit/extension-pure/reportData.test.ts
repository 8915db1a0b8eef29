import * as assert from 'assert';
import type { Conflict, ValueGroup } from '../../../src/engine/types';
import { buildReportViewData, WEBVIEW_LIMITS, type ReportInputs } from '../../../src/extension/report/reportData';
import { km } from '../conflicts/fixtures';

const HOSTILE = '<img src=x onerror="window.__pwned=1"></script>';

function inputs(over: Partial<ReportInputs> = {}): ReportInputs {
  const a = km('file:///w/a.md', 500, { start: 5, end: 11, text: '500 km' });
  const b = km('file:///w/b.md', 2000, { start: 7, end: 15, text: '2,000 km' });
  const c = km('file:///w/c.md', 510, { start: 9, end: 15, text: '510 km' });
  const lone = km('file:///w/c.md', 3, { start: 40, end: 44, subject: 'place:kyiv', attribute: 'distance' });
  const conflicts: Conflict[] = [
    { subject: a.claim.subject, attribute: 'range', dimension: 'length', note: 'a.md says 500 km; b.md says 2,000 km', a, b },
    { subject: a.claim.subject, attribute: 'range', dimension: 'length', note: 'c.md says 510 km; b.md says 2,000 km', a: c, b },
  ];
  const groups: ValueGroup[] = [
    { subject: a.claim.subject, attribute: 'range', dimension: 'length', claims: [a, b, c], conflicts },
    { subject: 'place:kyiv', attribute: 'distance', dimension: 'length', claims: [lone], conflicts: [] },
  ];
  return {
    entities: [{ id: 'product:oreshnik', name: `Oreshnik ${HOSTILE}`, type: 'product', aliases: ['Oreshnik'], mentions: 4 }],
    groups,
    conflicts,
    duplicates: [{ kind: 'exact', similarity: 1, cluster: 'k1', a: { doc: 'file:///w/a.md', start: 0, end: HOSTILE.length + 5 }, b: { doc: 'file:///w/d.md', start: 3, end: 23 } }],
    skipped: [],
    isDismissed: (x) => x.a.doc.endsWith('c.md'),
    isVerified: (doc, claim) => doc.endsWith('b.md') && claim.start === 7,
    textOf: (doc) => (doc.endsWith('a.md') ? `${HOSTILE} more text here` : undefined),
    displayPath: (doc) => doc.replace('file:///w/', ''),
    labels: {},
    documents: 4,
    ...over,
  };
}

describe('report webview data', () => {
  it('names documents by index and lists each once', () => {
    const { view, docIds } = buildReportViewData(inputs());
    assert.strictEqual(new Set(docIds).size, docIds.length);
    assert.deepStrictEqual(view.docs, docIds.map((d) => d.replace('file:///w/', '')));
    for (const c of view.conflicts) assert.strictEqual(docIds[c.a.d].endsWith('.md'), true);
  });

  it('leaves dismissed conflicts out and marks verified and conflicting figures', () => {
    const { view, docIds } = buildReportViewData(inputs());
    assert.strictEqual(view.conflicts.length, 1);
    assert.strictEqual(view.stats.conflicts, 1);
    const byDoc = (name: string) => view.claims.find((c) => docIds[c.d].endsWith(name))!;
    assert.strictEqual(byDoc('b.md').verified, true);
    assert.strictEqual(byDoc('b.md').conflicts, 1);
    assert.strictEqual(byDoc('a.md').verified, false);
    assert.strictEqual(view.claims.filter((c) => docIds[c.d].endsWith('c.md') && c.conflicts > 0).length, 0, 'the dismissed side counts no conflict');
  });

  it('offers only subjects with several figures to the chart, and links conflicts to their chart group', () => {
    const { view } = buildReportViewData(inputs());
    assert.strictEqual(view.groups.length, 1);
    assert.ok(view.groups[0].label.startsWith('Oreshnik'));
    assert.strictEqual(view.groups[0].values.length, 3);
    assert.strictEqual(view.conflicts[0].group, 0);
  });

  it('passes article text through as data, unchanged (the page renders it with textContent)', () => {
    const { view } = buildReportViewData(inputs());
    assert.ok(view.entities[0].name.includes(HOSTILE));
    assert.ok(view.duplicates[0].a.text.startsWith(HOSTILE));
    assert.strictEqual(view.duplicates[0].b.text, '', 'unknown text gives an empty snippet');
  });

  it('caps what one message carries and says so', () => {
    const many = Array.from({ length: WEBVIEW_LIMITS.entities + 5 }, (_, i) => ({ id: `person:p${i}`, name: `P${i}`, type: 'person' as const, aliases: [], mentions: 1 }));
    const { view } = buildReportViewData(inputs({ entities: many }));
    assert.strictEqual(view.entities.length, WEBVIEW_LIMITS.entities);
    assert.strictEqual(view.stats.entities, many.length);
    assert.ok(view.truncated.some((t) => t.startsWith('entities')));
  });

  it('puts disputed subjects first in the chart picker', () => {
    const base = inputs();
    const x = km('file:///w/x.md', 5, { start: 1, subject: 'place:a', attribute: 'distance' });
    const y = km('file:///w/y.md', 5, { start: 2, subject: 'place:a', attribute: 'distance' });
    const calm: ValueGroup = { subject: 'place:a', attribute: 'distance', dimension: 'length', claims: [x, y], conflicts: [] };
    const { view } = buildReportViewData({ ...base, groups: [calm, ...base.groups] });
    assert.strictEqual(view.groups.length, 2);
    assert.ok(view.groups[0].label.startsWith('Oreshnik'), view.groups.map((g) => g.label).join(' | '));
    assert.strictEqual(view.conflicts[0].group, 0, 'conflict rows still point at their own chart group');
  });
});
