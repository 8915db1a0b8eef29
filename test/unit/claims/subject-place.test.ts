import { strict as assert } from 'node:assert';
import type { HandEntity } from './helpers';
import { claimsOf, only } from './helpers';

const KYIV: HandEntity = ['Kyiv', 'place', 'place:kyiv'];
const KYIV_CAPS: HandEntity = ['KYIV', 'place', 'place:kyiv'];
const IRPIN: HandEntity = ['Irpin', 'place', 'place:irpin'];
const REUTERS: HandEntity = ['Reuters', 'organization', 'organization:reuters'];
const ANN_LEE: HandEntity = ['Ann Lee', 'person', 'person:ann-lee'];
const X5: HandEntity = ['X5', 'product', 'product:x5'];
const UKRAINIAN: HandEntity = ['Ukrainian', 'nationality', 'nationality:ukrainian'];

describe('claims: the attribute an "of" phrase hangs on', () => {
  it('"the failure rate of the X5 drone is 12%": the noun before "of", not the named thing after it', () => {
    const c = only(claimsOf('The failure rate of the X5 drone is 12%, engineers said.', [X5]), '12%');
    assert.equal(c.attribute, 'failure rate');
    assert.equal(c.subject, 'product:x5');
  });

  it('an unknown capitalised name after "of" counts as naming the subject', () => {
    const c = only(claimsOf('The failure rate of the Pekkes-10 howitzer is about 25%.'), 'about 25%');
    assert.equal(c.attribute, 'failure rate');
  });

  it('a plain noun after "of" stays the attribute: "the share of young voters"', () => {
    assert.equal(only(claimsOf('The share of young voters was 40% last year.'), '40%').attribute, 'young voters');
  });

  it('a nationality names nothing: "the share of Ukrainian grain exports" keeps "grain exports"', () => {
    const c = only(claimsOf('The share of Ukrainian grain exports was 46%.', [UKRAINIAN]), '46%');
    assert.equal(c.attribute, 'grain exports');
  });
});

describe('claims: the place a figure holds in', () => {
  it('"1,763 homes in Irpin" is about Irpin, not the subject of an earlier sentence', () => {
    const text = 'Kyiv spent $5 million on repairs. Floods cut off 1,763 homes in Irpin, according to Ann Lee.';
    const claims = claimsOf(text, [KYIV, IRPIN, ANN_LEE]);
    assert.equal(only(claims, '$5 million').subject, 'place:kyiv');
    assert.equal(only(claims, '1,763 homes').subject, 'place:irpin');
  });

  it('a dateline before the clause break does not outweigh the place after the figure', () => {
    const c = only(claimsOf('KYIV, May 2 (Reuters) — Floods cut off 900 homes in Irpin on Sunday.', [KYIV_CAPS, REUTERS, IRPIN]), '900 homes');
    assert.equal(c.subject, 'place:irpin');
  });

  it('a reporter introduced with an apposition ("Ann Lee, the mayor, said") is not the subject', () => {
    const c = only(claimsOf('Ann Lee, the mayor, said floods had cut off 900 homes in Irpin.', [ANN_LEE, IRPIN]), '900 homes');
    assert.equal(c.subject, 'place:irpin');
  });

  it('the clause subject still wins when it is not reporting: "Ann Lee, the mayor, owns 12 houses in Irpin"', () => {
    const c = only(claimsOf('Ann Lee, the mayor, owns 12 houses in Irpin.', [ANN_LEE, IRPIN]), '12 houses');
    assert.equal(c.subject, 'person:ann-lee');
  });

  it('a date is not tied to the place after it', () => {
    const text = 'Kyiv spent $5 million on repairs. The work ended in May 2024 in Irpin.';
    assert.notEqual(only(claimsOf(text, [KYIV, IRPIN]), 'May 2024').subject, 'place:irpin');
  });
});
