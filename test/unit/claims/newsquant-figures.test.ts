import assert from 'node:assert/strict';
import { claimsOf, close, only } from './helpers';

const texts = (text: string): string[] => claimsOf(text).map((c) => c.text);
const YEAR = 365.25 * 86400;

// Which figures of ordinary news sentences are claims, and how they read (measured on a public quantity benchmark).
describe('claims: figures of ordinary news sentences', () => {
  it('keeps a bare level with decimals or in the thousands ("fell 0.4% to 13,176")', () => {
    assert.deepEqual(texts('The FTSE fell 0.4 per cent to 7,412 while the CAC was down 0.1 per cent at 5884.'), ['0.4 per cent', '7,412', '0.1 per cent', '5884']);
    assert.equal(only(claimsOf('Vodafone rose 3% to 1.27 after the results.'), '1.27').value, 1.27);
  });

  it('does not keep a bare year, a small integer or the tail of a phone number', () => {
    assert.deepEqual(texts('The club was founded in 1878 and won 3 of them.'), ['1878']);
    assert.deepEqual(texts('Call 555-201-9876 for tickets.'), []);
  });

  it('reads a vague plural as the decade it names', () => {
    const c = only(claimsOf('Thousands of workers marched through the capital.'), 'Thousands of workers');
    assert.deepEqual([c.dimension, c.low, c.high, c.qualifier, c.noun], ['count', 1000, 10_000, 'approx', 'workers']);
    const money = only(claimsOf('The repairs will cost tens of millions of dollars.'), 'tens of millions of dollars');
    assert.deepEqual([money.dimension, money.low, money.high, money.unit], ['money', 1e7, 1e8, 'USD']);
  });

  it('gives both figures of "eight or nine euros" and "7- or 8-inch" the unit written once', () => {
    const [a, b] = claimsOf('Lunch costs eight or nine euros in the old town.');
    assert.deepEqual([a.text, a.unit, a.value, b.text, b.value], ['eight', 'EUR', 8, 'nine euros', 9]);
    const inch = claimsOf('It comes with a 7- or 8-inch screen.');
    assert.deepEqual(inch.map((c) => c.dimension), ['length', 'length']);
    assert.ok(close(inch[0].value, 7 * 0.0254));
  });

  it('gives both ends of a change the unit written once ("from 13.5 to 14.0 mm", "from 208 pounds to 193")', () => {
    const mm = claimsOf('Valve lift was increased from 13.5 to 14.0 mm.');
    assert.deepEqual(mm.map((c) => [c.text, c.dimension]), [['13.5', 'length'], ['14.0 mm', 'length']]);
    const lb = claimsOf('He slimmed from 208 pounds to 193 over the winter.');
    assert.deepEqual(lb.map((c) => c.dimension), ['mass', 'mass']);
    assert.ok(close(lb[1].value, 193 * 0.45359237));
  });

  it('reads a multiple ("6.5 times earnings", "3,200 times", "a six-fold rise")', () => {
    const c = only(claimsOf('The shares trade at 6.5 times earnings.'), '6.5 times');
    assert.deepEqual([c.dimension, c.value, c.unit], ['number', 6.5, '×']);
    assert.equal(only(claimsOf('Sales saw a six-fold rise.'), 'six-fold').value, 6);
    assert.equal(only(claimsOf('The jet flew ten times the speed of sound.'), 'ten times the speed of sound').dimension, 'mach');
  });

  it('reads a decimal written without its leading zero', () => {
    assert.equal(only(claimsOf('The team finished with a .625 winning record.'), '.625 winning record').value, 0.625);
    assert.equal(only(claimsOf('The error rate fell to .002 per cent.'), '.002 per cent').value, 0.002);
  });

  it('reads "minus" before a temperature as a negative value', () => {
    const c = only(claimsOf('Nights fell to minus 40 Celsius in the north.'), 'minus 40 Celsius');
    assert.ok(close(c.value, 233.15));
    assert.ok(close(only(claimsOf('The tanks hold gas at minus-260 degrees Fahrenheit.'), 'minus-260 degrees Fahrenheit').value, ((-260 - 32) * 5) / 9 + 273.15));
  });

  it('reads an age set off by commas after a name', () => {
    const c = only(claimsOf('Priya Natarajan, 47, said the rules had changed.'), '47');
    assert.deepEqual([c.dimension, c.value], ['duration', 47 * YEAR]);
    assert.deepEqual(texts('On Monday, 12, the count began.'), ['Monday']);
  });

  it('gives an age in apposition to the name before it, as attribute "age"', () => {
    const text = 'Police said Anna Smith, 44, and Jones, 52, were charged on Friday.';
    const [smith, jones] = claimsOf(text, [['Anna Smith', 'person', 'person:anna-smith']]).filter((c) => c.dimension === 'duration');
    assert.deepEqual([smith.subject, smith.attribute], ['person:anna-smith', 'age']);
    assert.deepEqual([jones.subject, jones.attribute], ['jones', 'age'], 'not the clause subject: two ages of two people never conflict');
  });

  it('applies a scale written once to both ends of a range in words, and reads "one to two years"', () => {
    const c = only(claimsOf('Organisers expect four to five thousand people.'), 'four to five thousand people');
    assert.deepEqual([c.low, c.high], [4000, 5000]);
    const y = only(claimsOf('Many have been out of work for one to two years.'), 'one to two years');
    assert.deepEqual([y.low, y.high], [YEAR, 2 * YEAR]);
  });

  it('finds the counted noun past "more", an adverb, a model number and a hyphenated adjective', () => {
    assert.equal(only(claimsOf('The club added eight more players.'), 'eight more players').noun, 'players');
    assert.equal(only(claimsOf('It equals about 20 newly opened power plants.'), 'about 20 newly opened power plants').noun, 'plants');
    assert.equal(only(claimsOf('It delivered 41,000 Model Y crossovers.'), '41,000 Model Y crossovers').noun, 'crossovers');
    assert.equal(only(claimsOf('The city closed 12 coal-fired stations.'), '12 coal-fired stations').noun, 'stations');
  });

  it('reads a unit past one modifier ("five straight years", "312 rushing yards")', () => {
    assert.equal(only(claimsOf('Sales grew for five straight years.'), 'five straight years').value, 5 * YEAR);
    const yd = only(claimsOf('He finished with 312 rushing yards.'), '312 rushing yards');
    assert.equal(yd.dimension, 'length');
    assert.ok(close(yd.value, 312 * 0.9144));
  });

  it('counts a qualified figure after a possessive ("his approximately 300 songs")', () => {
    assert.equal(only(claimsOf('Among his approximately 300 recorded songs were several hits.'), 'approximately 300 recorded songs').value, 300);
  });

  it('keeps "increased by $4 billion to $410 billion" as a change and its level, not a range', () => {
    assert.deepEqual(texts('The deficit increased by $4 billion to $410 billion.'), ['$4 billion', '$410 billion']);
    const r = only(claimsOf('Guidance was cut to between $US140 million and $US150 million.'), 'between $US140 million and $US150 million');
    assert.deepEqual([r.low, r.high], [140e6, 150e6]);
  });

  it('reads "an average of 1500" as an amount, not a year', () => {
    assert.equal(only(claimsOf('Car prices will rise by an average of 1500.'), '1500').dimension, 'count');
  });

  it('does not read "back up to" as a bound', () => {
    assert.equal(only(claimsOf('Growth should inch back up to 2.9 percent next year.'), '2.9 percent').qualifier, undefined);
  });
});

