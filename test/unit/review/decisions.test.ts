import * as assert from 'assert';
import { createQuoteAnchor } from '../../../src/engine/review/anchor';
import {
  applyDecisions,
  createDecision,
  emptyReviewFile,
  parseReviewFile,
  resolveDecisions,
  serializeReviewFile,
  withDecision,
  type Decision,
  type ReviewFile,
} from '../../../src/engine/review/decisions';
import { scanJsonPositions } from '../../../src/engine/util/jsonPositions';
import type { Claim, ClaimRef, Conflict } from '../../../src/engine/types';

const DOCS: Record<string, string> = {
  'a.md': 'The Oreshnik has a range of up to 500 kilometers, officials said.',
  'b.md': 'Its range is 2,000 km according to the ministry.',
  'c.md': 'Analysts put the range at 5,000 km.',
};

const refTo = (doc: string, needle: string): ClaimRef => {
  const start = DOCS[doc].indexOf(needle);
  const claim: Claim = { start, end: start + needle.length, text: needle, dimension: 'length', value: 0, unit: 'm', subject: 's', attribute: 'range' };
  return { doc, claim };
};
const anchorOf = (ref: ClaimRef) => ({ doc: ref.doc, anchor: createQuoteAnchor(DOCS[ref.doc], ref.claim) });
const conflict = (a: ClaimRef, b: ClaimRef): Conflict => ({ subject: 's', attribute: 'range', dimension: 'length', note: '', a, b });

const a500 = refTo('a.md', '500 kilometers');
const b2000 = refTo('b.md', '2,000 km');
const c5000 = refTo('c.md', '5,000 km');
const AT = '2026-11-22T02:30:00Z';

describe('review file', () => {
  const sample: ReviewFile = {
    version: 1,
    decisions: [
      { kind: 'verified', ...anchorOf(b2000), note: 'checked with the ministry', at: AT },
      { kind: 'dismissed', ...anchorOf(a500), other: anchorOf(b2000), at: AT },
    ],
  };

  it('round-trips through serialize and parse, stably', () => {
    const text = serializeReviewFile(sample);
    const parsed = parseReviewFile(text);
    assert.ok(parsed.ok);
    assert.strictEqual(serializeReviewFile(parsed.value), text);
    const reordered = serializeReviewFile({ version: 1, decisions: [...sample.decisions].reverse() });
    assert.strictEqual(reordered, text);
    assert.ok(text.endsWith('}\n') && text.includes('\n  "decisions": [\n'));
  });

  it('reads a file with a byte-order mark', () => {
    assert.ok(parseReviewFile(`\ufeff${serializeReviewFile(sample)}`).ok);
  });

  it('reports the line of a syntax error that JSON.parse gives as a position', () => {
    const text = '{\n  "version": 1,\n  "decisions": [\n    { "kind": "verified", }\n  ]\n}';
    const r = parseReviewFile(text);
    assert.ok(!r.ok);
    assert.strictEqual(r.line, 4);
    assert.match(r.error, /not valid JSON/);
  });

  it('reports the line of a syntax error whose message has no position', () => {
    const text = '{\n  "version": 1,\n  "decisions": [\n\n    tru\n  ]\n}';
    const r = parseReviewFile(text);
    assert.ok(!r.ok);
    assert.strictEqual(r.line, 5);
  });

  it('reports an unterminated file on its last line', () => {
    const r = parseReviewFile('{\n  "version": 1,\n  "decisions": [');
    assert.ok(!r.ok);
    assert.strictEqual(r.line, 3);
  });

  it('reports a wrong field on the line of the field, with a clear message', () => {
    const file = JSON.parse(serializeReviewFile(sample));
    file.decisions[1].kind = 'ignored';
    const text = JSON.stringify(file, null, 2);
    const r = parseReviewFile(text);
    assert.ok(!r.ok);
    assert.strictEqual(r.error, 'decisions[1].kind must be "verified" or "dismissed"');
    assert.strictEqual(text.split('\n')[r.line - 1].trim(), '"kind": "ignored",');
  });

  it('reports a missing field on the line of its object', () => {
    const file = JSON.parse(serializeReviewFile(sample));
    const i = file.decisions.findIndex((d: Decision) => d.other);
    delete file.decisions[i].other.anchor.start;
    const text = JSON.stringify(file, null, 2);
    const r = parseReviewFile(text);
    assert.ok(!r.ok);
    const otherAnchorLine = text.slice(0, text.indexOf('"anchor"', text.indexOf('"other"'))).split('\n').length;
    assert.strictEqual(r.line, otherAnchorLine);
    assert.strictEqual(r.error, `decisions[${i}].other.anchor.start must be a non-negative integer`);
  });

  it('rejects other versions and non-ISO times', () => {
    const v2 = parseReviewFile('{"version": 2, "decisions": []}');
    assert.ok(!v2.ok && /version 2/.test(v2.error));
    const file = JSON.parse(serializeReviewFile(sample));
    file.decisions[0].at = 'yesterday';
    const bad = parseReviewFile(JSON.stringify(file, null, 2));
    assert.ok(!bad.ok && /decisions\[0\]\.at/.test(bad.error));
  });

  it('replaces an earlier decision on the same figure', () => {
    let file = withDecision(emptyReviewFile(), { kind: 'verified', ...anchorOf(b2000), at: AT });
    file = withDecision(file, { kind: 'verified', ...anchorOf(b2000), note: 'again', at: AT });
    file = withDecision(file, { kind: 'verified', ...anchorOf(a500), at: AT });
    assert.deepStrictEqual(file.decisions.map((d) => [d.doc, d.note]), [['b.md', 'again'], ['a.md', undefined]]);
  });
});

