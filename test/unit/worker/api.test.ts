import * as assert from 'assert';
import { createWorkerApi } from '../../../src/worker/api';
import { claimAt, conflictsOfClaim, copiesAt, mentionAt, passages } from '../../../src/worker/viewQuery';
import { A_DOC, A_TEXT, B_DOC, B_TEXT, SHARED } from './fixtures';

const at = (text: string, needle: string) => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `${needle} is in the fixture`);
  return i;
};

describe('worker: createWorkerApi (plain Node, no thread)', () => {
  it('returns a view whose entities, claims, conflicts, value rows and copies describe the document', () => {
    const api = createWorkerApi();
    api.upsert(A_DOC, A_TEXT);
    api.upsert(B_DOC, B_TEXT);
    const view = api.view(A_DOC);
    assert.ok(view);

    const putin = mentionAt(view, at(A_TEXT, 'Vladimir Putin') + 3);
    assert.strictEqual(putin?.type, 'person');
    const summary = view.entities[putin.entity];
    assert.deepStrictEqual(summary.files.map((f) => f.doc).sort(), [A_DOC, B_DOC]);

    const found = claimAt(view, at(A_TEXT, '2,000 kilometers') + 1);
    assert.ok(found, 'the range is a claim');
    assert.strictEqual(found.claim.dimension, 'length');
    assert.strictEqual(view.figures[found.index], '2,000 km');
    assert.ok(view.entities[found.claim.subject], 'the claim subject is named in the view');

    const sides = conflictsOfClaim(view, found.claim);
    assert.strictEqual(sides.length, 1);
    assert.strictEqual(sides[0].theirs.doc, B_DOC);
    const rows = view.values[found.index];
    const row = rows.find((r) => r.ref.doc === B_DOC);
    assert.strictEqual(row?.verdict, 'conflict');
    assert.match(row.note, /^b\.txt says 500 km; this says 2,000 km/);

    const copies = copiesAt(view, at(A_TEXT, SHARED) + 5);
    assert.strictEqual(copies.length, 1);
    assert.strictEqual(copies[0].other.doc, B_DOC);
    assert.strictEqual(B_TEXT.slice(copies[0].other.start, copies[0].other.end).includes('Kapustin Yar'), true);
    assert.strictEqual(passages(view).length, 1);
  });

  it('locates spans as editor lines, counting CRLF as one break', () => {
    const api = createWorkerApi();
    api.upsert(A_DOC, A_TEXT);
    const start = at(A_TEXT, 'Vladimir');
    const [range, missing] = api.locate([
      { doc: A_DOC, start, end: start + 'Vladimir Putin'.length },
      { doc: 'file:///ws/none.txt', start: 0, end: 1 },
    ]);
    assert.deepStrictEqual(range, [1, 10, 1, 24]);
    assert.strictEqual(missing, null);
  });

  it('lists problems with the note from each side and both ranges', () => {
    const api = createWorkerApi();
    api.upsert(A_DOC, A_TEXT);
    api.upsert(B_DOC, B_TEXT);
    const { conflicts, duplicates } = api.problems(true);
    assert.strictEqual(conflicts.length, 1);
    const [p] = conflicts;
    const notes = { [p.conflict.a.doc]: p.conflict.note, [p.conflict.b.doc]: p.noteForB };
    assert.match(notes[A_DOC], /^b\.txt says 500 km; this says 2,000 km/);
    assert.match(notes[B_DOC], /^a\.txt says 2,000 km; this says 500 km/);
    assert.ok(p.ranges.every((r) => r !== null));
    assert.strictEqual(duplicates.length, 1);
    assert.strictEqual(api.problems(false).duplicates.length, 0);
  });

  it('renames, removes and reconfigures without losing documents', () => {
    const api = createWorkerApi();
    api.upsertMany([
      { doc: A_DOC, text: A_TEXT },
      { doc: B_DOC, text: B_TEXT },
    ]);
    assert.strictEqual(api.rename(B_DOC, 'file:///ws/c.txt'), true);
    assert.deepStrictEqual(api.ids().sort(), [A_DOC, 'file:///ws/c.txt']);
    assert.strictEqual(api.view(B_DOC), null);
    api.configure({ conflicts: { tolerance: 10 } });
    assert.deepStrictEqual(api.ids().sort(), [A_DOC, 'file:///ws/c.txt']);
    assert.strictEqual(api.conflicts().length, 0, 'a 1000% tolerance lets 500 km and 2,000 km agree');
    assert.strictEqual(api.removeMany([A_DOC, 'file:///ws/missing.txt']), 1);
    assert.deepStrictEqual(api.ids(), ['file:///ws/c.txt']);
    assert.strictEqual(api.stats().documents, 1);
  });

  it('refuses the crash hook outside a worker started with test hooks', () => {
    assert.throws(() => createWorkerApi().crashForTest(), /test hooks/);
  });
});

