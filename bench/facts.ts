import { ROLES } from './lexicon';
import { capital, grouped, person, village } from './names';
import type { Rng } from './prng';
import { rareNouns } from './rare-words';

/**
 * Figures about one subject and attribute, written in a primary unit and in an equivalent one, so the generator
 * can plant agreeing pairs (km vs miles) and conflicting pairs (a value far outside any tolerance).
 */
export interface FactKind {
  attribute: string;
  /** A value in the primary unit, drawn at random. */
  draw(rng: Rng): number;
  /** The figure in the primary unit (`alt` false) or in an equivalent unit (`alt` true). */
  figure(value: number, alt: boolean): string;
  /**
   * Two ways to state the figure about the subject, as a clause; `{F}` marks where the figure goes. The two sides
   * of a planted pair use different ones: two articles quoting one figure rarely word it alike, and alike wording
   * would be reuse the truth does not list.
   */
  clauses: [(subject: string) => string, (subject: string) => string];
}

const decimal = (n: number, digits: number): string => Number(n.toFixed(digits)).toString();
const SMALL = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

export const FACT_KINDS: FactKind[] = [
  {
    attribute: 'range',
    draw: (rng) => rng.int(12, 400) * 10,
    figure: (v, alt) => (alt ? `${grouped(v * 0.621371)} miles` : `${grouped(v)} km`),
    clauses: [(s) => `the ${s} has a range of {F}`, (s) => `the range of the ${s} is {F}`],
  },
  {
    attribute: 'top speed',
    draw: (rng) => rng.int(30, 250) * 10,
    figure: (v, alt) => (alt ? `${grouped(v * 0.621371)} mph` : `${grouped(v)} km/h`),
    clauses: [(s) => `the ${s} has a top speed of {F}`, (s) => `the top speed of the ${s} is {F}`],
  },
  {
    attribute: 'launch weight',
    draw: (rng) => rng.int(5, 95) * 100,
    figure: (v, alt) => (alt ? `${decimal(v / 1000, 1)} tonnes` : `${grouped(v)} kg`),
    clauses: [(s) => `the ${s} has a launch weight of {F}`, (s) => `the launch weight of the ${s} is {F}`],
  },
  {
    attribute: 'unit cost',
    draw: (rng) => rng.int(11, 95) * 100,
    figure: (v, alt) => (alt ? `$${decimal(v / 1000, 1)} billion` : `$${grouped(v)} million`),
    clauses: [(s) => `the ${s} has a unit cost of {F}`, (s) => `budget papers put the unit cost of the ${s} at {F}`],
  },
  {
    attribute: 'failure rate',
    draw: (rng) => rng.int(3, 40),
    figure: (v, alt) => (alt ? `${v} per cent` : `${v}%`),
    clauses: [(s) => `test reports give the ${s} a failure rate of {F}`, (s) => `the failure rate of the ${s} is {F}`],
  },
  {
    attribute: 'crew',
    draw: (rng) => rng.int(3, 12),
    figure: (v, alt) => (alt && v < SMALL.length ? `${SMALL[v]} crew members` : `${v} crew members`),
    clauses: [(s) => `the ${s} needs a crew of {F}`, (s) => `each ${s} is operated by a crew of {F}`],
  },
];

/** A value outside every tolerance of `value` (at least 30% off), still plausible for the kind. */
export function conflictingValue(kind: FactKind, value: number, rng: Rng): number {
  if (kind.attribute === 'crew' || kind.attribute === 'failure rate') return value + rng.int(Math.max(2, Math.ceil(value * 0.4)), Math.max(3, value));
  const factor = rng.pick([0.25, 0.5, 1.5, 2, 3]);
  const step = kind.attribute === 'launch weight' || kind.attribute === 'unit cost' ? 100 : 10;
  return Math.max(step, Math.round((value * factor) / step) * step);
}

const EXPERTS = ['experts', 'analysts', 'dealers', 'inspectors', 'engineers', 'buyers'];

/**
 * A sentence around a fact clause, attributed to someone with rare words of their own, so that facts about
 * different subjects do not read as restatements of each other.
 */
export function factSentence(clause: string, rng: Rng): string {
  const form = rng.int(0, 2);
  if (form === 0) return `${capital(clause)}, ${person(rng)}, ${rng.pick(ROLES)} in ${village(rng)}, said.`;
  if (form === 1) return `${capital(rng.pick(rareNouns()).slice(0, -1))} ${rng.pick(EXPERTS)} in ${village(rng)} say ${clause}.`;
  return `According to ${person(rng)}, ${rng.pick(ROLES)} in ${village(rng)}, ${clause}.`;
}
