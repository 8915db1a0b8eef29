import { stableHash, type Rng } from './prng';
import { ADJECTIVES, COUNT_NOUNS, FIRST_NAMES, MONTHS, OFFICIALS, ORGS, OUTCOMES, PEOPLE, PLACES, SYLLABLES, TOPICS, VEHICLES, VERBS_SAID, WEEKDAYS, type NamedEntity } from './vocab';

/** One background sentence in three versions: as written, lightly edited (one word swapped) and restated. */
export interface ProseSentence {
  text: string;
  edited: string;
  restated: string;
}

// Background figures take one value per subject (a village, a local person, an organisation) corpus-wide, so
// background text never conflicts with itself; only planted figures may disagree.
const fixed = (key: string, lo: number, hi: number): number => lo + (stableHash(key) % (hi - lo + 1));

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const an = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

// Local names give every sentence rare words, as real reporting does: without them a template corpus repeats
// itself in 8-word runs and the reuse index would be measured on an unrealistic flood of coincidental copies.
const VILLAGE_ENDINGS = ['ivka', 'ovo', 'ice', 'ino', 'any', 'ovka', 'sk'];
const SURNAME_ENDINGS = ['enko', 'ski', 'ova', 'ich', 'ek', 'uk', 'as'];
const village = (rng: Rng): string => capital(rng.pick(SYLLABLES) + rng.pick(SYLLABLES) + rng.pick(VILLAGE_ENDINGS));
const localPerson = (rng: Rng): string => `${rng.pick(FIRST_NAMES)} ${capital(rng.pick(SYLLABLES) + rng.pick(SYLLABLES) + rng.pick(SURNAME_ENDINGS))}`;
const day = (rng: Rng): string => `${rng.pick(MONTHS)} ${rng.int(1, 28)}`;

/** An entity as an article would write it: full name first, aliases and lower-case forms later on. */
function written(e: NamedEntity, rng: Rng, firstMention: boolean): string {
  if (firstMention || e.aliases.length === 0) return e.name;
  return rng.chance(0.7) ? e.aliases[0] : rng.pick(e.aliases);
}

function other<T>(rng: Rng, items: readonly T[], not: T): T {
  for (;;) {
    const x = rng.pick(items);
    if (x !== not) return x;
  }
}

type Template = (rng: Rng, first: boolean) => ProseSentence;

