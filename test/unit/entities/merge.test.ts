import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createEntityStage } from '../../../src/engine/entities/index';
import { createEntityMerger, mergeEntities } from '../../../src/engine/entities/merge';
import { scanDocument } from '../../../src/engine/text/scan';
import type { EntityMention } from '../../../src/engine/types';
import { CpuTimer } from '../support/cpuRatio';

const stage = createEntityStage({ entities: [], ignore: [] });

function corpus(texts: Record<string, string>): Map<string, EntityMention[]> {
  return new Map(Object.entries(texts).map(([id, text]) => [id, stage.find(scanDocument(id, text))]));
}

/** The corpus entity of the first mention written `text`, after merging `docs`. */
function canonicalIn(docs: Map<string, EntityMention[]>): (text: string) => string {
  const merged = stage.merge(docs);
  const all = [...docs.values()].flat();
  return (text) => merged.canonical(all.find((m) => m.text === text)!.entity);
}

describe('entity stage: merge', () => {
  it('merges a short name in one article with the full name in another', () => {
    const docs = corpus({
      a: 'Russian President Vladimir Putin signed the decree.',
      b: 'Putin said on Friday that the deal stands.',
    });
    const merged = stage.merge(docs);
    const shortId = docs.get('b')!.find((m) => m.text === 'Putin')!.entity;
    assert.equal(merged.canonical(shortId), 'person:vladimir-putin');
    const record = merged.records.find((r) => r.id === 'person:vladimir-putin')!;
    assert.equal(record.name, 'Vladimir Putin');
    assert.equal(record.mentions, 2);
    assert.deepEqual([...record.aliases].sort(), ['Putin', 'Vladimir Putin']);
  });

  it('keeps a short name apart when two full names share it', () => {
    const docs = corpus({
      a: 'Former president George Bush spoke. President George W. Bush spoke too.',
      b: 'Analysts said Jeb Bush would run. Bush said nothing.',
      c: 'Bush said nothing new.',
    });
    const merged = stage.merge(docs);
    const short = docs.get('c')!.find((m) => m.text === 'Bush');
    assert.ok(short);
    assert.equal(merged.canonical(short.entity), short.entity);
  });

  it('merges spelling variants of one person under the same first name', () => {
    const docs = corpus({
      a: 'Ukrainian President Volodymyr Zelensky spoke.',
      b: 'Ukrainian President Volodymyr Zelenskyy replied.',
    });
    const merged = stage.merge(docs);
    const ids = [...docs.values()].flat().filter((m) => m.type === 'person').map((m) => merged.canonical(m.entity));
    assert.equal(new Set(ids).size, 1);
  });

  it('merges transliterations: Gaddafi and Qadhafi, Kiev and Kyiv', () => {
    const docs = corpus({
      a: 'The war toppled Muammar Gaddafi. Fighting reached Kiev.',
      b: 'After the fall of Muammar Qadhafi, officials fled to Kyiv.',
    });
    const canonicalOf = canonicalIn(docs);
    assert.equal(canonicalOf('Muammar Gaddafi'), canonicalOf('Muammar Qadhafi'));
    assert.equal(canonicalOf('Kiev'), canonicalOf('Kyiv'));
  });

  it('does not merge different people who share a first name', () => {
    const docs = corpus({ a: 'President Vladimir Putin met Vladimir Makei.' });
    const merged = stage.merge(docs);
    assert.equal(merged.records.filter((r) => r.type === 'person').length, 2);
  });

  it('merges lower-case and capitalised spellings of a place, keeping both as aliases', () => {
    const docs = corpus({ a: 'Troops left moscow.', b: 'Moscow denied it. Moscow said so.' });
    const record = stage.merge(docs).records.find((r) => r.id === 'place:moscow')!;
    assert.equal(record.name, 'Moscow');
    assert.equal(record.mentions, 3);
    assert.deepEqual(record.aliases, ['Moscow', 'moscow']);
  });

  it('is stable: the same input gives the same records in the same order', () => {
    const texts = { a: 'NATO and the EU met in Brussels.', b: 'Putin said NATO was wrong. President Vladimir Putin left.' };
    assert.deepEqual(stage.merge(corpus(texts)).records, stage.merge(corpus(texts)).records);
  });

  it('never merges names that differ only by a number or a year', () => {
    const docs = corpus({
      a: 'Russia and Belarus held the Zapad-2021 exercise. Russia deployed the S-400 and the S-300.',
      b: 'The Zapad-2025 drills followed. Belarus received the S-400 Triumf.',
    });
    const canonicalOf = canonicalIn(docs);
    assert.notEqual(canonicalOf('Zapad-2021'), canonicalOf('Zapad-2025'));
    assert.notEqual(canonicalOf('S-300'), canonicalOf('S-400'));
  });

  it('joins a bare designation to the one product named with it, and not to two', () => {
    const one = corpus({ a: 'Russia deployed the S-400 near Minsk.', b: 'Belarus received the S-400 Triumf. Poland ordered the Bayraktar TB2; the TB2 flies far.' });
    const canonicalOf = canonicalIn(one);
    assert.equal(canonicalOf('S-400'), canonicalOf('S-400 Triumf'));
    assert.equal(canonicalOf('TB2'), canonicalOf('Bayraktar TB2'));
    const two = corpus({ a: 'The Su-57 flew.', b: 'The Su-57 Felon and the Su-57M Felon II were shown.', c: 'The Felon Su-57 prototype.' });
    const su57 = two.get('a')!.find((m) => m.text === 'Su-57')!;
    assert.equal(canonicalIn(two)('Su-57'), su57.entity, 'Su-57 names two products here, so it stays on its own');
  });

  it('returns the previous result for an unchanged corpus, and a fresh one after an edit', () => {
    const local = createEntityStage({ entities: [], ignore: [] });
    const docs = new Map(Object.entries({ a: 'Putin met Lukashenko in Minsk.', b: 'President Vladimir Putin spoke.' }).map(([id, t]) => [id, local.find(scanDocument(id, t))]));
    const first = local.merge(docs);
    assert.equal(local.merge(new Map(docs)), first);
    docs.set('a', local.find(scanDocument('a', 'Putin met Lukashenko in Minsk and Moscow.')));
    const second = local.merge(docs);
    assert.notEqual(second, first);
    assert.ok(second.records.some((r) => r.id === 'place:moscow'));
    assert.ok(!first.records.some((r) => r.id === 'place:moscow'));
  });

  it('gives after any sequence of edits the same result as merging the final corpus afresh', () => {
    const TEXTS = [
      'President Vladimir Putin met Alexander Lukashenko in Minsk.',
      'Putin said Moscow would respond. Lukashenko agreed.',
      'Volodymyr Zelensky spoke in Kyiv; Volodymyr Zelenskyy later left Kiev.',
      'Zelensky thanked NATO and the EU.',
      'George Bush and Jeb Bush met. Bush said nothing.',
      'Muammar Gaddafi and Muammar Qadhafi are one man.',
      'The Zapad-2021 exercise and the Zapad-2025 drills.',
      '',
    ];
    const found = TEXTS.map((t, k) => stage.find(scanDocument(`t${k}`, t)));
    const op = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: -1, max: TEXTS.length - 1 }));
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const local = createEntityStage({ entities: [], ignore: [] });
        const docs = new Map<string, EntityMention[]>();
        for (const [doc, text] of ops) {
          if (text < 0) docs.delete(doc);
          else docs.set(doc, [...found[text]]); // a new array, as after a real edit
          const incremental = local.merge(docs);
          const fresh = mergeEntities(docs);
          assert.deepEqual(incremental.records, fresh.records);
          for (const m of [...docs.values()].flat()) assert.equal(incremental.canonical(m.entity), fresh.canonical(m.entity));
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('counts names and surfaces through one spelling, two, and back to one', () => {
    // One id written one way keeps a bare key whose count is the mention count; the second spelling must carry
    // the first one's count over, and removing it must leave the first spelling with its own count again.
    const mention = (text: string, name: string, at: number): EntityMention => ({ start: at, end: at + text.length, text, type: 'place', entity: 'place:kyiv', name });
    const times = (n: number, text: string, name: string) => Array.from({ length: n }, (_, k) => mention(text, name, k * 20));
    const merger = createEntityMerger();
    const step = (docs: Map<string, EntityMention[]>) => {
      const record = merger(docs).records.find((r) => r.id === 'place:kyiv');
      assert.deepEqual(record, mergeEntities(docs).records.find((r) => r.id === 'place:kyiv'));
      return record && { name: record.name, aliases: record.aliases, mentions: record.mentions };
    };
    const docs = new Map([['a', times(3, 'Kyiv', 'Kyiv')]]);
    assert.deepEqual(step(docs), { name: 'Kyiv', aliases: ['Kyiv'], mentions: 3 });
    docs.set('b', times(2, 'KYIV', 'Kyiv City'));
    assert.deepEqual(step(docs), { name: 'Kyiv', aliases: ['Kyiv', 'KYIV'], mentions: 5 });
    docs.set('b', times(4, 'KYIV', 'Kyiv City'));
    assert.deepEqual(step(docs), { name: 'Kyiv City', aliases: ['KYIV', 'Kyiv'], mentions: 7 });
    docs.delete('a');
    assert.deepEqual(step(docs), { name: 'Kyiv City', aliases: ['KYIV'], mentions: 4 });
    docs.set('a', times(5, 'Kyiv', 'Kyiv'));
    assert.deepEqual(step(docs), { name: 'Kyiv', aliases: ['Kyiv', 'KYIV'], mentions: 9 });
    docs.delete('b');
    assert.deepEqual(step(docs), { name: 'Kyiv', aliases: ['Kyiv'], mentions: 5 });
    docs.delete('a');
    assert.equal(step(docs), undefined);
  });

  it('gives the fresh result after edits that rename, drop and bring back many names at once', () => {
    // Past 64 changes in one merge the name index appends and sorts instead of splicing: renames, removals and
    // returns within such a batch must leave the same groups as a fresh merge.
    const FIRST = ['Anna', 'Oleg', 'Maria'];
    const LAST = ['Petrova', 'Petrowa', 'Petrovna', 'Kovalenko', 'Kowalenko', 'Sidorov', 'Sydorov', 'Melnyk', 'Melnik'];
    const mention = (id: number, spelling: number, at: number): EntityMention => {
      const full = `${FIRST[id % 3]} ${LAST[(id + spelling) % LAST.length]}${id >= 27 ? ` ${id}` : ''}`;
      const text = spelling === 2 ? full.split(' ')[1] : full;
      return { start: at, end: at + text.length, text, type: 'person', entity: `person:p${id}`, name: text };
    };
    const doc = fc.array(fc.tuple(fc.integer({ min: 0, max: 199 }), fc.integer({ min: 0, max: 2 })), { minLength: 40, maxLength: 160 });
    const op = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.option(doc, { nil: undefined }));
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), (ops) => {
        const merger = createEntityMerger();
        const docs = new Map<string, EntityMention[]>();
        for (const [name, spec] of ops) {
          if (spec === undefined) docs.delete(name);
          else docs.set(name, spec.map(([id, spelling], k) => mention(id, spelling, k * 40)));
          const incremental = merger(docs);
          const fresh = mergeEntities(docs);
          assert.deepEqual(incremental.records, fresh.records);
          for (const m of [...docs.values()].flat()) assert.equal(incremental.canonical(m.entity), fresh.canonical(m.entity));
        }
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('stays linear when thousands of distinct people share a first name and a surname prefix', function () {
    this.timeout(60_000);
    const people = (n: number) => {
      const mentions: EntityMention[] = [];
      for (let k = 0; k < n; k++) {
        const name = `John Sm${k.toString(36)}ith`;
        mentions.push({ start: 0, end: name.length, text: name, type: 'person', entity: `person:${name.toLowerCase().replace(' ', '-')}`, name });
      }
      return new Map([['d', mentions]]);
    };
    const small = people(4000);
    const large = people(8000);
    new CpuTimer().assertRatio(['4,000 people', () => mergeEntities(small)], ['8,000 people', () => mergeEntities(large)], 3, 1);
  });
});
