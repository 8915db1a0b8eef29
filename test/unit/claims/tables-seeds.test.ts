import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandEntity } from './helpers';
import { claimsOf, only } from './helpers';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const ORESHNIK: HandEntity = ['Oreshnik', 'product', 'product:oreshnik'];

describe('claims: tables and the seeds', () => {
  it('seed 000: the Feature | Details table gives range and deployment date of the Oreshnik', () => {
    const text = readFileSync(join(SEEDS, '000_24c4a358f596b150.txt'), 'utf8');
    const claims = claimsOf(text, [ORESHNIK, ['Belarus', 'place', 'place:belarus'], ['Russia', 'place', 'place:russia']]);
    const range = only(claims, 'Up to 500 kilometers');
    assert.equal(range.dimension, 'length');
    assert.equal(range.value, 500000);
    assert.equal(range.unit, 'm');
    assert.equal(range.qualifier, 'at-most');
    assert.equal(range.subject, 'product:oreshnik');
    assert.equal(range.attribute, 'range');
    const date = only(claims, 'mid-2024');
    assert.deepEqual(date.interval, ['2024-05-01', '2024-08-31']);
    assert.equal(date.attribute, 'deployment date');
    assert.equal(date.subject, 'product:oreshnik');
  });

  it('seed 002: "ten additional agreements" is a count of 10 agreements', () => {
    const text = readFileSync(join(SEEDS, '002_abe37b12b1baed6c.txt'), 'utf8');
    const claims = claimsOf(text, [['Union State', 'organization', 'organization:union-state']]);
    const c = only(claims, 'ten additional agreements');
    assert.equal(c.dimension, 'count');
    assert.equal(c.value, 10);
    assert.equal(c.noun, 'agreements');
    assert.equal(c.attribute, 'agreements');
    // "1." ... "3." list markers are not figures.
    assert.ok(claims.every((x) => !/^\d\.?$/.test(x.text)), JSON.stringify(claims.map((x) => x.text)));
  });

  it('a "System | <name>" row names the subject of the other rows', () => {
    const text = 'Specifications\n\n| Parameter | Value |\n|---|---|\n| System | Oreshnik |\n| Range | 5,000 km |\n| Speed | Mach 10 |';
    const claims = claimsOf(text, [ORESHNIK]);
    assert.equal(only(claims, '5,000 km').subject, 'product:oreshnik');
    assert.equal(only(claims, '5,000 km').attribute, 'range');
    assert.equal(only(claims, 'Mach 10').attribute, 'speed');
  });

  it('the heading above a table names its subject', () => {
    const text = '## The Oreshnik in numbers\n\n| Figure | Value |\n|---|---|\n| Range | up to 2,000 km |';
    assert.equal(only(claimsOf(text, [ORESHNIK]), 'up to 2,000 km').subject, 'product:oreshnik');
  });

  it('a header row of names gives each column its subject', () => {
    const text = '| System | Oreshnik | Iskander-M |\n|---|---|---|\n| Range | 1,500–2,000 km | up to 500 km |\n| Warhead | 6 re-entry vehicles | 480 kg |';
    const claims = claimsOf(text, [ORESHNIK, ['Iskander-M', 'product', 'product:iskander-m']]);
    assert.equal(only(claims, '1,500–2,000 km').subject, 'product:oreshnik');
    assert.equal(only(claims, 'up to 500 km').subject, 'product:iskander-m');
    assert.equal(only(claims, 'up to 500 km').attribute, 'range');
    assert.equal(only(claims, '480 kg').attribute, 'warhead weight');
    assert.equal(only(claims, '6 re-entry vehicles').attribute, 'warheads');
  });

  it('a row named after an entity takes the attribute from the column header', () => {
    const text = '| Country | Troops |\n|---|---|\n| Poland | 40,000 soldiers |';
    const c = only(claimsOf(text, [['Poland', 'place', 'place:poland']]), '40,000 soldiers');
    assert.equal(c.subject, 'place:poland');
    assert.equal(c.attribute, 'troops');
  });
});
