import { stableHash, type Rng } from './prng';
import { VEHICLES, ADJECTIVES, COUNT_NOUNS, MONTHS, OFFICIALS, ORGS, OUTCOMES, PEOPLE, PLACES, PLACES_GENERIC, TOPICS, VERBS_SAID, WEEKDAYS, type NamedEntity } from './vocab';

/** One background sentence in three versions: as written, lightly edited (one word swapped) and restated. */
export interface ProseSentence {
  text: string;
  edited: string;
  restated: string;
}

// Background figures take one value per template and noun, corpus-wide: only planted figures may disagree.
const fixed = (key: string, lo: number, hi: number): number => lo + (stableHash(key) % (hi - lo + 1));

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
    const p = rng.pick(PEOPLE), c = rng.pick(PLACES), t = rng.pick(TOPICS), o = rng.pick(OUTCOMES), a = rng.pick(ADJECTIVES);
    const who = written(p, rng, first), where = written(c, rng, first);
    const said = rng.pick(VERBS_SAID);
    return {
      text: `In ${an(a)} statement in ${where}, ${who} ${said} that talks on ${t} could lead to ${o} within weeks.`,
      edited: `In ${an(other(rng, ADJECTIVES, a))} statement in ${where}, ${who} ${said} that talks on ${t} could lead to ${o} within weeks.`,
      restated: `Talks on ${t} could lead to ${o} within weeks, ${who} ${said} in ${an(a)} statement delivered in ${where}.`,
    };
  },
  (rng, first) => {
    const noun = rng.pick(COUNT_NOUNS), c = rng.pick(PLACES), g = rng.pick(PLACES_GENERIC), off = rng.pick(OFFICIALS);
    const n = fixed(`t2:${noun}`, 12, 480);
    const day = rng.pick(WEEKDAYS), where = written(c, rng, first);
    const road = rng.pick(['roads', 'bridges', 'checkpoints', 'rail lines', 'crossings']);
    return {
      text: `According to ${off}, ${n} ${noun} were moved from ${g} near ${where} on ${day} before the ${road} closed.`,
      edited: `According to ${other(rng, OFFICIALS, off)}, ${n} ${noun} were moved from ${g} near ${where} on ${day} before the ${road} closed.`,
      restated: `Before the ${road} closed on ${day}, ${n} ${noun} were moved out of ${g} near ${where}, ${off} said.`,
    };
  },
  (rng, first) => {
    // One pledge per organisation, retold by many articles: its figures and dates must agree wherever it appears.
    const o = rng.pick(ORGS), h = stableHash(`t3:${o.name}`);
    const t = TOPICS[h % TOPICS.length], m = MONTHS[(h >>> 5) % 12], y = 2022 + ((h >>> 9) % 4);
    const amount = fixed(`t3:${o.name}`, 15, 900), org = written(o, rng, first);
    const verb = rng.pick(['pledged', 'promised', 'earmarked']);
    const pay = rng.pick(['payments', 'tranches', 'transfers', 'grants']), by = ['by the end of the year', 'before the winter', 'within months', 'by the autumn'][(h >>> 13) % 4];
    return {
      text: `The ${org} ${verb} €${amount} million for ${t} in ${m} ${y}, with the first ${pay} due ${by}.`,
      edited: `The ${org} ${verb} €${amount} million for ${t} in ${m} ${y}, with the first ${pay} expected ${by}.`,
      restated: `With the first ${pay} due ${by}, the ${org} has ${verb} €${amount} million for ${t} since ${m} ${y}.`,
    };
  },
  (rng, first) => {
    const c = rng.pick(PLACES), t = rng.pick(TOPICS), off = rng.pick(OFFICIALS);
    const pct = fixed(`t4:${c.name}`, 4, 38), where = written(c, rng, first);
    const lo = fixed(`t4lo:${c.name}`, 2, 9);
    return {
      text: `Spending on ${t} in ${where} rose by ${pct}% last quarter, ${off} said, while households expect rises of ${lo} to ${lo + 3} per cent.`,
      edited: `Spending on ${t} in ${where} rose by ${pct}% last quarter, ${other(rng, OFFICIALS, off)} said, while households expect rises of ${lo} to ${lo + 3} per cent.`,
      restated: `${capital(off)} said households expect rises of ${lo} to ${lo + 3} per cent after spending on ${t} in ${where} rose by ${pct}% last quarter.`,
    };
  },
  (rng, first) => {
    const p = rng.pick(PEOPLE), q = other(rng, PEOPLE, p), c = rng.pick(PLACES), t = rng.pick(TOPICS), a = rng.pick(ADJECTIVES);
    const decision = rng.pick(['decision', 'joint plan', 'new round', 'written answer', 'roadmap']);
    const half = ['mid-2025', 'early 2026', 'late 2024', 'the second half of 2025'][stableHash(p.name) % 4];
    return {
      text: `${written(p, rng, first)} met ${written(q, rng, first)} in ${written(c, rng, first)} for ${an(a)} discussion of ${t}, and both sides promised a ${decision} by ${half}.`,
      edited: `${written(p, rng, first)} met ${written(q, rng, first)} in ${written(c, rng, first)} for ${an(other(rng, ADJECTIVES, a))} discussion of ${t}, and both sides promised a ${decision} by ${half}.`,
      restated: `Both sides promised a ${decision} on ${t} by ${half} after ${written(p, rng, false)} and ${written(q, rng, false)} held ${an(a)} discussion in ${written(c, rng, false)}.`,
    };
  },
  (rng, first) => {
    const g = rng.pick(PLACES_GENERIC), c = rng.pick(PLACES), o = rng.pick(OUTCOMES);
    const km = fixed(`t6:${c.name}`, 3, 60), where = written(c, rng, first);
    const hours = fixed(`t6h:${c.name}`, 2, 18);
    const cuts = rng.pick(['power cuts', 'water outages', 'mobile blackouts', 'heating failures', 'traffic jams']);
    return {
      text: `Residents living within ${km} kilometres of ${g} outside ${where} reported ${o} and ${cuts} lasting up to ${hours} hours.`,
      edited: `Residents living within ${km} kilometres of ${g} outside ${where} described ${o} and ${cuts} lasting up to ${hours} hours.`,
      restated: `${capital(cuts)} lasting up to ${hours} hours and ${o} were reported by residents within ${km} kilometres of ${g} outside ${where}.`,
    };
  },
  (rng, first) => {
    const o = rng.pick(ORGS), c = rng.pick(PLACES), t = rng.pick(TOPICS), a = rng.pick(ADJECTIVES);
    const org = written(o, rng, first), where = written(c, rng, first);
    const grew = rng.pick(['built up', 'grown', 'worsened', 'piled up', 'multiplied']), since = rng.pick(['the spring', 'March', 'the summer', 'the election', 'the new year', 'the last ceasefire']);
    return {
      text: `Analysts at the ${org} described the situation around ${where} as ${a}, pointing to problems with ${t} that have ${grew} since ${since}.`,
      edited: `Analysts at the ${org} described the situation around ${where} as ${other(rng, ADJECTIVES, a)}, pointing to problems with ${t} that have ${grew} since ${since}.`,
      restated: `Problems with ${t} have ${grew} since ${since}, the ${org} said, calling the situation around ${where} ${a}.`,
    };
  },
  (rng, first) => {
    const noun = rng.pick(VEHICLES), o = rng.pick(ORGS), c = rng.pick(PLACES);
    const n = fixed(`t8:${noun}`, 3, 90), tonnes = 1200;
    return {
      text: `A convoy of ${n} ${noun} carrying about ${tonnes.toLocaleString('en-US')} tonnes of supplies reached ${written(c, rng, first)} under escort from the ${written(o, rng, first)}.`,
      edited: `A convoy of ${n} ${noun} carrying about ${tonnes.toLocaleString('en-US')} tonnes of aid reached ${written(c, rng, first)} under escort from the ${written(o, rng, first)}.`,
      restated: `Under escort from the ${written(o, rng, false)}, ${n} ${noun} with about ${tonnes.toLocaleString('en-US')} tonnes of supplies arrived in ${written(c, rng, false)}.`,
    };
  },
];

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const an = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/** A random background sentence; `first` asks for full names rather than aliases. */
export function proseSentence(rng: Rng, first: boolean): ProseSentence {
  return rng.pick(TEMPLATES)(rng, first);
}
