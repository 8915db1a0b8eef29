import { strict as assert } from 'node:assert';
import { claimsOf, only } from './helpers';

describe('claims: ranges and qualifiers', () => {
  it('dash ranges carry low and high', () => {
    const c = only(claimsOf('Its range is 1,500–2,000 km.'), '1,500–2,000 km');
    assert.equal(c.low, 1.5e6);
    assert.equal(c.high, 2e6);
    assert.equal(c.value, 1.5e6);
  });

  it('"between ... and ..." and "... to ..." ranges', () => {
    const a = only(claimsOf('It can be flown between 300 and 350 kilometres away.'), 'between 300 and 350 kilometres');
    assert.deepEqual([a.low, a.high], [300000, 350000]);
    const b = only(claimsOf('It has a range of 300 to 350 km.'), '300 to 350 km');
    assert.deepEqual([b.low, b.high], [300000, 350000]);
  });

  it('a scale written once applies to both ends', () => {
    const c = only(claimsOf('The project costs $5-7 billion.'), '$5-7 billion');
    assert.deepEqual([c.low, c.high], [5e9, 7e9]);
  });

  it('a change "from X to Y" is two figures, not a range', () => {
    const claims = claimsOf('Inflation rose from 5% to 7% last month.');
    assert.deepEqual(claims.filter((c) => c.dimension === 'percent').map((c) => c.value), [5, 7]);
  });

  it('qualifiers bound the figure and are part of its span', () => {
    const cases: Array<[string, string, string]> = [
      ['It has a range of up to 2,000 km.', 'up to 2,000 km', 'at-most'],
      ['It has a range of about 500 km.', 'about 500 km', 'approx'],
      ['It has a range of around 500 km.', 'around 500 km', 'approx'],
      ['It strikes targets some 1,240 miles away.', 'some 1,240 miles', 'approx'],
      ['It has a range of roughly 500 km.', 'roughly 500 km', 'approx'],
      ['It has a range of approximately 500 km.', 'approximately 500 km', 'approx'],
      ['It has a range of nearly 500 km.', 'nearly 500 km', 'approx'],
      ['It has a range of almost 500 km.', 'almost 500 km', 'approx'],
      ['It has a range of more than 500 km.', 'more than 500 km', 'more-than'],
      ['It has a range of over 500 km.', 'over 500 km', 'more-than'],
      ['It has a range of at least 500 km.', 'at least 500 km', 'at-least'],
      ['It has a range of less than 500 km.', 'less than 500 km', 'less-than'],
      ['It has a range of under 500 km.', 'under 500 km', 'less-than'],
      ['Fewer than 5% of homes have it.', 'Fewer than 5%', 'less-than'],
    ];
    for (const [text, span, q] of cases) assert.equal(only(claimsOf(text), span).qualifier, q, span);
  });

  it('a negated verbal bound is inverted and left out of the span', () => {
    const c = only(claimsOf('The temperature never fell below 20°C that night.'), '20°C');
    assert.equal(c.qualifier, 'at-least');
  });

  it('"or more" after the figure', () => {
    assert.equal(only(claimsOf('It employs 5,000 workers or more.'), '5,000 workers or more').qualifier, 'at-least');
    const units = only(claimsOf('Sales reached 5,000 or more units.'), '5,000 or more units');
    assert.equal(units.qualifier, 'at-least');
    assert.equal(units.noun, 'units');
  });
});
