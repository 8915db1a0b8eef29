import assert from 'node:assert/strict';
import { findIn, mentionOf, tags } from './helpers';

describe('entity stage: find', () => {
  describe('names in odd case', () => {
    it('finds lower-cased places through the gazetteers and gives them the capitalised entity', () => {
      const ms = findIn('Ties between moscow and Minsk grew, and belarus leaned on russia. Moscow agreed.');
      assert.deepEqual(ms.map((m) => m.text), ['moscow', 'Minsk', 'belarus', 'russia', 'Moscow']);
      assert.equal(mentionOf(ms, 'moscow')?.entity, mentionOf(ms, 'Moscow')?.entity);
      assert.equal(mentionOf(ms, 'belarus')?.entity, 'place:belarus');
    });

    it('reads ALL-CAPS datelines and headlines by their words, not their capitals', () => {
      assert.deepEqual(tags('KYIV, March 3 — Air raid sirens sounded across the city.'), ['place:KYIV']);
      assert.deepEqual(tags('RUSSIA AND BELARUS SIGN NEW SECURITY PACT\nThe deal was signed on Friday.'), ['place:RUSSIA', 'place:BELARUS']);
    });

    it('does not take capitalised heading words for names', () => {
      assert.deepEqual(tags('Key Features of the Treaty\nThe treaty covers energy.'), []);
      assert.deepEqual(tags('Belarus Solidifies Military Ties with Russia\nText follows here.'), ['place:Belarus', 'place:Russia']);
    });
  });

  describe('diacritics and apostrophes', () => {
    it('keeps diacritics in names and ids', () => {
      const ms = findIn('Former president Lech Wałęsa met Turkish President Recep Tayyip Erdoğan in Zürich.');
      assert.deepEqual(ms.map((m) => `${m.type}:${m.text}`), [
        'person:Lech Wałęsa',
        'nationality:Turkish',
        'person:Recep Tayyip Erdoğan',
        'place:Zürich',
      ]);
      assert.equal(ms[0].entity, 'person:lech-walesa');
    });

    it('leaves the possessive out of the span, with straight and curly apostrophes', () => {
      assert.deepEqual(tags("Belarus’s army and President Putin's decree reached Moscow’s desk."), ['place:Belarus', 'person:Putin', 'place:Moscow']);
    });
  });

  describe('acronyms', () => {
    it('joins an acronym defined in the text to its long form', () => {
      const ms = findIn('The Institute for the Study of War (ISW) said the move was planned. ISW analysts agreed.');
      const long = mentionOf(ms, 'Institute for the Study of War');
      assert.equal(long?.type, 'organization');
      const isw = ms.filter((m) => m.text === 'ISW');
      assert.equal(isw.length, 2);
      for (const m of isw) assert.equal(m.entity, long?.entity);
    });

    it('joins an acronym the lexicon does not know', () => {
      const ms = findIn('The Baltic Defence College (BDC) hosted talks. Officials at BDC were upbeat.');
      const bdc = ms.filter((m) => m.text === 'BDC');
      assert.equal(bdc.length, 2);
      assert.ok(bdc.every((m) => m.entity === mentionOf(ms, 'Baltic Defence College')?.entity));
    });

    it('knows NATO, EU and U.S. without a definition', () => {
      assert.deepEqual(tags('NATO and the EU, backed by the U.S., responded.'), ['organization:NATO', 'organization:EU', 'place:U.S.']);
    });

    it('does not take "us" or "who" for acronyms', () => {
      assert.deepEqual(tags('Tell us who signed it.'), []);
    });
  });

  describe('multi-word names', () => {
    it('finds organisations and places of several words', () => {
      assert.deepEqual(
        tags('The European Union, the African Union and the Union State differ. The Ministry of Foreign Affairs in Le Havre disagreed about Eastern Europe.'),
        ['organization:European Union', 'organization:African Union', 'organization:Union State', 'organization:Ministry of Foreign Affairs', 'place:Le Havre', 'place:Eastern Europe'],
      );
    });
  });

  describe('titles and short names', () => {
    it('strips titles and joins later short mentions to the full name', () => {
      const ms = findIn('Russian President Vladimir Putin and Belarusian leader Alexander Lukashenko met. Later, Putin spoke and Lukashenko listened.');
      assert.deepEqual(ms.map((m) => `${m.type}:${m.text}`), [
        'nationality:Russian',
        'person:Vladimir Putin',
        'nationality:Belarusian',
        'person:Alexander Lukashenko',
        'person:Putin',
        'person:Lukashenko',
      ]);
      assert.equal(mentionOf(ms, 'Putin')?.entity, 'person:vladimir-putin');
      assert.equal(mentionOf(ms, 'Lukashenko')?.entity, 'person:alexander-lukashenko');
    });

    it('finds a short name at the start of a sentence once the full name is known', () => {
      const ms = findIn('Foreign Minister Sergei Lavrov arrived. Lavrov said little.');
      assert.deepEqual(ms.map((m) => m.entity), ['person:sergei-lavrov', 'person:sergei-lavrov']);
    });
  });

  describe('products', () => {
    it('types weapon names by context and by designation', () => {
      assert.deepEqual(
        tags('Russia fired Oreshnik ballistic missiles and Kh-101 cruise missiles; Ukraine used HIMARS, a Bayraktar TB2, F-16 jets and an S-400 Triumf battery near a Su-57 and a Tu-160.'),
        [
          'place:Russia',
          'product:Oreshnik',
          'product:Kh-101',
          'place:Ukraine',
          'product:HIMARS',
          'product:Bayraktar TB2',
          'product:F-16',
          'product:S-400 Triumf',
          'product:Su-57',
          'product:Tu-160',
        ],
      );
    });

    it('finds a product again in headings and tables once the text has typed it', () => {
      const ms = findIn('Oreshnik Missile Deal Signed\nThe Oreshnik missile system is fast.\nMissile Type | Oreshnik Ballistic Missile |');
      assert.deepEqual(ms.map((m) => `${m.type}:${m.text}`), ['product:Oreshnik', 'product:Oreshnik', 'product:Oreshnik']);
    });

    it('does not take quarters, years or COVID-19 for products', () => {
      assert.deepEqual(tags('Sales rose in Q3 and mid-2024 despite COVID-19.'), []);
    });
  });

  describe('demonyms', () => {
    it('types demonyms as nationalities linked to their place', () => {
      const ms = findIn('Russian, Belarusian and Polish officials met Ukrainians.');
      assert.deepEqual(ms.map((m) => `${m.type}:${m.text}:${m.place}`), [
        'nationality:Russian:place:russia',
        'nationality:Belarusian:place:belarus',
        'nationality:Polish:place:poland',
        'nationality:Ukrainians:place:ukraine',
      ]);
    });
  });

  describe('capitalised words that are not names', () => {
    it('ignores bullet labels, stop words and sentence-initial common words', () => {
      const text = [
        'Pros:',
        '- Enhanced Security: Supporters argue the treaty helps.',
        'Conclusion',
        'Moreover, tensions grew. Tensions are rising in the region.',
        'However, Analysts disagree.',
      ].join('\n');
      assert.deepEqual(tags(text), []);
    });

    it('ignores table headers', () => {
      assert.deepEqual(tags('Country | Response |\n---|---|\nPoland | Increased deployments |'), ['place:Poland']);
    });
  });

  describe('speech and context', () => {
    it('takes an unknown two-word name before "said" for a person', () => {
      assert.deepEqual(tags('The plan is bold, Markus Tervonen said on Monday.'), ['person:Markus Tervonen']);
    });

    it('takes an unknown word after "in" for a place', () => {
      assert.deepEqual(tags('Fighting continued in Pokrovsk overnight.'), ['place:Pokrovsk']);
    });
  });

  describe('shapes of names', () => {
    it('strips every title word before a name, and keeps an organisation before the title', () => {
      assert.deepEqual(tags('"We are ready," said Port Director Claire Moreau.'), ['person:Claire Moreau']);
      assert.deepEqual(tags('Talks with Bank of England Governor Andrew Bailey ended.'), ['organization:Bank of England', 'person:Andrew Bailey']);
    });

    it('types a run by its head word: lakes, storms, offices of something', () => {
      assert.deepEqual(
        tags('Swimmers filled Lake Zürich after Storm Ciarán passed, and the Federal Office of Public Health issued a warning. During Ciarán, trains stopped.'),
        ['place:Lake Zürich', 'event:Storm Ciarán', 'organization:Federal Office of Public Health', 'event:Ciarán'],
      );
    });

    it('types events and places by the noun after them', () => {
      assert.deepEqual(tags('Troops joined the Iron Defender exercise and the Zapad-2021 drills near the Seine estuary.'), [
        'event:Iron Defender',
        'event:Zapad-2021',
        'place:Seine',
      ]);
    });

    it('keeps hyphenated names and number-first designations whole', () => {
      assert.deepEqual(tags('Drones flew in Nagorno-Karabakh with MAM-L guided munitions; the 48N6DM missile is faster.'), [
        'place:Nagorno-Karabakh',
        'product:MAM-L',
        'product:48N6DM',
      ]);
    });

    it('keeps the full stop of "Inc." and finds a surname spelled another way', () => {
      assert.deepEqual(tags('Apple Inc. rose. President Volodymyr Zelenskyy spoke. Zelensky left.'), [
        'organization:Apple Inc.',
        'person:Volodymyr Zelenskyy',
        'person:Zelensky',
      ]);
    });

    it('does not take "the Government said" for a person', () => {
      assert.deepEqual(tags('Officials met. The Government said on Monday it would vote.'), []);
    });
  });

  describe('workspace dictionary', () => {
    it('adds names, aliases and types, and ignores surface forms', () => {
      const dictionary = {
        entities: [{ name: 'Source Lens Labs', type: 'organization' as const, aliases: ['SLL'] }],
        ignore: ['Moscow'],
      };
      const ms = findIn('SLL opened in Moscow, said Source Lens Labs.', dictionary);
      assert.deepEqual(ms.map((m) => `${m.type}:${m.text}:${m.entity}`), [
        'organization:SLL:organization:source-lens-labs',
        'organization:Source Lens Labs:organization:source-lens-labs',
      ]);
    });
  });

  it('returns sorted, non-overlapping spans whose text matches the document', () => {
    const text = 'President Vladimir Putin of Russia met NATO envoys in Kyiv, Kiev and Minsk about the S-400.';
    const ms = findIn(text);
    for (let k = 0; k < ms.length; k++) {
      assert.equal(text.slice(ms[k].start, ms[k].end), ms[k].text);
      if (k > 0) assert.ok(ms[k - 1].end <= ms[k].start);
    }
    assert.ok(ms.length >= 6);
  });
});
