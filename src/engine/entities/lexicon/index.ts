import type { Dictionary } from '../../types';
import { PhraseIndex } from '../phrases';
import gazetteer from '../data/gazetteer.generated.json';
import { titleCase } from '../names';
import { NameList } from './name-list';
import { KNOWN_BUSINESSES } from './known-businesses';
import { AS_WRITTEN, KNOWN_NATIONALITIES, KNOWN_ORGANIZATIONS, KNOWN_PLACES, KNOWN_PRODUCTS, type KnownEntity } from './known-entities';

interface GeneratedGazetteer {
  /** [key, 1 when lower case may match, canonical name when it differs from the key]. */
  places: Array<[string, number, string?]>;
  /** [demonym key, canonical place name]. */
  nationalities: Array<[string, string]>;
  /** Lower-case personal names joined by '|'. */
  names: string;
  /** Lower-case everyday English words joined by '|'. */
  common: string;
  /** Lower-case organisation names joined by '|'; an article's own capitals give their spelling. */
  organizations: string;
}

/** The knowledge the recogniser consults: known phrases, personal names and the user's suppressions. */
export interface Lexicon {
  /** User dictionary entries; consulted before `known` and winning ties. */
  user: PhraseIndex;
  known: PhraseIndex;
  personalNames: { has(name: string): boolean };
  /** Everyday English words, inflections included ("united", "old", "markets"). */
  isCommonWord(norm: string): boolean;
  /** A country or territory (a place with a demonym of its own): "Japan", not "Barcelona". */
  isCountry(name: string): boolean;
  /** Lower-case surface forms the user never wants as entities. */
  ignore: ReadonlySet<string>;
}

function addKnown(index: PhraseIndex, list: readonly KnownEntity[]): void {
  for (const k of list) {
    const caseRule = k.caseRule ?? 'cap';
    index.add(k.name, { type: k.type, name: k.name, caseRule, place: k.place }, true);
    for (const alias of k.aliases ?? []) {
      // Short all-capital aliases ("EU", "AP") are acronyms that only count in capitals.
      const rule = alias.length <= 4 && alias === alias.toUpperCase() && caseRule !== 'any' ? 'exact' : caseRule;
      index.add(alias, { type: k.type, name: k.name, caseRule: rule, place: k.place }, true);
    }
  }
}

function buildKnown(): { known: PhraseIndex; personalNames: NameList; commonWords: NameList; countries: ReadonlySet<string> } {
  const data = gazetteer as unknown as GeneratedGazetteer;
  const known = new PhraseIndex();
  for (const [key, anyCase, canonical] of data.places) {
    known.addNormalized(key, { type: 'place', name: canonical ?? titleCase(key), caseRule: anyCase ? 'any' : 'cap' });
  }
  const places = new Map(data.nationalities);
  for (const [key, place] of data.nationalities) {
    // The singular names the nationality: "Russians" and "Russian" are one entity.
    const singular = key.endsWith('s') && places.get(key.slice(0, -1)) === place ? key.slice(0, -1) : key;
    known.addNormalized(key, { type: 'nationality', name: titleCase(singular), caseRule: 'cap', place });
  }
  addKnown(known, KNOWN_NATIONALITIES);
  addKnown(known, KNOWN_PLACES);
  addKnown(known, KNOWN_PRODUCTS);
  // After the places: "Real Madrid" and "Manchester City" are clubs, not the cities they start with.
  // One-word names in that list are often words too ("Visa", "Mobil", "Ford"): a capital that opens a sentence is no evidence.
  for (const key of data.organizations.split('|')) {
    known.addNormalized(key, { type: 'organization', name: AS_WRITTEN, caseRule: key.includes(' ') ? 'cap' : 'proper' });
  }
  addKnown(known, KNOWN_BUSINESSES);
  addKnown(known, KNOWN_ORGANIZATIONS);
  const countries = new Set(data.nationalities.map(([, place]) => place));
  return { known, personalNames: new NameList(data.names), commonWords: new NameList(data.common), countries };
}

const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing', 'ly'];

// Built once per process: the gazetteers never change at run time, and every stage shares them read-only.
const SHARED = buildKnown();

export function buildLexicon(dictionary: Dictionary): Lexicon {
  const user = new PhraseIndex();
  for (const e of dictionary.entities) {
    user.add(e.name, { type: e.type, name: e.name, caseRule: 'any' });
    for (const alias of e.aliases ?? []) user.add(alias, { type: e.type, name: e.name, caseRule: 'any' });
  }
  const ignore = new Set(dictionary.ignore.map((s) => s.trim().toLowerCase().replace(/\s+/g, ' ')));
  const common = SHARED.commonWords;
  const isCommonWord = (norm: string): boolean => {
    if (common.has(norm)) return true;
    for (const suffix of INFLECTIONS) {
      if (norm.length > suffix.length + 2 && norm.endsWith(suffix) && common.has(norm.slice(0, -suffix.length))) return true;
    }
    return false;
  };
  const countries = SHARED.countries;
  return { user, known: SHARED.known, personalNames: SHARED.personalNames, isCommonWord, isCountry: (name) => countries.has(name), ignore };
}