const TEMPLATES: Template[] = [
  (rng, first) => {
    const p = written(rng.pick(PEOPLE), rng, first), v = village(rng), t = rng.pick(TOPICS), o = rng.pick(OUTCOMES), a = rng.pick(ADJECTIVES);
    const said = rng.pick(VERBS_SAID), d = day(rng);
    return {
      text: `Speaking in ${v} on ${d}, ${p} ${said} that ${a} talks on ${t} could bring ${o} before long.`,
      edited: `Speaking in ${v} on ${d}, ${p} ${said} that ${other(rng, ADJECTIVES, a)} talks on ${t} could bring ${o} before long.`,
      restated: `${capital(a)} talks on ${t} could bring ${o} before long, ${p} ${said} during a visit to ${v} on ${d}.`,
    };
  },
  (rng) => {
    const noun = rng.pick(COUNT_NOUNS), v = village(rng), off = rng.pick(OFFICIALS), who = localPerson(rng);
    const n = fixed(`t2:${v}:${noun}`, 12, 480), d = rng.pick(WEEKDAYS);
    return {
      text: `${who}, ${off} in ${v}, said ${n} ${noun} had been moved out of the district by ${d} evening.`,
      edited: `${who}, ${other(rng, OFFICIALS, off)} in ${v}, said ${n} ${noun} had been moved out of the district by ${d} evening.`,
      restated: `By ${d} evening ${n} ${noun} had left the district around ${v}, according to ${who}, ${off}.`,
    };
  },
  (rng, first) => {
    // One pledge per organisation, retold by many articles: its figures and dates agree wherever it appears.
    const o = rng.pick(ORGS), h = stableHash(`t3:${o.name}`);
    const t = TOPICS[h % TOPICS.length], m = MONTHS[(h >>> 5) % 12], y = 2022 + ((h >>> 9) % 4);
    const amount = fixed(`t3:${o.name}`, 15, 900), org = written(o, rng, first);
    const verb = rng.pick(['pledged', 'promised', 'earmarked', 'set aside', 'approved']), v = village(rng), who = localPerson(rng);
    return {
      text: `The ${org} ${verb} €${amount} million for ${t} in ${m} ${y}; ${who} in ${v} said none of it had arrived yet.`,
      edited: `The ${org} ${verb} €${amount} million for ${t} in ${m} ${y}; ${who} in ${v} said none of it had reached them yet.`,
      restated: `None of the €${amount} million that the ${org} ${verb} for ${t} in ${m} ${y} had arrived yet, ${who} in ${v} said.`,
    };
  },
  (rng, first) => {
    const place = rng.pick(PLACES), c = written(place, rng, first), v = village(rng), t = rng.pick(TOPICS), who = localPerson(rng);
    const pct = fixed(`t4:${place.name}`, 4, 38), lo = fixed(`t4lo:${place.name}`, 2, 9);
    return {
      text: `In ${v}, west of ${c}, spending on ${t} rose ${pct}% last quarter, and ${who} expects rises of ${lo} to ${lo + 3} per cent.`,
      edited: `In ${v}, west of ${c}, spending on ${t} climbed ${pct}% last quarter, and ${who} expects rises of ${lo} to ${lo + 3} per cent.`,
      restated: `${who} expects rises of ${lo} to ${lo + 3} per cent in ${v}, west of ${c}, where spending on ${t} rose ${pct}% last quarter.`,
    };
  },
  (rng, first) => {
    const pe = rng.pick(PEOPLE), qe = other(rng, PEOPLE, pe), t = rng.pick(TOPICS), a = rng.pick(ADJECTIVES), v = village(rng);
    const p = written(pe, rng, first), q = written(qe, rng, first);
    const decision = rng.pick(['decision', 'joint plan', 'new round', 'written answer', 'roadmap']);
    const half = ['mid-2025', 'early 2026', 'late 2024', 'the second half of 2025'][stableHash(pe.name) % 4];
    return {
      text: `${p} met ${q} near ${v} for ${an(a)} discussion of ${t}; both promised ${an(decision)} by ${half}.`,
      edited: `${p} met ${q} near ${v} for ${an(other(rng, ADJECTIVES, a))} discussion of ${t}; both promised ${an(decision)} by ${half}.`,
      restated: `Both promised ${an(decision)} on ${t} by ${half} after ${p} and ${q} held ${an(a)} discussion near ${v}.`,
    };
  },
  (rng) => {
    const v = village(rng), o = rng.pick(OUTCOMES), who = localPerson(rng);
    const km = fixed(`t6:${v}`, 3, 60), hours = fixed(`t6h:${v}`, 2, 18);
    const cuts = rng.pick(['power cuts', 'water outages', 'mobile blackouts', 'heating failures', 'traffic jams']);
    return {
      text: `Families within ${km} kilometres of ${v} reported ${o} and ${cuts} of up to ${hours} hours, ${who} told us.`,
      edited: `Families within ${km} kilometres of ${v} described ${o} and ${cuts} of up to ${hours} hours, ${who} told us.`,
      restated: `${capital(cuts)} of up to ${hours} hours and ${o} hit families within ${km} kilometres of ${v}, said ${who}.`,
    };
  },
  (rng, first) => {
    const org = written(rng.pick(ORGS), rng, first), v = village(rng), t = rng.pick(TOPICS), a = rng.pick(ADJECTIVES), who = localPerson(rng);
    const grew = rng.pick(['built up', 'grown', 'worsened', 'piled up', 'multiplied']), since = day(rng);
    return {
      text: `${who} of the ${org} called the mood in ${v} ${a}, citing problems with ${t} that have ${grew} since ${since}.`,
      edited: `${who} of the ${org} called the mood in ${v} ${other(rng, ADJECTIVES, a)}, citing problems with ${t} that have ${grew} since ${since}.`,
      restated: `Problems with ${t} have ${grew} in ${v} since ${since}, said ${who} of the ${org}, who called the mood there ${a}.`,
    };
  },
  (rng, first) => {
    const noun = rng.pick(VEHICLES), o = rng.pick(ORGS), org = written(o, rng, first), v = village(rng), d = day(rng);
    const n = fixed(`t8:${o.name}:${noun}`, 3, 90), tonnes = fixed(`t8t:${o.name}`, 2, 40) * 50;
    return {
      text: `A convoy of ${n} ${noun} with ${tonnes.toLocaleString('en-US')} tonnes of supplies reached ${v} on ${d} under ${org} escort.`,
      edited: `A convoy of ${n} ${noun} with ${tonnes.toLocaleString('en-US')} tonnes of aid reached ${v} on ${d} under ${org} escort.`,
      restated: `On ${d}, under ${org} escort, ${n} ${noun} brought ${tonnes.toLocaleString('en-US')} tonnes of supplies to ${v}.`,
    };
  },
];

/** A random background sentence; `first` asks for full names rather than aliases. */
export function proseSentence(rng: Rng, first: boolean): ProseSentence {
  return rng.pick(TEMPLATES)(rng, first);
}
