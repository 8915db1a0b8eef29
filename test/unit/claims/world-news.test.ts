import assert from 'node:assert/strict';
import { claimsOf, close, only } from './helpers';

// Figures from business and sport pages, beyond the war reporting of the development set.
describe('claims: world news beyond the development set', () => {
  it('reads a finishing time in hours, minutes and seconds as a duration', () => {
    const c = only(claimsOf('Eliud Kipchoge won in 2:02:42, and Tigst Assefa ran 2:11:53.'), '2:02:42');
    assert.equal(c.dimension, 'duration');
    assert.equal(c.value, 2 * 3600 + 2 * 60 + 42);
    assert.equal(only(claimsOf('She ran 2:11:53.'), '2:11:53').value, 7913);
  });

  it('leaves clock times, scores and letter-number model names alone', () => {
    assert.deepEqual(claimsOf('The meeting opened at 10:30:00 and the score was 2:1.').map((c) => c.text), []);
    assert.deepEqual(claimsOf('The new A18 chip and the C17 plane use the A7 road.').map((c) => c.text), []);
  });

  it('reads a range that writes its unit after both ends', () => {
    const c = only(claimsOf('Margin was above the 45.5%–46.5% range it had guided.'), '45.5%–46.5%');
    assert.deepEqual([c.dimension, c.low, c.high], ['percent', 45.5, 46.5]);
    const km = only(claimsOf('The lake is 10 km to 12 km long.'), '10 km to 12 km');
    assert.deepEqual([km.low, km.high], [10_000, 12_000]);
  });

  it('keeps a change and the level it reached apart', () => {
    assert.deepEqual(claimsOf('Unemployment rose 5% to 7%.').map((c) => c.text), ['5%', '7%']);
  });

  it('never takes a name that only describes a noun ("California-based") for the subject', () => {
    const entities = [['Apple', 'organization', 'organization:apple'], ['Cupertino', 'place', 'place:cupertino'], ['California', 'place', 'place:california']] as const;
    const text = 'Apple reported strong sales. The Cupertino, California-based company said gross margin was 46.2 per cent.';
    const c = only(claimsOf(text, entities.map((e) => [...e])), '46.2 per cent');
    assert.equal(c.subject, 'organization:apple', '"the company" stands for the organisation named before');
    assert.equal(c.attribute, 'gross margin');
  });

  it('stops a subject noun phrase at the verb after it', () => {
    assert.equal(only(claimsOf('The plant produces 1.2 GW.'), '1.2 GW').subject, 'plant');
    assert.equal(only(claimsOf('The car does 70 mph.'), '70 mph').subject, 'car');
  });

  it('gives a sum to whoever it is for, named right after it', () => {
    const entities: Array<[string, 'place', string]> = [['Ukraine', 'place', 'place:ukraine'], ['Israel', 'place', 'place:israel']];
    const claims = claimsOf('The bill includes about $61 billion for Ukraine and $14 billion for Israel.', entities);
    assert.equal(only(claims, 'about $61 billion').subject, 'place:ukraine');
    assert.equal(only(claims, '$14 billion').subject, 'place:israel');
  });

  it('takes the level of a counted noun named just before ("cases rose to 58,114")', () => {
    const claims = claimsOf('Measles cases in Europe rose to 58,114 in 2023, up from 941 the year before. Romania reported 10,900 cases, followed by Kazakhstan with 8,500.');
    assert.deepEqual(['58,114', '941', '8,500'].map((t) => only(claims, t).noun), ['cases', 'cases', 'cases']);
    // Without a counted noun before it, a bare number still asserts nothing.
    assert.deepEqual(claimsOf('The meeting with 300 was long.').map((c) => c.text), []);
  });

  it('reads light-years, and a change of temperature without the zero point', () => {
    assert.ok(close(only(claimsOf('The planet is 700 light-years away.'), '700 light-years').value, 700 * 9.4607304725808e15, 1e-9));
    // Scaling leaves no floating-point residue: 33.2 × 10⁹ is exactly 33,200,000,000.
    assert.equal(only(claimsOf('Analysts had forecast $33.2 billion.'), '$33.2 billion').value, 33_200_000_000);
    const change = only(claimsOf('Temperatures could rise by 1.5°C above pre-industrial levels.'), '1.5°C');
    assert.deepEqual([change.value, change.unit, change.attribute], [1.5, 'K', 'temperature change']);
    const level = only(claimsOf('Zurich hit 35°C.', [['Zurich', 'place', 'place:zurich']]), '35°C');
    assert.deepEqual([level.value, level.attribute], [308.15, 'temperature']);
  });
});
