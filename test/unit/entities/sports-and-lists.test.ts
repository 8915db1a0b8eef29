import assert from 'node:assert/strict';
import { findIn, tags } from './helpers';

// Wire news is full of lines that are not prose: results, standings, fixtures and squad lists. Their capitals
// still mark names, and their shape tells what the names are.
describe('results, standings and fixture lines', () => {
  it('types both sides of a score line as teams, cities included', () => {
    assert.deepEqual(tags('Leipzig 2 Dresden 1'), ['organization:Leipzig', 'organization:Dresden']);
  });

  it('reads a score line with scorers in brackets', () => {
    const found = tags('Lyon 3 (Marchetti 12, Okonkwo 58) Lille 1.');
    assert.ok(found.includes('organization:Lyon'), found.join());
    assert.ok(found.includes('organization:Lille'), found.join());
  });

  it('keeps a national side as its country', () => {
    assert.deepEqual(tags('Norway 2 Chile 1'), ['place:Norway', 'place:Chile']);
  });

  it('finds the team that opens a standings row', () => {
    assert.deepEqual(tags('Kestrel Rovers 14 9 3 2 27 11 30'), ['organization:Kestrel Rovers']);
  });

  it('leaves a golfer with a first name on his score card a person', () => {
    assert.ok(!tags('Marcus Tillingham 68 70 72 69 279').includes('organization:Marcus Tillingham'));
  });

  it('types the two names of a fixture line as teams', () => {
    assert.deepEqual(tags('Leipzig (3) v Dresden (9) 1530'), ['organization:Leipzig', 'organization:Dresden']);
  });

  it('needs capitals for a fixture with "at", not a sentence', () => {
    assert.deepEqual(tags('LEIPZIG AT DRESDEN'), ['organization:LEIPZIG', 'organization:DRESDEN']);
    assert.ok(!tags('Leipzig at Dresden').includes('organization:Leipzig'));
  });

  it('keeps a team typed as a team in the prose of the same report', () => {
    const found = tags('Lyon 1 Lille 0\n\nLyon dominated the first half and deserved the win.');
    assert.deepEqual(found.filter((t) => t.endsWith(':Lyon')), ['organization:Lyon', 'organization:Lyon']);
  });

  it('does not read a line of ordinary figures as a standings row', () => {
    assert.ok(!tags('Output rose 4 percent to 12 million tonnes in 2024').some((t) => t.startsWith('organization:')));
  });
});

describe('lines that look like headings but are lists or sentences', () => {
  it('finds the people in a squad list without a final stop', () => {
    assert.deepEqual(tags('Goalkeepers - Tomas Brevik, Arvid Lunde, Henrik Solstad'), [
      'person:Tomas Brevik',
      'person:Arvid Lunde',
      'person:Henrik Solstad',
    ]);
  });

  it('finds a name followed by its club in brackets', () => {
    assert.ok(tags('Tomas Brevik (Lillestrom), Arvid Lunde').includes('person:Tomas Brevik'));
  });

  it('reads a sentence-case line without a final stop as a sentence', () => {
    const found = tags('Serena Okafor beat Lina Brevik in straight sets yesterday');
    assert.ok(found.includes('person:Serena Okafor'), found.join());
    assert.ok(found.includes('person:Lina Brevik'), found.join());
  });

  it('still treats a title-case headline as a heading', () => {
    assert.ok(!tags('Belarus Signs Missile Pact With Moscow Officials').some((t) => t.includes('Signs') || t.includes('Pact')));
  });
});

describe('cues of people and companies in running text', () => {
  it('takes a sports role before a name as evidence of a person', () => {
    assert.ok(tags('The veteran striker Dean Holloway scored twice.').includes('person:Dean Holloway'));
  });

  it('takes an age between commas as evidence of a person', () => {
    assert.ok(tags('Holloway, 34, announced his retirement on Friday.').includes('person:Holloway'));
  });

  it('takes "said it" as the voice of an organisation', () => {
    assert.deepEqual(tags('Corvane said it would cut 200 jobs.'), ['organization:Corvane']);
    assert.deepEqual(tags('Holloway said he would stay.'), ['person:Holloway']);
  });
});

describe('tables that are not standings', () => {
  it('leaves a commodity row with decimal figures alone', () => {
    assert.deepEqual(tags('Sorghum 1022.5 1190.3 140.2 2210.9 1750.4'), []);
  });
});

describe('company names shortened later in the text', () => {
  it('gives the brand alone the identity of "<brand> <trade words> <legal form>"', () => {
    const found = findIn('Corvane Mining Corp agreed the deal on Monday. Analysts said Corvane had little choice.');
    const short = found.find((m) => m.text === 'Corvane');
    assert.equal(short?.type, 'organization');
    assert.equal(short?.entity, found.find((m) => m.text.startsWith('Corvane Mining'))?.entity);
  });

  it('does not shorten a name that opens with a place', () => {
    const found = findIn('Denver Water Holdings Ltd agreed the deal. Shares rose in Denver on Monday.');
    assert.ok(!found.some((m) => m.text === 'Denver' && m.type === 'organization'), JSON.stringify(found));
  });
});

