import assert from 'node:assert/strict';
import { findIn, mentionOf, tags } from './helpers';

// Names from business, sport and politics pages, beyond the war reporting of the development set.
describe('entity stage: world news beyond the development set', () => {
  it('keeps an unknown first name that opens a sentence with the surname after it', () => {
    assert.deepEqual(tags('Eliud Kipchoge won the race on Sunday.'), ['person:Eliud Kipchoge']);
    // An everyday word that opens the sentence is still not part of the name.
    assert.deepEqual(tags('Yesterday Olaf Scholz said so.'), ['person:Olaf Scholz']);
  });

  it('splits an organisation from the title and name of its officer', () => {
    const ms = findIn('ECB President Christine Lagarde said inflation would fall.');
    assert.deepEqual(ms.map((m) => `${m.type}:${m.text}`), ['organization:ECB', 'person:Christine Lagarde']);
    assert.equal(mentionOf(ms, 'ECB')?.entity, 'organization:european-central-bank');
  });

  it('reads "<name> of <country>" as a person and the place they are from', () => {
    assert.deepEqual(tags("Tigst Assefa of Ethiopia broke the women's world record."), ['person:Tigst Assefa', 'place:Ethiopia']);
    // An organisation head keeps its "of": the whole run is one name.
    assert.deepEqual(tags('The Bank of England raised rates.'), ['organization:Bank of England']);
  });

  it('knows the nations of the United Kingdom and world regions, which no country package lists', () => {
    assert.deepEqual(tags('England beat Wales while Scotland and Northern Ireland drew.'), ['place:England', 'place:Wales', 'place:Scotland', 'place:Northern Ireland']);
    assert.deepEqual(tags('Growth slowed in sub-Saharan Africa and Latin America but not in Southeast Asia.'), ['place:sub-Saharan Africa', 'place:Latin America', 'place:Southeast Asia']);
    assert.equal(mentionOf(findIn('Welsh farmers protested.'), 'Welsh')?.place, 'place:wales');
  });

  it('merges a city written by its former name with the current one', () => {
    const ms = findIn('Flights from Bombay to Calcutta resumed; Mumbai and Kolkata airports reopened.');
    assert.deepEqual(ms.map((m) => m.entity), ['place:mumbai', 'place:kolkata', 'place:mumbai', 'place:kolkata']);
  });

  it('reads a US state abbreviation after a town and a comma as the state, and nowhere else', () => {
    const ms = findIn('Police drove from Appleton, Wis., to Hartford, Conn. on Friday.');
    assert.deepEqual(ms.map((m) => `${m.type}:${m.text}`), ['place:Appleton', 'place:Wis', 'place:Hartford', 'place:Conn']);
    assert.equal(mentionOf(ms, 'Wis')?.entity, 'place:wisconsin');
    assert.deepEqual(tags('Miss. Smith said she felt ill.'), ['person:Smith']);
  });

  it('types a known place followed by an event word as the event', () => {
    assert.deepEqual(tags('He won the Berlin Marathon again.'), ['event:Berlin Marathon']);
  });

  it('knows companies, clubs and media, keeping the spelling the article uses', () => {
    assert.deepEqual(tags('Apple reported revenue of $94.9 billion, and Tesla shipped fewer cars.'), ['organization:Apple', 'organization:Tesla']);
    assert.deepEqual(tags('Manchester United beat Real Madrid at home.'), ['organization:Manchester United', 'organization:Real Madrid']);
    const ms = findIn('Analysts at JPMorgan Chase disagreed.');
    assert.equal(mentionOf(ms, 'JPMorgan Chase')?.name, 'JPMorgan Chase');
    assert.equal(mentionOf(ms, 'JPMorgan Chase')?.type, 'organization');
  });

  it('does not take an everyday word for a company', () => {
    assert.deepEqual(tags('Visa applications rose, and the orange groves dried up.'), []);
  });

  it('knows states and provinces, also before "-based"', () => {
    assert.deepEqual(tags('He moved from Bavaria to Texas.'), ['place:Bavaria', 'place:Texas']);
    assert.deepEqual(tags('The Cupertino, California-based company grew.'), ['place:Cupertino', 'place:California']);
  });

  it('joins "<head> of X and Y" into one organisation unless Y is known by itself', () => {
    assert.deepEqual(tags('He led the National Institute of Allergy and Infectious Diseases.'), ['organization:National Institute of Allergy and Infectious Diseases']);
    assert.deepEqual(tags('Staff of the Institute of Physics and Moscow officials met.'), ['organization:Institute of Physics', 'place:Moscow']);
  });

  it('reads a surname that a gazetteer knows as a place as the document’s person', () => {
    assert.deepEqual(tags('Anne Hidalgo spoke first. Later Hidalgo said the city would cope.'), ['person:Anne Hidalgo', 'person:Hidalgo']);
  });

  it('reads a line holding only a first name and a surname as a byline', () => {
    assert.deepEqual(tags('Peter Blackburn\nThe commission said so.'), ['person:Peter Blackburn']);
    assert.deepEqual(tags('New York\nThe city grew.'), ['place:New York']);
  });

  it('types a nationality followed by an event word as the event', () => {
    assert.deepEqual(tags('Japan began the defence of their Asian Cup title.'), ['place:Japan', 'event:Asian Cup']);
  });

  it('splits two organisations joined by "and", and keeps one that contains "and"', () => {
    assert.deepEqual(tags('Researchers at the University of Oxford and Harvard Medical School agreed.'), ['organization:University of Oxford', 'organization:Harvard Medical School']);
    assert.deepEqual(tags('The Department of Health and Human Services said so.'), ['organization:Department of Health and Human Services']);
    assert.deepEqual(tags('Ms. Jones left the BBC for ITV.'), ['person:Jones', 'organization:BBC', 'organization:ITV']);
  });

  it('reads a titled person "of <place>" and a known place with a place word', () => {
    assert.deepEqual(tags('Senator Elizabeth Warren of Massachusetts spoke.'), ['person:Elizabeth Warren', 'place:Massachusetts']);
    assert.deepEqual(tags('The storm made landfall near Tampa Bay on Wednesday.'), ['place:Tampa Bay']);
    assert.deepEqual(tags('The British Museum reopened.'), ['organization:British Museum']);
  });

  it('knows the English names of cities that GeoNames lists in their own language', () => {
    assert.deepEqual(tags('GENEVA, March 12 — He flew from Munich to Cologne.'), ['place:GENEVA', 'place:Munich', 'place:Cologne']);
  });

  it('keeps the telescope in the name of a telescope', () => {
    assert.deepEqual(tags("NASA's James Webb Space Telescope saw it."), ['organization:NASA', 'product:James Webb Space Telescope']);
  });

  it('counts only the capitalised words of a long name with particles', () => {
    assert.deepEqual(tags('In Brazil, President Luiz Inácio Lula da Silva congratulated him.'), ['place:Brazil', 'person:Luiz Inácio Lula da Silva']);
  });

  it('finds a company again without its legal form, as the same entity', () => {
    const ms = findIn('# Zentrix posts record quarter\n\nZentrix Corp. reported revenue on Wednesday.');
    assert.deepEqual(ms.map((m) => `${m.type}:${m.text}`), ['organization:Zentrix', 'organization:Zentrix Corp.']);
    assert.equal(ms[0].entity, ms[1].entity);
  });
});
