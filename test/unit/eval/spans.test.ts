import { strict as assert } from 'node:assert';
import { adaptLineEndings, findOccurrences, resolveOne, stripBom } from '../../eval/spans';
import { resolveClaims, resolveMentions } from '../../eval/gold';

describe('eval spans', () => {
  it('finds word-bounded occurrences only', () => {
    const text = 'Russia and Russian forces; Russia’s army; $1.3bn and a$1.3bn';
    assert.deepEqual(findOccurrences(text, 'Russia', true).map((s) => s.start), [0, 27]);
    assert.equal(findOccurrences(text, 'Russia', false).length, 3);
    // A needle starting with a symbol has no left boundary to respect.
    assert.equal(findOccurrences(text, '$1.3bn', true).length, 2);
  });

  it('fails loudly on missing, ambiguous and out-of-range gold strings', () => {
    const text = 'ten agreements and ten agreements';
    assert.throws(() => resolveOne(text, { file: 'x', text: 'twelve' }, true), /not found/);
    assert.throws(() => resolveOne(text, { file: 'x', text: 'ten agreements' }, true), /occurs 2 times/);
    assert.throws(() => resolveOne(text, { file: 'x', text: 'ten agreements', occurrence: 3 }, true), /occurrence 3/);
    assert.deepEqual(resolveOne(text, { file: 'x', text: 'ten agreements', occurrence: 2 }, true), { start: 19, end: 33 });
  });

  it('matches multi-line quotes in CRLF text and strips a BOM', () => {
    const text = 'one.\r\n\r\ntwo.';
    assert.equal(adaptLineEndings(text, 'one.\n\ntwo.'), 'one.\r\n\r\ntwo.');
    assert.deepEqual(resolveOne(text, { file: 'x', text: 'one.\n\ntwo.' }, false), { start: 0, end: 12 });
    assert.equal(stripBom('\uFEFFabc'), 'abc');
  });

  it('drops a gold mention inside a longer one and keeps optional flags', () => {
    const text = 'The Port of Le Havre is in Le Havre; the West watches.';
    const mentions = resolveMentions('x', text, [
      { text: 'Port of Le Havre', type: 'organization', name: 'Port of Le Havre' },
      { text: 'Le Havre', type: 'place', name: 'Le Havre' },
      { text: 'West', type: 'place', name: 'West', optional: true },
    ]);
    assert.deepEqual(
      mentions.map((m) => [m.text, m.start, m.optional]),
      [['Port of Le Havre', 4, false], ['Le Havre', 27, false], ['West', 41, true]],
    );
  });

  it('derives a date claim value from its interval and rejects overlapping claims', () => {
    const [claim] = resolveClaims('x', 'Deployed in mid-2024.', [
      { text: 'mid-2024', dimension: 'date', unit: 'date', subject: 'Oreshnik', attribute: 'deployment date', interval: ['2024-05-01', '2024-08-31'] },
    ]);
    assert.equal(claim.value, Date.UTC(2024, 4, 1));
    assert.throws(
      () =>
        resolveClaims('x', 'up to 500 km', [
          { text: 'up to 500 km', dimension: 'length', value: 500000, unit: 'm', subject: 's', attribute: 'range' },
          { text: '500 km', dimension: 'length', value: 500000, unit: 'm', subject: 's', attribute: 'range' },
        ]),
      /overlap/,
    );
  });
});