describe('claims: figures that are names, scores and descriptions', () => {
  it('leaves scores alone', () => {
    assert.deepEqual(texts('Leeds beat Hull 3-1 thanks to a late goal, and led 2-0 at the break.'), []);
  });

  it('leaves a number that names something after a capitalised word', () => {
    assert.deepEqual(texts('The Stoxx 600 index rose 1.1 percent.'), ['1.1 percent']);
    assert.deepEqual(texts('Volunteers joined the Planet 9 search project.'), []);
    assert.deepEqual(texts('The category 4 storm hit land.'), []);
    assert.deepEqual(texts("Boeing's own 787 Dreamliner was delayed."), []);
    assert.equal(only(claimsOf('The Bentley 640bhp engine is new.'), '640bhp').unit, 'W');
  });

  it('leaves a capitalised number word inside a name', () => {
    assert.deepEqual(texts('He told BBC One that the Kick Six play was luck.'), []);
  });

  it('leaves ranking places and model codes: "last-16", "ID.4", "COVID -19"', () => {
    assert.deepEqual(texts('They reached the last-16 stage with the ID.4 models.'), []);
    assert.ok(!texts('Labs ran more COVID -19 tests.').some((t) => t.includes('19')));
  });

  it('leaves the parts of a dotted version number or address', () => {
    assert.deepEqual(texts('Firefox 121.0.1 fixes the crash on 10.0.0.1 routers.'), []);
  });

  it('leaves a spelled-out number that only describes the noun after it ("a four-door car")', () => {
    assert.deepEqual(texts('It has a six-speed gearbox and a four-door body.'), []);
    assert.equal(only(claimsOf('A 5-member team arrived.'), '5-member team').value, 5);
  });
});
