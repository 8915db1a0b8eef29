import { strict as assert } from 'node:assert';
import { normalizeAttribute } from '../../../src/engine/claims/attributes';

describe('claims: normalizeAttribute', () => {
  it('maps synonyms onto one name', () => {
    for (const p of ['range', 'Range', 'reach', 'flight range', 'maximum range', 'strike targets']) assert.equal(normalizeAttribute(p), 'range', p);
    for (const p of ['speed', 'top speed', 'travels at', 'speed of']) assert.equal(normalizeAttribute(p), 'speed', p);
    for (const p of ['signed', 'inked', 'concluded', 'signing date']) assert.equal(normalizeAttribute(p), 'signing date', p);
    for (const p of ['deployed', 'deployment', 'Deployment Date']) assert.equal(normalizeAttribute(p), 'deployment date', p);
    for (const p of ['troops', 'servicemen', 'soldiers']) assert.equal(normalizeAttribute(p), 'troops', p);
    for (const p of ['agreements', 'deals']) assert.equal(normalizeAttribute(p), 'agreements', p);
  });

  it('keeps plans apart from outcomes', () => {
    assert.equal(normalizeAttribute('harvest'), 'harvest');
    assert.equal(normalizeAttribute('harvest target'), 'harvest target');
    assert.equal(normalizeAttribute('planned harvest'), 'harvest target');
    assert.equal(normalizeAttribute('harvest forecast'), 'harvest target');
    assert.notEqual(normalizeAttribute('grain harvest'), normalizeAttribute('grain harvest target'));
    // A planned date is still the date of the event.
    assert.equal(normalizeAttribute('expected deployment'), 'deployment date');
  });

  it('is idempotent and keeps unknown phrases readable', () => {
    for (const p of ['range', 'harvest target', 'grain harvest', 'signing date', 'warhead weight', 'Distance from Minsk']) {
      const once = normalizeAttribute(p);
      assert.equal(normalizeAttribute(once), once, p);
    }
    assert.equal(normalizeAttribute('The Warhead'), 'warhead');
  });
});
