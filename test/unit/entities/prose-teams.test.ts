import assert from 'node:assert/strict';
import { findIn } from './helpers';

const typesOf = (text: string, name: string): string[] => findIn(text).filter((m) => m.text === name).map((m) => m.type);

// Towns and counties that the prose of a sports report uses as clubs, and the places that stay places.
describe('entity stage: clubs named after places in sports prose', () => {
  it('types a town before a sports role and a player as a club, everywhere in the report', () => {
    const text = 'Rain stopped play early. Hartlepool captain Dean Morrow was not out.\nLater Hartlepool reached 210.';
    assert.deepEqual(typesOf(text, 'Hartlepool'), ['organization', 'organization']);
  });

  it('types both towns of "X beat Y" as clubs', () => {
    const text = 'Rochdale beat Doncaster after extra time on Tuesday.';
    assert.deepEqual([...typesOf(text, 'Rochdale'), ...typesOf(text, 'Doncaster')], ['organization', 'organization']);
  });

  it('reads the side someone "played for" as a club', () => {
    assert.deepEqual(typesOf('The new coach, who played for Bordeaux in the 1980s, starts on Monday.', 'Bordeaux'), ['organization']);
  });

  it('keeps countries and towns before civic titles as places', () => {
    assert.deepEqual(typesOf('Ukraine beat Norway in the qualifier.', 'Ukraine'), ['place']);
    assert.deepEqual(typesOf('England captain Mike Atherton was out for 12.', 'England'), ['place']);
    assert.deepEqual(typesOf('Hartlepool mayor Ann Dale opened the stadium.', 'Hartlepool'), ['place']);
  });
});
