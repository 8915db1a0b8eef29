import type { Rng } from './prng';

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
  /** A sentence stating the figure about the subject; `{F}` marks where the figure goes. */
  sentence(subject: string, rng: Rng): string;
}

const grouped = (n: number): string => Math.round(n).toLocaleString('en-US');
const decimal = (n: number, digits: number): string => Number(n.toFixed(digits)).toString();
const SMALL = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

export const FACT_KINDS: FactKind[] = [
  {
    attribute: 'range',
    draw: (rng) => rng.int(12, 400) * 10,
    figure: (v, alt) => (alt ? `${grouped(v * 0.621371)} miles` : `${grouped(v)} km`),
    sentence: (s, rng) => rng.pick([`The ${s} has a range of {F}, according to the manufacturer.`, `Engineers say the ${s} has a range of {F}.`]),
  },
  {
    attribute: 'top speed',
    draw: (rng) => rng.int(30, 250) * 10,
    figure: (v, alt) => (alt ? `${grouped(v * 0.621371)} mph` : `${grouped(v)} km/h`),
    sentence: (s, rng) => rng.pick([`The ${s} has a top speed of {F}.`, `On paper, the ${s} reaches a top speed of {F}.`]),
  },
  {
    attribute: 'launch weight',
    draw: (rng) => rng.int(5, 95) * 100,
    figure: (v, alt) => (alt ? `${decimal(v / 1000, 1)} tonnes` : `${grouped(v)} kg`),
    sentence: (s, rng) => rng.pick([`The ${s} has a launch weight of {F}.`, `Fully loaded, the ${s} has a launch weight of {F}.`]),
  },
  {
    attribute: 'unit cost',
    draw: (rng) => rng.int(11, 95) * 100,
    figure: (v, alt) => (alt ? `$${decimal(v / 1000, 1)} billion` : `$${grouped(v)} million`),
    sentence: (s, rng) => rng.pick([`The ${s} has a unit cost of {F}.`, `Budget papers put the unit cost of the ${s} at {F}.`]),
  },
  {
    attribute: 'failure rate',
    draw: (rng) => rng.int(3, 40),
    figure: (v, alt) => (alt ? `${v} per cent` : `${v}%`),
    sentence: (s, rng) => rng.pick([`Test reports give the ${s} a failure rate of {F}.`, `The ${s} has a failure rate of {F} in trials.`]),
  },
  {
    attribute: 'crew',
    draw: (rng) => rng.int(3, 12),
    figure: (v, alt) => (alt && v < SMALL.length ? `${SMALL[v]} crew members` : `${v} crew members`),
    sentence: (s, rng) => rng.pick([`The ${s} needs a crew of {F}.`, `Each ${s} is operated by a crew of {F}.`]),
  },
];

/** A value outside every tolerance of `value` (at least 30% off), still plausible for the kind. */
export function conflictingValue(kind: FactKind, value: number, rng: Rng): number {
  if (kind.attribute === 'crew' || kind.attribute === 'failure rate') return value + rng.int(Math.max(2, Math.ceil(value * 0.4)), Math.max(3, value));
  const factor = rng.pick([0.25, 0.5, 1.5, 2, 3]);
  const step = kind.attribute === 'launch weight' || kind.attribute === 'unit cost' ? 100 : 10;
  return Math.max(step, Math.round((value * factor) / step) * step);
}
