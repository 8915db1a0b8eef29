import { strict as assert } from 'node:assert';
import { claimsOf, close, only } from './helpers';

function one(text: string, span: string) {
  return only(claimsOf(text), span);
}

describe('claims: units are normalised to SI', () => {
  it('length: km, kilometres, kilometers, miles, nautical miles, m, metres', () => {
    const cases: Array<[string, string, number]> = [
      ['It flew 300 km north.', '300 km', 300000],
      ['It flew 300 kilometres north.', '300 kilometres', 300000],
      ['It flew 300 kilometers north.', '300 kilometers', 300000],
      ['It flew 300 miles north.', '300 miles', 300 * 1609.344],
      ['It sailed 216 nautical miles.', '216 nautical miles', 216 * 1852],
      ['The wall is 5 m high.', '5 m', 5],
      ['The wall is 12 metres high.', '12 metres', 12],
      ['The wall is 5m high.', '5m', 5],
    ];
    for (const [text, span, value] of cases) {
      const c = one(text, span);
      assert.equal(c.dimension, 'length', span);
      assert.equal(c.unit, 'm');
      assert.ok(close(c.value, value), `${span}: ${c.value}`);
    }
  });

  it('mass: tonnes, tons, kg, million tonnes', () => {
    assert.equal(one('It carries 150 kg.', '150 kg').value, 150);
    assert.equal(one('They shipped 240,000 tonnes.', '240,000 tonnes').value, 240e6);
    assert.equal(one('They shipped 2,000 tons.', '2,000 tons').value, 2e6);
    const m = one('The harvest reached 56.2 million tonnes.', '56.2 million tonnes');
    assert.equal(m.dimension, 'mass');
    assert.ok(close(m.value, 56.2e9));
  });

  it('speed: km/h, kph, mph, knots', () => {
    assert.ok(close(one('It cruises at 130 km/h.', '130 km/h').value, 130 / 3.6));
    assert.ok(close(one('It cruises at 130 kph.', '130 kph').value, 130 / 3.6));
    assert.ok(close(one('It cruises at 80 mph.', '80 mph').value, (80 * 1609.344) / 3600));
    assert.ok(close(one('It cruises at 30 knots.', '30 knots').value, (30 * 1852) / 3600));
    assert.equal(one('It cruises at 30 knots.', '30 knots').unit, 'm/s');
  });

  it('Mach is its own dimension', () => {
    const c = one('It flies at Mach 10.', 'Mach 10');
    assert.equal(c.dimension, 'mach');
    assert.equal(c.unit, 'Mach');
    assert.equal(c.value, 10);
    assert.equal(one('It flies at ten times the speed of sound.', 'ten times the speed of sound').value, 10);
  });

  it('area: km², sq km, square kilometres, hectares, acres', () => {
    assert.equal(one('The city covers 87.88 km².', '87.88 km²').value, 87.88e6);
    assert.equal(one('The city covers 90 sq km.', '90 sq km').value, 90e6);
    assert.equal(one('The city covers 90 square kilometres.', '90 square kilometres').value, 90e6);
    assert.equal(one('Fires burned 1,000 hectares.', '1,000 hectares').value, 1e7);
    assert.ok(close(one('Fires burned 100 acres.', '100 acres').value, 404685.64224));
    assert.equal(one('Fires burned 1,000 hectares.', '1,000 hectares').unit, 'm2');
  });

  it('volume: litres, cubic metres, barrels', () => {
    assert.ok(close(one('Drink 2 litres a day.', '2 litres a day').value, 0.002));
    assert.equal(one('They pumped 500 cubic metres.', '500 cubic metres').value, 500);
    const b = one('Output rose to 10,000 barrels.', '10,000 barrels');
    assert.equal(b.unit, 'm3');
    assert.ok(close(b.value, 1589.87));
  });

  it('durations: hours, days, weeks, months, years', () => {
    assert.equal(one('It can stay airborne for 27 hours.', '27 hours').value, 27 * 3600);
    assert.equal(one('The heatwave lasted nine days.', 'nine days').value, 9 * 86400);
    assert.equal(one('Talks lasted three weeks.', 'three weeks').value, 21 * 86400);
    assert.ok(close(one('The blockade lasted six months.', 'six months').value, 0.5 * 365.25 * 86400));
    assert.ok(close(one('He served 30 years in office.', '30 years').value, 30 * 365.25 * 86400));
    assert.equal(one('He signed a 10-year contract.', '10-year').dimension, 'duration');
  });

  it('money by symbol and code', () => {
    const cases: Array<[string, string, string, number]> = [
      ['It cost $270 million.', '$270 million', 'USD', 270e6],
      ['It cost US$5 billion.', 'US$5 billion', 'USD', 5e9],
      ['It cost €45 million.', '€45 million', 'EUR', 45e6],
      ['It cost £190.', '£190', 'GBP', 190],
      ['It cost ¥300 billion.', '¥300 billion', 'JPY', 300e9],
      ['It cost ₽45 billion.', '₽45 billion', 'RUB', 45e9],
      ['It cost USD 18.', 'USD 18', 'USD', 18],
      ['It cost EUR 30 million.', 'EUR 30 million', 'EUR', 30e6],
      ['It cost GBP 2 million.', 'GBP 2 million', 'GBP', 2e6],
      ['It cost RUB 45 billion.', 'RUB 45 billion', 'RUB', 45e9],
      ['It cost 5 million dollars.', '5 million dollars', 'USD', 5e6],
      ['It cost 5 million euros.', '5 million euros', 'EUR', 5e6],
      ['It cost 45 billion roubles.', '45 billion roubles', 'RUB', 45e9],
      ['It cost 45 billion rubles.', '45 billion rubles', 'RUB', 45e9],
    ];
    for (const [text, span, code, value] of cases) {
      const c = one(text, span);
      assert.equal(c.dimension, 'money', span);
      assert.equal(c.unit, code, span);
      assert.ok(close(c.value, value), `${span}: ${c.value}`);
    }
  });

  it('temperature in kelvin', () => {
    assert.ok(close(one('Zurich hit 35.1°C.', '35.1°C').value, 308.25));
    assert.ok(close(one('Zurich hit 95.2°F.', '95.2°F').value, 308.261111, 1e-6));
    const c = one('Zurich hit 35 degrees Celsius.', '35 degrees Celsius');
    assert.equal(c.unit, 'K');
    assert.equal(c.dimension, 'temperature');
  });
});
