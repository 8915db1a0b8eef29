import assert from 'node:assert/strict';
import { tags } from './helpers';

// Span shapes of names in wire copy: firms joined by "&" and hyphenated town names.
describe('entity stage: spans of joined and hyphenated names', () => {
  it('joins two names around a spaced ampersand into one firm', () => {
    assert.deepEqual(tags('Analysts at Harwick & Dunmore expect higher margins.'), ['organization:Harwick & Dunmore']);
    assert.deepEqual(tags('Shares of Douglas & Pellow rose 5 percent.'), ['organization:Douglas & Pellow']);
  });

  it('leaves a country written with an ampersand to the gazetteers', () => {
    assert.ok(!tags('Trinidad & Tobago won the match.').some((t) => t.startsWith('organization:')));
  });

  it('keeps a hyphenated town name with a lower-case particle whole', () => {
    assert.deepEqual(tags('Play resumed at Chester-le-Street after lunch.'), ['place:Chester-le-Street']);
    assert.deepEqual(tags('The festival moved to Kirkby-in-Ashfield this year.'), ['place:Kirkby-in-Ashfield']);
  });
});
