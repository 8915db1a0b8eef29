import assert from 'node:assert/strict';
import { createEntityStage } from '../../../src/engine/entities/index';
import { scanDocument } from '../../../src/engine/text/scan';
import type { EntityMention } from '../../../src/engine/types';

const stage = createEntityStage({ entities: [], ignore: [] });

function corpus(texts: Record<string, string>): Map<string, EntityMention[]> {
  return new Map(Object.entries(texts).map(([id, text]) => [id, stage.find(scanDocument(id, text))]));
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
    const merged = stage.merge(docs);
    const all = [...docs.values()].flat();
    const canonicalOf = (text: string) => merged.canonical(all.find((m) => m.text === text)!.entity);
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
});
