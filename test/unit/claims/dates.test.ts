import { strict as assert } from 'node:assert';
import { claimsOf, only } from './helpers';

function interval(text: string, span: string, articleDate?: string): [string, string] | undefined {
  const c = only(claimsOf(text, [], articleDate), span);
  assert.equal(c.dimension, 'date');
  assert.equal(c.unit, 'date');
  if (c.interval) assert.equal(c.value, Date.parse(`${c.interval[0]}T00:00:00Z`));
  return c.interval;
}

describe('claims: dates and periods', () => {
  it('absolute days in both orders and abbreviated', () => {
    assert.deepEqual(interval('The deal was signed on March 14, 2023.', 'March 14, 2023'), ['2023-03-14', '2023-03-14']);
    assert.deepEqual(interval('The deal was signed on 14 March 2023.', '14 March 2023'), ['2023-03-14', '2023-03-14']);
    assert.deepEqual(interval('It was fired on Mar 3.', 'Mar 3', '2024-05-01'), ['2024-03-03', '2024-03-03']);
    assert.deepEqual(interval('Filed on 2023-03-14 by the court.', '2023-03-14'), ['2023-03-14', '2023-03-14']);
  });

  it('years after a preposition, "since" as a lower bound', () => {
    assert.deepEqual(interval('The plant opened in 2019.', '2019'), ['2019-01-01', '2019-12-31']);
    const since = only(claimsOf('He has ruled since 1994.'), 'since 1994');
    assert.deepEqual(since.interval, ['1994-01-01', '1994-12-31']);
    assert.equal(since.qualifier, 'at-least');
  });

  it('partial and vague periods', () => {
    assert.deepEqual(interval('Deployment is expected in mid-2024.', 'mid-2024'), ['2024-05-01', '2024-08-31']);
    assert.deepEqual(interval('It is due in early 2024.', 'early 2024'), ['2024-01-01', '2024-04-30']);
    assert.deepEqual(interval('It is due in late 2025.', 'late 2025'), ['2025-09-01', '2025-12-31']);
    assert.deepEqual(interval('It is due in the first half of 2026.', 'first half of 2026'), ['2026-01-01', '2026-06-30']);
    assert.deepEqual(interval('It is due in the second half of 2025.', 'second half of 2025'), ['2025-07-01', '2025-12-31']);
    assert.deepEqual(interval('Deliveries start in Q3 2024.', 'Q3 2024'), ['2024-07-01', '2024-09-30']);
    assert.deepEqual(interval('Deliveries start in December 2025.', 'December 2025'), ['2025-12-01', '2025-12-31']);
    assert.deepEqual(interval('Prices peaked in the summer of 2023.', 'summer of 2023'), ['2023-06-01', '2023-08-31']);
    assert.deepEqual(interval('Prices peaked in the 1990s.', '1990s'), ['1990-01-01', '1999-12-31']);
  });

  it('"by the end of 2027" is the end of the year, bounded from above', () => {
    const c = only(claimsOf('The barrier will be finished by the end of 2027.'), 'by the end of 2027');
    assert.deepEqual(c.interval, ['2027-09-01', '2027-12-31']);
    assert.equal(c.qualifier, 'at-most');
  });

  it('periods between two dates', () => {
    assert.deepEqual(interval('Exports rose between July 1 and Sept 10.', 'between July 1 and Sept 10', '2025-09-12'), ['2025-07-01', '2025-09-10']);
    assert.deepEqual(interval('Output fell between 2019 and 2021.', 'between 2019 and 2021'), ['2019-01-01', '2021-12-31']);
  });

  it('relative dates resolve against the given article date', () => {
    assert.deepEqual(interval('Output fell last year.', 'last year', '2025-07-03'), ['2024-01-01', '2024-12-31']);
    // 2023-03-15 is a Wednesday; "on Tuesday" is the day before.
    assert.deepEqual(interval('Poland on Tuesday signed the deal.', 'Tuesday', '2023-03-15'), ['2023-03-14', '2023-03-14']);
    assert.deepEqual(interval('Prices rose yesterday.', 'yesterday', '2023-03-15'), ['2023-03-14', '2023-03-14']);
  });

  it('relative dates resolve against the date the article states itself', () => {
    const text = 'Published March 15, 2023\n\nPrices rose on Tuesday, traders said.';
    assert.deepEqual(only(claimsOf(text), 'Tuesday').interval, ['2023-03-14', '2023-03-14']);
    const dateline = 'KYIV, Sept 12 (Agency) — Exports rose in 2025, ministry data show, up from last year.';
    assert.deepEqual(only(claimsOf(dateline), 'last year').interval, ['2024-01-01', '2024-12-31']);
  });

  it('relative dates stay relative without any article date', () => {
    const c = only(claimsOf('Prices rose last year, traders said.'), 'last year');
    assert.equal(c.relative, 'last year');
    assert.equal(c.interval, undefined);
  });

  it('a dateline is not a claim', () => {
    const claims = claimsOf('MINSK, Dec 6 (Wire) — Leaders met in 2024 to sign ten agreements.');
    assert.deepEqual(claims.map((c) => c.text), ['2024', 'ten agreements']);
  });
});