describe('scorers, initials and datelines', () => {
  it('types the names in a score line\'s brackets as the scorers', () => {
    const found = tags('Lyon 2 (Marchetti 12, Okonkwo 58 77) Lille 1 (Brevik 40).');
    for (const name of ['Marchetti', 'Okonkwo', 'Brevik']) assert.ok(found.includes(`person:${name}`), found.join());
    assert.ok(found.includes('organization:Lyon'), found.join());
  });

  it('does not spread a scorer\'s type to the teams of the same report', () => {
    const found = tags('Lyon 2 (Marchetti 12) Lille 1.\n\nMarchetti scored early.');
    assert.ok(!found.includes('organization:Marchetti'), found.join());
  });

  it('types a club whose name ends with its town as a team even after a first name', () => {
    assert.ok(tags('Walter Bremen 12 6 2 4 15 15 20').includes('organization:Walter Bremen'));
  });

  it('finds initials and a surname in a results table', () => {
    const found = tags('T. Okafor c Brevik b Lunde 24\nR.J. Marchetti not out 8');
    assert.ok(found.includes('person:T. Okafor'), found.join());
    assert.ok(found.includes('person:R.J. Marchetti'), found.join());
  });

  it('does not read glued initials in capitals as a person', () => {
    assert.ok(!tags('U.S. ARMY TO LEAVE BASE').some((t) => t.startsWith('person:')));
  });

  it('types an unknown town opening a dateline as a place', () => {
    assert.ok(tags('KESTRAVIK, Norway 2024-03-07\n\nThe ferry left on time.').includes('place:KESTRAVIK'));
    assert.ok(tags('KESTRAVIK, March 7 - The ferry left on time.').includes('place:KESTRAVIK'));
  });

  it('leaves capitals followed by a description alone', () => {
    assert.ok(!tags('KORVEX, a trading house, said on Monday it would expand.').includes('place:KORVEX'));
  });
});

describe('capitals that are captions or groups of people', () => {
  it('does not take a table caption in capitals for a byline', () => {
    assert.deepEqual(tags('PACIFIC SECTION\nW L PTS\n\nThe season resumes on Friday.').filter((t) => t.startsWith('person:')), []);
    assert.ok(tags('Lina Brevik\n\nThe season resumes on Friday.').includes('person:Lina Brevik'));
  });

  it('does not take a plural everyday noun before "said" for a person', () => {
    assert.deepEqual(tags('Traders said the market was quiet.'), []);
    assert.deepEqual(tags('Okonkwo said the market was quiet.'), ['person:Okonkwo']);
  });
});

describe('fixture lists and clubs in brackets', () => {
  it('types every side of fixtures listed in one line', () => {
    const found = tags('Postponed: Leipzig v Dresden, Kestrel Rovers vs Saint Ambrose (to Tuesday)');
    for (const team of ['Leipzig', 'Dresden', 'Kestrel Rovers', 'Saint Ambrose']) assert.ok(found.includes(`organization:${team}`), found.join());
  });

  it('does not read a "v" inside a word or a capital "V" as a fixture', () => {
    assert.ok(!tags('Leipzig V Dresden').includes('organization:Leipzig'));
  });

  it('types the clubs a squad list gives in brackets, and leaves countries places', () => {
    const found = tags('Forwards - Tomas Brevik (Leipzig), Arvid Lunde (Kestrel Rovers), Henrik Solstad (Norway)');
    assert.ok(found.includes('organization:Leipzig'), found.join());
    assert.ok(found.includes('organization:Kestrel Rovers'), found.join());
    assert.ok(found.includes('place:Norway'), found.join());
    assert.ok(found.includes('person:Tomas Brevik'), found.join());
  });

  it('leaves a single bracketed town after a name a place', () => {
    assert.ok(tags('The letter came from Tomas Brevik (Leipzig) on Monday.').includes('place:Leipzig'));
  });

  it('reads a standings row of a team named like an everyday word', () => {
    assert.ok(tags('Arsenal 17 10 5 2 34 16 35').includes('organization:Arsenal'));
  });
});

describe('compass words', () => {
  it('reads a compass word and an unknown name as a region, not a person called West', () => {
    assert.ok(tags('The side toured West Kestrelia last winter.').includes('place:West Kestrelia'));
    assert.ok(tags('Adam Westbrook toured the region last winter.').includes('person:Adam Westbrook'));
  });
});

describe('name words that settle the type', () => {
  it('reads "<first name> Street" as a place', () => {
    assert.ok(tags('Shares fell on Wall Street after the report.').includes('place:Wall Street'));
    assert.ok(tags('Storms battered the Kestrel Coast overnight.').includes('place:Kestrel Coast'));
  });

  it('reads "<name> Brothers" as a firm', () => {
    assert.ok(tags('Bonds rallied, Corvane Brothers said on Friday.').includes('organization:Corvane Brothers'));
  });
});

describe('surname particles', () => {
  it('keeps a particle that opens a sentence in the name', () => {
    const found = tags('The brewer hired Piet van Dalsum in May. Van Dalsum said prices would rise.');
    assert.ok(found.includes('person:Van Dalsum'), found.join());
  });
});

describe('acronyms beside Title Case words', () => {
  it('does not read "<place> <ACRONYM> says" as a person, nor make the acronym a surname', () => {
    const found = tags('Norway KVX says it will expand.\n\nThe Kestrel Valley Exchange (KVX) said on Friday that KVX would grow.');
    assert.ok(!found.some((t) => t.startsWith('person:')), found.join());
    assert.ok(found.includes('organization:KVX'), found.join());
  });
});

describe('compass adjectives in lower case', () => {
  it('reads an unknown name after "northern" as a place, though a college is named after it', () => {
    const found = tags('Students marched in northern Kestravik. Most came from Kestravik University, witnesses said.');
    assert.ok(found.includes('place:Kestravik'), found.join());
    assert.ok(found.includes('organization:Kestravik University'), found.join());
  });
});
