import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntityStage } from '../../../src/engine/entities/index';
import { scanDocument } from '../../../src/engine/text/scan';
import type { EntityMention } from '../../../src/engine/types';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const stage = createEntityStage({ entities: [], ignore: [] });

function seed(prefix: string): { text: string; mentions: EntityMention[] } {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  const text = readFileSync(join(SEEDS, file), 'utf8');
  return { text, mentions: stage.find(scanDocument(file, text)) };
}

function typesOf(mentions: EntityMention[], text: string): Set<string> {
  return new Set(mentions.filter((m) => m.text === text).map((m) => m.type));
}

describe('entity stage on the seeds', () => {
  const s0 = seed('000_');
  const s2 = seed('002_');

  it('seed 002: Putin and Lukashenko are persons, titles stripped, short names merged', () => {
    assert.deepEqual(typesOf(s2.mentions, 'Vladimir Putin'), new Set(['person']));
    assert.deepEqual(typesOf(s2.mentions, 'Alexander Lukashenko'), new Set(['person']));
    assert.ok(!s2.mentions.some((m) => m.text.includes('President')));
    for (const m of s2.mentions.filter((x) => x.text === 'Putin')) assert.equal(m.entity, 'person:vladimir-putin');
    for (const m of s2.mentions.filter((x) => x.text === 'Lukashenko')) assert.equal(m.entity, 'person:alexander-lukashenko');
    assert.equal(s2.mentions.filter((x) => x.entity === 'person:vladimir-putin').length, 4);
  });

  it('seed 002: the Institute for the Study of War and ISW are one organisation', () => {
    const isw = s2.mentions.filter((m) => m.text === 'ISW' || m.text === 'Institute for the Study of War');
    assert.equal(isw.length, 2);
    assert.equal(new Set(isw.map((m) => m.entity)).size, 1);
    assert.equal(isw[0].type, 'organization');
  });

  it('seed 002: Union State and Kremlin are organisations', () => {
    assert.deepEqual(typesOf(s2.mentions, 'Union State'), new Set(['organization']));
    assert.deepEqual(typesOf(s2.mentions, 'Kremlin'), new Set(['organization']));
  });

  it('seed 002: headings, labels and discourse words are not entities', () => {
    for (const word of ['Key', 'Features', 'Treaty', 'Tensions', 'Moreover', 'However', 'Pros', 'Cons', 'Conclusion', 'Trends']) {
      assert.ok(!s2.mentions.some((m) => m.text.split(' ').includes(word)), word);
    }
  });

  it('seed 000: Oreshnik is a product everywhere it appears, headings and tables included', () => {
    const count = s0.text.split('Oreshnik').length - 1;
    const found = s0.mentions.filter((m) => m.text === 'Oreshnik');
    assert.equal(found.length, count);
    assert.ok(found.every((m) => m.type === 'product'));
  });

  it('seed 000: "moscow" is the place Moscow; "russia" and "belarus" in lower case are found', () => {
    const moscow = s0.mentions.filter((m) => m.text.toLowerCase() === 'moscow');
    assert.ok(moscow.some((m) => m.text === 'moscow'));
    assert.ok(moscow.every((m) => m.entity === 'place:moscow'));
    assert.ok(s0.mentions.some((m) => m.text === 'russia' && m.entity === 'place:russia'));
    assert.ok(s0.mentions.some((m) => m.text === 'belarus' && m.entity === 'place:belarus'));
  });

  it('seed 000: NATO, the EU and the U.S. are found; "Moreover" and "Tensions" are not', () => {
    const texts = new Set(s0.mentions.map((m) => m.text));
    for (const name of ['NATO', 'EU', 'U.S.', 'European Union', 'Eastern Europe']) assert.ok(texts.has(name), name);
    for (const word of ['Moreover', 'Heightened', 'Tensions', 'Wrapping']) assert.ok(![...texts].some((t) => t.includes(word)), word);
  });

  it('every mention is sorted, non-overlapping and matches the text at its span', () => {
    for (const { text, mentions } of [s0, s2]) {
      mentions.forEach((m, k) => {
        assert.equal(text.slice(m.start, m.end), m.text);
        if (k > 0) assert.ok(mentions[k - 1].end <= m.start);
      });
    }
  });
});
