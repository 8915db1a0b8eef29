import assert from 'node:assert/strict';
import { findIn, mentionOf, tags } from './helpers';

// Error classes found on a held-out news benchmark (organisations typed as people, groups typed as names).
describe('entity stage: organisations, groups and shared surnames in wire news', () => {
  it('types a run ending in a company or media word as an organisation', () => {
    const ms = findIn('Shares of Halvorsen Pharmaceuticals rose after Brekke Electric Power cut its forecast.');
    assert.equal(mentionOf(ms, 'Halvorsen Pharmaceuticals')?.type, 'organization');
    assert.equal(mentionOf(ms, 'Brekke Electric Power')?.type, 'organization');
    assert.equal(mentionOf(findIn('The report first appeared in the Morgenthal Zeitung on Monday.'), 'Morgenthal Zeitung')?.type, 'organization');
  });

  it('reads "Party of ...", "League of ..." and "Association of ..." as organisation names', () => {
    assert.deepEqual(tags('Delegates from the Party of Rural Renewal met the Association of Harbour Pilots.'), [
      'organization:Party of Rural Renewal',
      'organization:Association of Harbour Pilots',
    ]);
  });

  it('knows wire services that other agencies quote', () => {
    assert.deepEqual(tags('The talks ended without a deal, Yonhap news agency reported.'), ['organization:Yonhap']);
  });

  it('types religious and ethnic groups as groups of people, not places or organisations', () => {
    const ms = findIn('Moslems and Hutus fled the fighting, while Azeris stayed in the capital.');
    assert.deepEqual(ms.map((m) => m.type), ['nationality', 'nationality', 'nationality']);
    // A religion that is also a common first name is left out: "Christian Blanc" is no group.
    assert.ok(!findIn('Air France chairman Christian Blanc resigned.').some((m) => m.type === 'nationality'));
  });

  it('reads a nationality before a place word as one place', () => {
    assert.equal(mentionOf(findIn('Troops left the Chechen Republic on Friday.'), 'Chechen Republic')?.type, 'place');
  });

  it('keeps a surname that two people of the article share a person', () => {
    const text = 'Orvik visits wife in hospital.\nPresident Anders Orvik met reporters. Ingrid Orvik was there too.\n"Orvik is resting," a spokesman said, and Orvik later waved.';
    const ms = findIn(text).filter((m) => m.text === 'Orvik');
    assert.ok(ms.length >= 2);
    for (const m of ms) assert.equal(m.type, 'person');
    // Neither full name is a safe guess, so the bare surname is an entity of its own.
    assert.equal(new Set(ms.map((m) => m.entity)).size, 1);
    assert.notEqual(ms[0].entity, 'person:anders-orvik');
  });

  it('reads a first name that is also a word as a name when a known surname follows it', () => {
    assert.deepEqual(tags('The goals came from Dean Halloran and Rod Whitaker.'), ['person:Dean Halloran', 'person:Rod Whitaker']);
    // Adjectives that open place names do not: "Old Trafford" is a ground, not a man called Old.
    assert.ok(!findIn('They played at Old Trafford on Sunday.').some((m) => m.type === 'person'));
  });
});
