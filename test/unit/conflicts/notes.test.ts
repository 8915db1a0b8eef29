import * as assert from 'assert';
import { conflictNote, DEFAULT_CONFLICT_OPTIONS, formatClaim, formatNumber, groupClaims, notesFor, valueTable } from '../../../src/engine/conflicts/index';
import { claim, count, date, km, miles, names } from './fixtures';

describe('conflict notes', () => {
  it('writes the 500 km / 2,000 km note from the side of "this" document', () => {
    assert.strictEqual(conflictNote(km('this.md', 500).claim, km('report.md', 2000), names), 'report.md says 2,000 km; this says 500 km (4× smaller)');
    assert.strictEqual(conflictNote(km('this.md', 2000).claim, km('report.md', 500), names), 'report.md says 500 km; this says 2,000 km (4× larger)');
  });

  it('keeps the qualifier and uses the display name', () => {
    const note = conflictNote(km('t', 500, { qualifier: 'at-most' }).claim, km('docs/report.md', 2000), (d) => d.split('/').pop()!);
    assert.strictEqual(note, 'report.md says 2,000 km; this says up to 500 km (4× smaller)');
  });

  it('uses a percentage for small differences', () => {
    assert.strictEqual(conflictNote(km('t', 1800).claim, km('r', 2000), names), 'r says 2,000 km; this says 1,800 km (10% lower)');
  });

  it('writes dates as a person would, with the gap', () => {
    assert.strictEqual(
      conflictNote(date('t', '2023-03-14', '2023-03-14').claim, date('digest.txt', '2023-03-15', '2023-03-15'), names),
      'digest.txt says 15 March 2023; this says 14 March 2023 (1 day earlier)',
    );
    const mid2024 = date('t', '2024-05-01', '2024-08-31', { text: 'mid-2024' });
    assert.strictEqual(
      conflictNote(mid2024.claim, date('r', '2026-01-01', '2026-12-31', { text: 'in 2026' }), names),
      'r says 2026; this says mid-2024 (about 2 years earlier)',
    );
  });

  it('names periods by their shape', () => {
    assert.strictEqual(formatClaim(date('x', '2025-07-01', '2025-12-31').claim), 'the second half of 2025');
    assert.strictEqual(formatClaim(date('x', '2024-07-01', '2024-09-30').claim), 'Q3 2024');
    assert.strictEqual(formatClaim(date('x', '2025-12-01', '2025-12-31').claim), 'December 2025');
    assert.strictEqual(formatClaim(date('x', '2027-12-31', '2027-12-31', { qualifier: 'at-most' }).claim), 'by 31 December 2027');
  });

  it('counts the difference for counts', () => {
    assert.strictEqual(conflictNote(count('t', 10, 'agreements').claim, count('x.md', 12, 'agreements'), names), 'x.md says 12 agreements; this says 10 agreements (2 fewer)');
  });

  it('says how much longer or shorter a duration is', () => {
    const days = (doc: string, n: number) => claim(doc, { dimension: 'duration', value: n * 86400, unit: 's', attribute: 'heatwave duration' });
    assert.strictEqual(conflictNote(days('t', 9).claim, days('r', 11), names), 'r says 11 days; this says 9 days (2 days shorter)');
  });

  it('gives temperature differences in degrees, not as a ratio of kelvins', () => {
    const celsius = (doc: string, n: number) => claim(doc, { dimension: 'temperature', value: n + 273.15, unit: 'K', attribute: 'peak temperature' });
    assert.strictEqual(conflictNote(celsius('t', 35.1).claim, celsius('r', 38), names), 'r says 38 °C; this says 35.1 °C (2.9 °C lower)');
  });

  it('formats figures for people: separators, km, ranges, money, percent', () => {
    assert.strictEqual(formatNumber(1_234_567), '1,234,567');
    assert.strictEqual(formatNumber(7.4), '7.4');
    assert.strictEqual(formatClaim(miles('x', 1243).claim), '2,000 km');
    assert.strictEqual(formatClaim(km('x', 0.8).claim), '800 m');
    assert.strictEqual(formatClaim(km('x', 0.000012).claim), '12 mm');
    assert.strictEqual(formatClaim(km('x', 1500, { low: 1_500_000, high: 2_000_000 }).claim), '1,500–2,000 km');
    assert.strictEqual(formatClaim(claim('x', { dimension: 'money', value: 1.3e9, unit: 'USD' }).claim), '$1.3 billion');
    assert.strictEqual(formatClaim(claim('x', { dimension: 'percent', value: 12, unit: '%', qualifier: 'approx' }).claim), 'about 12%');
    assert.strictEqual(formatClaim(claim('x', { dimension: 'mach', value: 10, unit: 'Mach' }).claim), 'Mach 10');
  });

  it('explains a Mach/km/h conflict in Mach', () => {
    const mach = claim('t', { dimension: 'mach', value: 10, unit: 'Mach', attribute: 'speed' });
    const kmh = claim('r', { dimension: 'speed', value: 2000 / 3.6, unit: 'm/s', attribute: 'speed' });
    assert.match(conflictNote(mach.claim, kmh, names), /^r says 2,000 km\/h; this says Mach 10 \(2,000 km\/h is Mach 1\.6–1\.9\)$/);
  });
});

describe('notesFor and valueTable', () => {
  const refs = [km('a.md', 500, { qualifier: 'at-most' }), km('b.md', 2000), miles('c.md', 1243), km('a.md', 480)];
  const [g] = groupClaims(refs, DEFAULT_CONFLICT_OPTIONS, names);

  it('lists every other source’s figure, disagreeing ones first, and says which agree', () => {
    const rows = notesFor(refs[1], g, names);
    assert.deepStrictEqual(
      rows.map((r) => [r.ref.doc, r.verdict]),
      [['a.md', 'conflict'], ['a.md', 'conflict'], ['c.md', 'agree']],
    );
    assert.strictEqual(rows[2].note, 'c.md says 2,000 km (agrees)');
    assert.strictEqual(rows[0].note, 'a.md says up to 500 km; this says 2,000 km (4× larger)');
  });

  it('leaves the claim’s own document out unless same-document comparison is on', () => {
    assert.ok(notesFor(refs[0], g, names).every((r) => r.ref.doc !== 'a.md'));
    const same = notesFor(refs[0], g, names, { ...DEFAULT_CONFLICT_OPTIONS, sameDocument: true });
    assert.deepStrictEqual(same.filter((r) => r.ref.doc === 'a.md').map((r) => r.verdict), ['agree']);
  });

  it('builds the value table source by source, agreeing figures included', () => {
    const table = valueTable(g);
    assert.deepStrictEqual(
      table.map((r) => [r.ref.doc, r.figure, r.conflicting]),
      [
        ['a.md', 'up to 500 km', true],
        ['a.md', '480 km', true],
        ['b.md', '2,000 km', true],
        ['c.md', '2,000 km', true],
      ],
    );
  });
});