describe('applyDecisions', () => {
  const conflicts = [conflict(a500, b2000), conflict(a500, c5000), conflict(b2000, c5000)];
  const textOf = (doc: string) => DOCS[doc];

  it('filters a dismissed conflict in either orientation and keeps the others', () => {
    const decisions: Decision[] = [{ kind: 'dismissed', ...anchorOf(b2000), other: anchorOf(a500), at: AT }];
    const outcome = applyDecisions(conflicts, resolveDecisions({ version: 1, decisions }, textOf));
    assert.deepStrictEqual(outcome.active, [conflicts[1], conflicts[2]]);
    assert.strictEqual(outcome.dismissed.length, 1);
    assert.strictEqual(outcome.dismissed[0].conflict, conflicts[0]);
  });

  it('dismisses every conflict of a figure when the decision names no other side', () => {
    const side = { doc: 'c.md', text: DOCS['c.md'], span: c5000.claim };
    const decisions = [createDecision('dismissed', side, AT, undefined, 'a different system')];
    const outcome = applyDecisions(conflicts, resolveDecisions({ version: 1, decisions }, textOf));
    assert.deepStrictEqual(outcome.active, [conflicts[0]]);
    assert.deepStrictEqual(outcome.dismissed.map((d) => d.decision.note), ['a different system', 'a different system']);
  });

  it('flags verified figures after the document was edited around them', () => {
    const decisions: Decision[] = [{ kind: 'verified', ...anchorOf(b2000), at: AT }];
    const edited: Record<string, string> = { ...DOCS, 'b.md': `Update: ${DOCS['b.md']}` };
    const resolved = resolveDecisions({ version: 1, decisions }, (d) => edited[d]);
    const shift = 'Update: '.length;
    const moved: ClaimRef = { doc: 'b.md', claim: { ...b2000.claim, start: b2000.claim.start + shift, end: b2000.claim.end + shift } };
    const outcome = applyDecisions([], resolved);
    assert.ok(outcome.verified(moved));
    assert.strictEqual(outcome.verified(a500), undefined);
  });

  it('keeps decisions whose quote is gone as orphaned, matching nothing', () => {
    const decisions: Decision[] = [{ kind: 'dismissed', ...anchorOf(a500), other: anchorOf(b2000), at: AT }];
    const edited: Record<string, string> = { ...DOCS, 'a.md': 'The Oreshnik has a range of several hundred kilometres, officials said.' };
    const outcome = applyDecisions(conflicts, resolveDecisions({ version: 1, decisions }, (d) => edited[d]));
    assert.strictEqual(outcome.active.length, 3);
    assert.strictEqual(outcome.orphaned.length, 1);
  });
});

describe('scanJsonPositions', () => {
  it('finds the offset of nested values and the first syntax error', () => {
    const text = '{"a": [1, {"b": "x\\"y"}], "c": null}';
    const { offsets, errorAt } = scanJsonPositions(text);
    assert.strictEqual(errorAt, undefined);
    assert.strictEqual(offsets.get('a.1.b'), text.indexOf('"x'));
    assert.strictEqual(offsets.get('c'), text.indexOf('null'));
    assert.strictEqual(scanJsonPositions('[1, 2,, 3]').errorAt, 6);
    assert.strictEqual(scanJsonPositions('{"a": 1} x').errorAt, 9);
  });
});
