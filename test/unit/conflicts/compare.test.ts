import * as assert from 'assert';
import { compareClaims, DEFAULT_CONFLICT_OPTIONS } from '../../../src/engine/conflicts/index';
import * as fc from 'fast-check';
import type { ClaimRef, Qualifier } from '../../../src/engine/types';
import { claim, count, date, km, miles } from './fixtures';

const verdict = (a: ClaimRef, b: ClaimRef, options = DEFAULT_CONFLICT_OPTIONS) => compareClaims(a.claim, b.claim, options);

describe('compareClaims', () => {
  describe('units and tolerance', () => {
    it('agrees on 2,000 km against 1,243 miles', () => {
      assert.strictEqual(verdict(km('a', 2000), miles('b', 1243)), 'agree');
    });

    it('flags 500 km against 2,000 km', () => {
      assert.strictEqual(verdict(km('a', 500), km('b', 2000)), 'conflict');
    });

    it('accepts a difference inside the 2% plain tolerance and rejects one outside it', () => {
      assert.strictEqual(verdict(km('a', 2000), km('b', 2030)), 'agree');
      assert.strictEqual(verdict(km('a', 2000), km('b', 2100)), 'conflict');
    });

    it('widens the tolerance when either side is approximate', () => {
      assert.strictEqual(verdict(km('a', 1800, { qualifier: 'approx' }), km('b', 2000)), 'agree');
      assert.strictEqual(verdict(km('a', 1800), km('b', 2000)), 'conflict');
      assert.strictEqual(verdict(km('a', 1500, { qualifier: 'approx' }), km('b', 2000)), 'conflict');
    });

    it('agrees on "about 1,240 miles" against 2,000 km', () => {
      assert.strictEqual(verdict(miles('a', 1240, { qualifier: 'approx' }), km('b', 2000)), 'agree');
    });

    it('honours a configured tolerance', () => {
      const loose = { ...DEFAULT_CONFLICT_OPTIONS, tolerance: 0.1 };
      assert.strictEqual(verdict(km('a', 1850), km('b', 2000), loose), 'agree');
    });
  });

  describe('qualifiers', () => {
    it('agrees on "up to 2,000 km" against "2,000 km"', () => {
      assert.strictEqual(verdict(km('a', 2000, { qualifier: 'at-most' }), km('b', 2000)), 'agree');
    });

    it('flags "up to 500 km" against "2,000 km"', () => {
      assert.strictEqual(verdict(km('a', 500, { qualifier: 'at-most' }), km('b', 2000)), 'conflict');
    });

    it('flags two maxima that differ: "up to 500 km" against "up to 2,000 km"', () => {
      assert.strictEqual(verdict(km('a', 500, { qualifier: 'at-most' }), km('b', 2000, { qualifier: 'at-most' })), 'conflict');
    });

    it('agrees on "more than 10" against 12 and flags it against 8', () => {
      const moreThan10 = count('a', 10, 'agreements', { qualifier: 'more-than' });
      assert.strictEqual(verdict(moreThan10, count('b', 12, 'agreements')), 'agree');
      assert.strictEqual(verdict(moreThan10, count('b', 8, 'agreements')), 'conflict');
    });

    it('treats "more than 10" as excluding 10 for counts, "at least 10" as including it', () => {
      assert.strictEqual(verdict(count('a', 10, 'agreements', { qualifier: 'more-than' }), count('b', 10, 'agreements')), 'conflict');
      assert.strictEqual(verdict(count('a', 10, 'agreements', { qualifier: 'at-least' }), count('b', 10, 'agreements')), 'agree');
    });

    it('flags "fewer than 100" against 150 but not against 90', () => {
      const lessThan = count('a', 100, 'troops', { qualifier: 'less-than' });
      assert.strictEqual(verdict(lessThan, count('b', 150, 'troops')), 'conflict');
      assert.strictEqual(verdict(lessThan, count('b', 90, 'troops')), 'agree');
    });
  });

  describe('ranges', () => {
    it('agrees when ranges overlap and flags them when they do not', () => {
      const range = km('a', 1500, { low: 1_500_000, high: 2_000_000 });
      assert.strictEqual(verdict(range, km('b', 1800)), 'agree');
      assert.strictEqual(verdict(range, km('b', 1900, { low: 1_900_000, high: 2_500_000 })), 'agree');
      assert.strictEqual(verdict(range, km('b', 3000)), 'conflict');
      assert.strictEqual(verdict(range, km('b', 300, { low: 300_000, high: 350_000 })), 'conflict');
    });
  });

  describe('counts', () => {
    it('compares counts as exact integers: ten against twelve agreements', () => {
      assert.strictEqual(verdict(count('a', 10, 'agreements'), count('b', 12, 'agreements')), 'conflict');
      assert.strictEqual(verdict(count('a', 4000, 'troops'), count('b', 4050, 'troops')), 'conflict');
      assert.strictEqual(verdict(count('a', 4000, 'troops', { qualifier: 'approx' }), count('b', 4050, 'troops')), 'agree');
    });

    it('never compares counts of different nouns', () => {
      assert.strictEqual(verdict(count('a', 800, 'servicemen', { attribute: 'troops' }), count('b', 1200, 'vehicles', { attribute: 'troops' })), 'incomparable');
    });

    it('treats singular and plural of the counted noun, with or without modifiers, as one noun', () => {
      assert.strictEqual(verdict(count('a', 1, 'agreement', { attribute: 'agreements' }), count('b', 3, 'agreements')), 'conflict');
      assert.strictEqual(verdict(count('a', 10, 'additional agreements', { attribute: 'agreements' }), count('b', 12, 'agreements')), 'conflict');
      assert.strictEqual(verdict(count('a', 10, 'agreements', { noun: undefined }), count('b', 12, 'agreements')), 'conflict');
    });
  });

  describe('Mach', () => {
    const mach = (doc: string, n: number, extra = {}) =>
      claim(doc, { dimension: 'mach', value: n, unit: 'Mach', attribute: 'speed', text: `Mach ${n}`, ...extra });
    const kmh = (doc: string, n: number) => claim(doc, { dimension: 'speed', value: n / 3.6, unit: 'm/s', attribute: 'speed', text: `${n} km/h` });

    it('compares Mach against Mach as numbers', () => {
      assert.strictEqual(verdict(mach('a', 10), mach('b', 10)), 'agree');
      assert.strictEqual(verdict(mach('a', 10), mach('b', 5)), 'conflict');
    });

    it('meets km/h through the range of speeds of sound', () => {
      assert.strictEqual(verdict(mach('a', 10), kmh('b', 12_250)), 'agree');
      assert.strictEqual(verdict(mach('a', 10), kmh('b', 11_000)), 'agree');
      assert.strictEqual(verdict(mach('a', 10), kmh('b', 6_000)), 'conflict');
    });
  });

  describe('dates as intervals', () => {
    it('flags 14 March 2023 against 15 March 2023', () => {
      assert.strictEqual(verdict(date('a', '2023-03-14', '2023-03-14'), date('b', '2023-03-15', '2023-03-15')), 'conflict');
    });

    it('agrees on the second half of 2025 and December 2025', () => {
      assert.strictEqual(verdict(date('a', '2025-07-01', '2025-12-31'), date('b', '2025-12-01', '2025-12-31')), 'agree');
    });

    it('flags mid-2024 against 2026', () => {
      assert.strictEqual(verdict(date('a', '2024-05-01', '2024-08-31'), date('b', '2026-01-01', '2026-12-31')), 'conflict');
    });

    it('reads "by the end of 2027" as a deadline that 2026 meets and 2028 misses', () => {
      const by2027 = date('a', '2027-12-31', '2027-12-31', { qualifier: 'at-most' });
      assert.strictEqual(verdict(by2027, date('b', '2026-01-01', '2026-12-31')), 'agree');
      assert.strictEqual(verdict(by2027, date('b', '2028-01-01', '2028-12-31')), 'conflict');
    });

    it('blurs "around March 2023" by half a month, not by a tolerance on the epoch', () => {
      const around = date('a', '2023-03-01', '2023-03-31', { qualifier: 'approx' });
      assert.strictEqual(verdict(around, date('b', '2023-04-05', '2023-04-05')), 'agree');
      assert.strictEqual(verdict(around, date('b', '2023-06-01', '2023-06-01')), 'conflict');
    });

    it('never compares an unresolved relative date', () => {
      assert.strictEqual(verdict(date('a', '2023-03-14', '2023-03-14'), date('b', '2020-01-01', '2020-12-31', { relative: 'last year' })), 'incomparable');
    });
  });

  describe('money', () => {
    const usd = (doc: string, n: number, unit = 'USD') => claim(doc, { dimension: 'money', value: n, unit, attribute: 'cost' });
    it('compares one currency and never converts between currencies', () => {
      assert.strictEqual(verdict(usd('a', 1.3e9), usd('b', 1.31e9)), 'agree');
      assert.strictEqual(verdict(usd('a', 1.3e9), usd('b', 2e9)), 'conflict');
      assert.strictEqual(verdict(usd('a', 1.3e9), usd('b', 2e9, 'EUR')), 'incomparable');
    });

    it('never compares a unit price with a total, and compares prices per the same unit', () => {
      const priced = (doc: string, n: number, text: string) => claim(doc, { dimension: 'money', value: n, unit: 'USD', attribute: 'value', text });
      assert.strictEqual(verdict(priced('a', 270e6, '$270 million'), priced('b', 11.25e6, 'roughly $11.25 million per aircraft')), 'incomparable');
      assert.strictEqual(verdict(priced('a', 220, '$220 per tonne'), priced('b', 250, '$250 a tonne')), 'conflict');
      assert.strictEqual(verdict(priced('a', 220, '$220 per tonne'), priced('b', 250, '$250 per barrel')), 'incomparable');
    });
  });
});

describe('compareClaims invariants', () => {
  const qualifier = fc.constantFrom<Qualifier | undefined>(undefined, 'approx', 'at-most', 'at-least', 'more-than', 'less-than');
  const lengthClaim = fc
    .record({ value: fc.integer({ min: 1, max: 5_000_000 }), spread: fc.integer({ min: 0, max: 1_000_000 }), ranged: fc.boolean(), qualifier })
    .map(({ value, spread, ranged, qualifier: q }) =>
      km('x', value / 1000, { value, qualifier: q, ...(ranged ? { low: value, high: value + spread } : {}) }),
    );

  it('is symmetric', () => {
    fc.assert(
      fc.property(lengthClaim, lengthClaim, (a, b) => verdict(a, b) === verdict(b, a)),
      { numRuns: 2000 },
    );
  });

  it('finds every claim in agreement with itself', () => {
    fc.assert(fc.property(lengthClaim, (a) => verdict(a, a) === 'agree'), { numRuns: 500 });
  });
});
