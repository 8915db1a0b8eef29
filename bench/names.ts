/** Invented local names (villages, residents, firms): the rare proper nouns that real local reporting is full of. */
import { stableHash, type Rng } from './prng';
import { COMPANY_SUFFIXES } from './lexicon';
import { FIRST_NAMES, type NamedEntity } from './vocab';

const SYL = [
  'var', 'kes', 'tel', 'nor', 'zan', 'mir', 'obr', 'vol', 'gar', 'tek', 'sar', 'lun', 'dra', 'pek', 'rim', 'ost', 'bel', 'kor',
  'han', 'vir', 'bro', 'dub', 'lis', 'mak', 'pol', 'ryb', 'sok', 'tur', 'vel', 'zor', 'chu', 'dol', 'gor', 'jas', 'kru', 'lev',
  'nes', 'pry', 'sel', 'tro',
];
const VILLAGE_ENDINGS = ['ivka', 'ovo', 'ice', 'ino', 'any', 'ovka', 'sk', 'yn'];
const SURNAME_ENDINGS = ['enko', 'ski', 'ova', 'ich', 'ek', 'uk', 'as', 'ian'];

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const stem = (rng: Rng): string => capital(rng.pick(SYL) + rng.pick(SYL) + (rng.chance(0.5) ? rng.pick(SYL) : ''));

export const village = (rng: Rng): string => stem(rng) + rng.pick(VILLAGE_ENDINGS);
export const person = (rng: Rng): string => `${rng.pick(FIRST_NAMES)} ${stem(rng)}${rng.pick(SURNAME_ENDINGS)}`;
export const company = (rng: Rng): string => `${stem(rng)} ${rng.pick(COMPANY_SUFFIXES)}`;

/** One value per key corpus-wide: background figures about one subject never disagree. */
export const fixed = (key: string, lo: number, hi: number): number => lo + (stableHash(key) % (hi - lo + 1));

/** An entity as an article would write it: full name first, aliases later on. */
export function written(e: NamedEntity, rng: Rng, firstMention: boolean): string {
  if (firstMention || e.aliases.length === 0) return e.name;
  return rng.chance(0.7) ? e.aliases[0] : rng.pick(e.aliases);
}

/** "2,400": thousands grouped by commas (`toLocaleString` is two orders of magnitude slower). */
export function grouped(n: number): string {
  const digits = String(Math.round(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}
