import { strict as assert } from 'node:assert';
import type { HandEntity } from './helpers';
import { claimsOf, only } from './helpers';

const ORESHNIK: HandEntity = ['Oreshnik', 'product', 'product:oreshnik'];
const ISKANDER: HandEntity = ['Iskander-M', 'product', 'product:iskander-m'];
const RUSSIA: HandEntity = ['Russia', 'place', 'place:russia'];
const BELARUS: HandEntity = ['Belarus', 'place', 'place:belarus'];
const POLAND: HandEntity = ['Poland', 'place', 'place:poland'];
const MOSCOW: HandEntity = ['Moscow', 'place', 'place:moscow'];
const UNION: HandEntity = ['Union State', 'organization', 'organization:union-state'];

describe('claims: subject and attribute', () => {
  it('the entity the clause is about, skipping a reporting source', () => {
    const c = only(claimsOf('Moscow says the Oreshnik has a range of up to 2,000 kilometres.', [MOSCOW, ORESHNIK]), 'up to 2,000 kilometres');
    assert.equal(c.subject, 'product:oreshnik');
    assert.equal(c.attribute, 'range');
    assert.equal(c.qualifier, 'at-most');
    assert.equal(c.value, 2e6);
  });

  it('a day after "on" in a clause of saying or proposing dates the statement, not the event it mentions', () => {
    const proposal = only(claimsOf('Putin first floated the idea of deploying the Oreshnik in Belarus on March 3, 2024.', [ORESHNIK, BELARUS]), 'March 3, 2024');
    assert.equal(proposal.attribute, 'announcement date');
    const deployment = only(claimsOf('Russia will deploy the Oreshnik in Belarus on March 3, 2024.', [RUSSIA, ORESHNIK, BELARUS]), 'March 3, 2024');
    assert.notEqual(deployment.attribute, 'announcement date');
    const period = only(claimsOf('Putin said the Oreshnik would be deployed in mid-2025.', [ORESHNIK]), 'mid-2025');
    assert.notEqual(period.attribute, 'announcement date');
  });

  it('"its range" in a later sentence points back to the previous subject', () => {
    const text = 'Russia unveiled the Oreshnik last year. Its range is about 1,240 miles, officials said.';
    const c = only(claimsOf(text, [RUSSIA, ORESHNIK]), 'about 1,240 miles');
    assert.equal(c.subject, 'product:oreshnik');
    assert.equal(c.attribute, 'range');
  });

  it('possessive and "of" forms name the subject', () => {
    const a = only(claimsOf("Russia praised the Oreshnik's range of 2,000 km.", [RUSSIA, ORESHNIK]), '2,000 km');
    assert.equal(a.subject, 'product:oreshnik');
    const b = only(claimsOf('Russia said the range of the Oreshnik is 2,000 km.', [RUSSIA, ORESHNIK]), '2,000 km');
    assert.equal(b.subject, 'product:oreshnik');
    assert.equal(b.attribute, 'range');
  });

  it('differently worded ranges share subject and attribute', () => {
    const a = only(claimsOf('The Oreshnik has a range of up to 2,000 kilometres.', [ORESHNIK]), 'up to 2,000 kilometres');
    const b = only(claimsOf('The Oreshnik can strike targets some 1,240 miles away.', [ORESHNIK]), 'some 1,240 miles');
    assert.deepEqual([b.subject, b.attribute], [a.subject, a.attribute]);
    const c = only(claimsOf('The Oreshnik has a reach of 1,500 km.', [ORESHNIK]), '1,500 km');
    assert.equal(c.attribute, 'range');
  });

  it('differently worded signing dates share subject and attribute', () => {
    const a = only(claimsOf('The deal was signed on 14 March 2023 in Ankara.'), '14 March 2023');
    const b = only(claimsOf('The accord, inked on March 15, 2023, covers drones.'), 'March 15, 2023');
    assert.equal(a.attribute, 'signing date');
    assert.equal(b.attribute, 'signing date');
    const c = only(claimsOf('The agreement, concluded on March 15, 2023, covers drones.'), 'March 15, 2023');
    assert.equal(c.attribute, 'signing date');
  });

  it('speed wordings: travels at, top speed, speed of', () => {
    for (const text of ['The Oreshnik travels at 12,000 km/h.', 'The Oreshnik has a top speed of 12,000 km/h.', 'The Oreshnik reaches a speed of 12,000 km/h.']) {
      const c = only(claimsOf(text, [ORESHNIK]), '12,000 km/h');
      assert.equal(c.attribute, 'speed', text);
      assert.equal(c.subject, 'product:oreshnik', text);
    }
  });

  it('deployment dates', () => {
    const c = only(claimsOf('Russia will deploy the Oreshnik in Belarus in December 2025.', [RUSSIA, ORESHNIK, BELARUS]), 'December 2025');
    assert.equal(c.attribute, 'deployment date');
    assert.equal(c.subject, 'product:oreshnik');
  });

  it('counts with their counted noun: agreements and troops', () => {
    const a = only(claimsOf('The leaders also approved ten additional agreements under the Union State.', [UNION]), 'ten additional agreements');
    assert.equal(a.value, 10);
    assert.equal(a.noun, 'agreements');
    assert.equal(a.attribute, 'agreements');
    assert.equal(a.subject, 'organization:union-state');
    const t = only(claimsOf('Poland sent 800 Polish servicemen to the border.', [POLAND]), '800 Polish servicemen');
    assert.equal(t.noun, 'servicemen');
    assert.equal(t.attribute, 'troops');
    assert.equal(t.subject, 'place:poland');
  });

  it('"about 4,000" takes the noun given just before it', () => {
    const c = only(claimsOf('Belarus said troops would arrive, about 4,000 in all.', [BELARUS]), 'about 4,000');
    assert.equal(c.value, 4000);
    assert.equal(c.noun, 'troops');
    assert.equal(c.attribute, 'troops');
  });

  it('troops counted in different named exercises get different subjects', () => {
    const a = only(claimsOf('Russia staged the Zapad-2021 exercise with some 200,000 troops.', [RUSSIA]), 'some 200,000 troops');
    const b = only(claimsOf('Russia staged the Zapad-2025 exercise with 7,000 troops.', [RUSSIA]), '7,000 troops');
    assert.equal(a.attribute, b.attribute);
    assert.notEqual(a.subject, b.subject);
  });

  it('a harvest target is never the harvest', () => {
    const actual = only(claimsOf('Ukraine will harvest 56.2 million tonnes of grain.', [['Ukraine', 'place', 'place:ukraine']]), '56.2 million tonnes');
    const target = only(claimsOf('The harvest target is 60 million tonnes.', []), '60 million tonnes');
    assert.equal(actual.attribute, 'harvest');
    assert.equal(target.attribute, 'harvest target');
    const planned = only(claimsOf('The planned harvest is 60 million tonnes.', []), '60 million tonnes');
    assert.equal(planned.attribute, 'harvest target');
  });

  it('a line label names the attribute', () => {
    const c = only(claimsOf('- Range: up to 500 km', []), 'up to 500 km');
    assert.equal(c.attribute, 'range');
  });

  it('a distance from a place', () => {
    const c = only(claimsOf('Construction was seen at Asipovichy, about 150 km south-east of Minsk.', [['Asipovichy', 'place', 'place:asipovichy'], ['Minsk', 'place', 'place:minsk']]), 'about 150 km');
    assert.equal(c.attribute, 'distance from minsk');
    assert.equal(c.subject, 'place:asipovichy');
  });

  it('falls back to a lower-case noun phrase without entities', () => {
    const c = only(claimsOf('The bridge is 2.4 kilometres long.'), '2.4 kilometres');
    assert.equal(c.subject, 'bridge');
  });

  it('Iskander figures stay with the Iskander', () => {
    const c = only(claimsOf('Belarus hosts the Iskander-M system, which has a range of about 500 km.', [BELARUS, ISKANDER]), 'about 500 km');
    assert.equal(c.subject, 'product:iskander-m');
  });
});
