import assert from 'node:assert/strict';
import { claimsOf, close, only } from './helpers';

// Units and currencies of business, technology, motoring and science pages (measured on a public quantity benchmark).
describe('claims: units and currencies of everyday news', () => {
  it('reads data sizes, engine power, frequency and pressure in their usual units', () => {
    const gb = only(claimsOf('The cheaper tablet ships with 128GB of storage.'), '128GB');
    assert.deepEqual([gb.dimension, gb.value, gb.unit], ['number', 128e9, 'B']);
    const hp = only(claimsOf('The coupe now makes 612bhp from its V8.'), '612bhp');
    assert.equal(hp.unit, 'W');
    assert.ok(close(hp.value, 612 * 745.7));
    const khz = only(claimsOf('Most adults hear tones between 14kHz and 16kHz.'), 'between 14kHz and 16kHz');
    assert.deepEqual([khz.low, khz.high, khz.unit], [14_000, 16_000, 'Hz']);
    assert.equal(only(claimsOf('The alloy failed at 48.2 MPa in the test.'), '48.2 MPa').value, 48.2e6);
  });

  it('reads torque in pound-feet as torque, not as a weight in pounds', () => {
    const c = only(claimsOf('The diesel delivers 410 lb-ft of torque.'), '410 lb-ft');
    assert.equal(c.unit, 'N·m');
    assert.ok(close(c.value, 410 * 1.35582));
  });

  it('reads fuel economy in mpg rather than miles', () => {
    const c = only(claimsOf('The hybrid returns 52 miles per gallon on the highway.'), '52 miles per gallon');
    assert.deepEqual([c.dimension, c.value, c.unit], ['number', 52, 'mpg']);
  });

  it('reads singular metric spellings, micrometres, milligrams and gigatonnes', () => {
    assert.equal(only(claimsOf('The film is only 0.05 millimeter thick.'), '0.05 millimeter').value, 0.00005);
    assert.ok(close(only(claimsOf('Each sensor pixel measures 3.1 μm across.'), '3.1 μm').value, 3.1e-6));
    assert.ok(close(only(claimsOf('Each tablet holds 250mg of the drug.'), '250mg').value, 250e-6));
    assert.equal(only(claimsOf('Greenland sheds about 270 gigatonnes of ice a year.'), 'about 270 gigatonnes').value, 270e12);
  });

  it('reads "m.p.h.", "m2" and "degF" written the old-fashioned way', () => {
    assert.equal(only(claimsOf('The old train topped out at 60 m.p.h. on the flat.'), '60 m.p.h').dimension, 'speed');
    const area = only(claimsOf('The studio flat has 28m2 of floor space.'), '28m2');
    assert.deepEqual([area.dimension, area.value], ['area', 28]);
    const f = only(claimsOf('July was 1.8degF warmer than average.'), '1.8degF');
    assert.equal(f.dimension, 'temperature');
  });

  it('reads a percentage written "pc"', () => {
    const c = only(claimsOf('Shares in the grocer fell 4.5pc in early trading.'), '4.5pc');
    assert.deepEqual([c.dimension, c.value], ['percent', 4.5]);
  });

  it('reads dollars, yuan and shekels named by nationality or by word after the amount', () => {
    assert.equal(only(claimsOf('The fine is 2.5 million Canadian dollars.'), '2.5 million Canadian dollars').unit, 'CAD');
    assert.equal(only(claimsOf('The handset sells for 5,999 Chinese yuan in Shanghai.'), '5,999 Chinese yuan').unit, 'CNY');
    const ils = only(claimsOf('Turnover reached 1.8 billion shekels on Sunday.'), '1.8 billion shekels');
    assert.deepEqual([ils.dimension, ils.value, ils.unit], ['money', 1.8e9, 'ILS']);
    const sen = only(claimsOf('Maybank rose 12 sen in Kuala Lumpur.'), '12 sen');
    assert.deepEqual([sen.unit, sen.value], ['MYR', 0.12]);
  });

  it('reads currency prefixes: "$US", "$A", a spaced country before "$", "RM" and a symbol after the amount', () => {
    assert.equal(only(claimsOf('Debt stood at $US48 billion in June.'), '$US48 billion').unit, 'USD');
    assert.equal(only(claimsOf('The house sold for $A2,150,000 last week.'), '$A2,150,000').unit, 'AUD');
    assert.equal(only(claimsOf('Profit rose to HK $2.1 billion.'), 'HK $2.1 billion').unit, 'HKD');
    assert.equal(only(claimsOf('Genting closed at RM4.85 on Friday.'), 'RM4.85').unit, 'MYR');
    const eur = only(claimsOf('She paid 950€ for the laptop.'), '950€');
    assert.deepEqual([eur.dimension, eur.value, eur.unit], ['money', 950, 'EUR']);
  });

  it('reads "PS" glued to an amount as pounds (a mangled "£"), but leaves the PS5 console alone', () => {
    const c = only(claimsOf('The chief executive took home PS3.4m last year.'), 'PS3.4m');
    assert.deepEqual([c.unit, c.value], ['GBP', 3.4e6]);
    assert.deepEqual(claimsOf('The PS5 console was sold out again.').map((x) => x.text), []);
  });

  it('reads "Y=" as yen, the way wire copy writes it', () => {
    assert.equal(only(claimsOf('Toyota rose 1.2 percent to Y=2,480.'), 'Y=2,480').unit, 'JPY');
  });

  it('reads a glued "m" as million before another unit or "of its", and as metres otherwise', () => {
    const t = only(claimsOf('The mine will raise output to 2.4m tonnes of ore by 2027.'), '2.4m tonnes');
    assert.deepEqual([t.dimension, t.value], ['mass', 2.4e9]);
    const sold = only(claimsOf('The firm has sold 12m of its speakers in Europe.'), '12m of its speakers');
    assert.deepEqual([sold.dimension, sold.value, sold.noun], ['count', 12e6, 'speakers']);
    assert.equal(only(claimsOf('The wall is 3m high.'), '3m').dimension, 'length');
  });

  it('reads "mil" glued to an amount as million', () => {
    assert.equal(only(claimsOf('The gang laundered almost S$2mil through shell firms.'), 'almost S$2mil').value, 2e6);
  });
});