describe('worker: value rows stay bounded for popular subjects', () => {
  it('lists every disagreeing source but only a capped number of agreeing ones', () => {
    const api = createWorkerApi();
    const agreeing = Array.from({ length: 40 }, (_, i) => ({ doc: `file:///ws/agree${i}.txt`, text: `Analysts say the Oreshnik missile has a range of 500 kilometers, report ${i} said.\n` }));
    api.upsertMany([...agreeing, { doc: B_DOC, text: 'The Oreshnik missile has a range of 2,000 kilometers, officials said.\n' }]);
    const view = api.view(agreeing[0].doc)!;
    const index = view.claims.findIndex((c) => c.dimension === 'length');
    assert.ok(index >= 0);
    assert.strictEqual(view.groupSizes[index], 41, 'every figure of the group is counted');
    const rows = view.values[index];
    assert.deepStrictEqual(rows.filter((r) => r.verdict === 'conflict').map((r) => r.ref.doc), [B_DOC]);
    assert.ok(rows.length < 40, `rows are capped (${rows.length})`);
    assert.ok(rows.filter((r) => r.verdict === 'agree').length >= 10, 'agreeing sources are still shown');
    const other = api.view(B_DOC)!;
    const disputed = other.values[other.claims.findIndex((c) => c.dimension === 'length')];
    assert.strictEqual(disputed.filter((r) => r.verdict === 'conflict').length, 40, 'the lone dissenter sees every source it contradicts');
  });
});

describe('worker: the quick view of an edited document', () => {
  it('moves conflicts, value rows and copies with the text, and leaves the corpus as it was until upsert', () => {
    const api = createWorkerApi();
    api.upsert(B_DOC, B_TEXT);
    const before = api.upsert(A_DOC, A_TEXT);
    const edited = `Analysts met.\r\n${A_TEXT}`;
    const quick = api.edit(A_DOC, edited);
    const shift = 'Analysts met.\r\n'.length;

    assert.notStrictEqual(quick.hash, before.hash);
    const found = claimAt(quick, at(edited, '2,000 kilometers') + 1);
    assert.ok(found, 'the moved range is still a claim');
    assert.strictEqual(found.claim.start, claimAt(before, at(A_TEXT, '2,000 kilometers') + 1)!.claim.start + shift);
    const sides = conflictsOfClaim(quick, found.claim);
    assert.strictEqual(sides[0]?.theirs.doc, B_DOC, 'the conflict follows the moved figure');
    assert.strictEqual(quick.values[found.index].find((r) => r.ref.doc === B_DOC)?.verdict, 'conflict');
    const copies = copiesAt(quick, at(edited, SHARED) + 5);
    assert.strictEqual(copies[0]?.mine.start, at(edited, SHARED), 'the copy moved with the text');

    assert.strictEqual(api.view(A_DOC)?.hash, before.hash, 'the corpus still holds the saved text');
    assert.deepStrictEqual(api.upsert(A_DOC, edited).mentions, quick.mentions, 'the full view agrees here');
  });

  it('drops a conflict whose figure the edit changed, and analyses the new figure in the edited line', () => {
    const api = createWorkerApi();
    api.upsert(B_DOC, B_TEXT);
    api.upsert(A_DOC, A_TEXT);
    const edited = A_TEXT.replace('2,000 kilometers', '2,500 kilometers');
    const quick = api.edit(A_DOC, edited);
    const found = claimAt(quick, at(edited, '2,500 kilometers') + 1);
    assert.strictEqual(found?.claim.value, 2_500_000);
    assert.strictEqual(conflictsOfClaim(quick, found.claim).length, 0, 'the old conflict was about 2,000 km');
    assert.strictEqual(conflictsOfClaim(api.upsert(A_DOC, edited), found.claim).length, 1, 'the full view finds it again');
  });

  it('answers with the full view for a document it has not shown', () => {
    const api = createWorkerApi();
    const view = api.edit(A_DOC, A_TEXT);
    assert.ok(claimAt(view, at(A_TEXT, '2,000 kilometers') + 1));
    assert.deepStrictEqual(api.ids(), [A_DOC]);
  });
});
