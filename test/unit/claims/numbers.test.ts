import { strict as assert } from 'node:assert';
import { claimsOf, close, only } from './helpers';

describe('claims: numbers', () => {
  it('reads digits with comma separators', () => {
    const c = only(claimsOf('Officials said 5,000 people were evacuated.'), '5,000 people');
    assert.equal(c.value, 5000);
    assert.equal(c.dimension, 'count');
  });

  it('reads digits grouped by a space', () => {
    const c = only(claimsOf('Organisers counted 5 000 visitors on Sunday.'), '5 000 visitors');
    assert.equal(c.value, 5000);
  });

  it('reads decimals', () => {
    const c = only(claimsOf('The quake measured 7.4 km deep.'), '7.4 km');
    assert.ok(close(c.value, 7400));
  });

  it('reads number words', () => {
    assert.equal(only(claimsOf('They signed ten agreements.'), 'ten agreements').value, 10);
    assert.equal(only(claimsOf('They signed twelve agreements.'), 'twelve agreements').value, 12);
    assert.equal(only(claimsOf('Some two thousand protesters gathered.'), 'Some two thousand protesters').value, 2000);
    assert.equal(only(claimsOf('The rebels freed twenty-five hostages.'), 'twenty-five hostages').value, 25);
  });

  it('reads "a dozen"', () => {
    const c = only(claimsOf('Police arrested a dozen suspects.'), 'a dozen suspects');
    assert.equal(c.value, 12);
    assert.equal(c.noun, 'suspects');
  });

  it('applies scale words and suffixes', () => {
    assert.equal(only(claimsOf('The city has 1.1 million residents.'), '1.1 million residents').value, 1.1e6);
    const bn = only(claimsOf('The deal is worth $1.3 billion.'), '$1.3 billion');
    assert.equal(bn.value, 1.3e9);
    assert.equal(bn.unit, 'USD');
    assert.equal(only(claimsOf('Exports earned $1.3bn, officials said.'), '$1.3bn').value, 1.3e9);
    assert.equal(only(claimsOf('The channel gained 5k subscribers.'), '5k subscribers').value, 5000);
    assert.equal(only(claimsOf('The club paid £5m for him.'), '£5m').value, 5e6);
    // A glued "m" is millions before a counted noun and metres otherwise.
    assert.equal(only(claimsOf('About 1.5m people fled.'), 'About 1.5m people').value, 1.5e6);
    assert.equal(only(claimsOf('The wall is 5m high.'), '5m').dimension, 'length');
    assert.equal(only(claimsOf('Sales hit USD1.2bn in 2023.'), 'USD1.2bn').value, 1.2e9);
  });

  it('reads fractions', () => {
    const half = only(claimsOf('Officials spent 1/2 of the budget.'), '1/2');
    assert.ok(close(half.value, 0.5));
    assert.equal(half.noun, 'budget');
    assert.ok(close(only(claimsOf('About two-thirds of voters backed it.'), 'About two-thirds').value, 2 / 3));
  });

  it('reads percentages in every spelling', () => {
    for (const [text, span] of [
      ['Inflation hit 12% in May.', '12%'],
      ['Inflation hit 12 per cent in May.', '12 per cent'],
      ['Inflation hit 12 percent in May.', '12 percent'],
    ]) {
      const c = only(claimsOf(text), span);
      assert.equal(c.dimension, 'percent');
      assert.equal(c.value, 12);
      assert.equal(c.unit, '%');
    }
  });

  it('reads percentage points apart from percent', () => {
    const c = only(claimsOf('The share rose 3.5 percentage points to 46%.'), '3.5 percentage points');
    assert.equal(c.dimension, 'percentage-points');
    assert.equal(c.unit, 'pp');
    assert.equal(only(claimsOf('The share rose 3.5 percentage points to 46%.'), '46%').dimension, 'percent');
  });

  it('keeps a sign glued to a table figure', () => {
    const claims = claimsOf('| Wheat | $228 | -1.3% |\n| Maize | $190 | +0.9% |');
    assert.equal(only(claims, '-1.3%').value, -1.3);
    assert.equal(only(claims, '+0.9%').value, 0.9);
  });
});
