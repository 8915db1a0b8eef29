import assert from 'node:assert/strict';
import { NameList } from '../../../src/engine/entities/lexicon/name-list';
import { buildLexicon } from '../../../src/engine/entities/lexicon/index';
import { skeleton, slugify } from '../../../src/engine/entities/names';

describe('entity lexicon', () => {
  it('finds every name of a sorted list by binary search, and nothing else', () => {
    const names = ['ab', 'alexander', 'anna', 'b', 'vladimir', 'zoe'];
    const list = new NameList(names.join('|'));
    for (const n of names) assert.ok(list.has(n), n);
    for (const n of ['', 'a', 'abc', 'alex', 'annab', 'c', 'zz', 'vladimi']) assert.ok(!list.has(n), n);
  });

  it('answers the same from memory, also after it has forgotten everything', () => {
    const list = new NameList(['anna', 'boris', 'zoe'].join('|'));
    for (let round = 0; round < 2; round++) {
      assert.ok(list.has('boris'));
      assert.ok(!list.has('bori'));
    }
    for (let k = 0; k < 25_000; k++) list.has(`word${k}`);
    assert.ok(list.has('anna') && list.has('zoe') && !list.has('word7'));
  });

  it('loads first names from humannames, without everyday words', () => {
    const { personalNames } = buildLexicon({ entities: [], ignore: [] });
    for (const n of ['vladimir', 'alexander', 'marta', 'claire']) assert.ok(personalNames.has(n), n);
    for (const w of ['the', 'will', 'key', 'market', 'range']) assert.ok(!personalNames.has(w), w);
  });

  it('makes ASCII slugs and transliteration skeletons', () => {
    assert.equal(slugify('Lech Wałęsa'), 'lech-walesa');
    assert.equal(slugify('Recep Tayyip Erdoğan'), 'recep-tayyip-erdogan');
    assert.equal(skeleton('Zelensky'), skeleton('Zelenskyy'));
    assert.equal(skeleton('Gaddafi'), skeleton('Qadhafi'));
    assert.equal(skeleton('Kiev'), skeleton('Kyiv'));
    assert.notEqual(skeleton('Minsk'), skeleton('Pinsk'));
    assert.notEqual(skeleton('Mirgorovo'), skeleton('Mirkorovo'), 'a g inside a word is not a k');
  });
});
