/**
 * Background prose for the synthetic corpus: a small grammar of news sentences (decisions, figures about places,
 * quotes, context) over large word pools and invented local names, so that unrelated sentences share no 8-word
 * run and few content words, as in real reporting. Every sentence also comes lightly edited and, where its shape
 * allows, restated, for planting copies.
 */
import { eventSentence, type Variants } from './events';
import { contextSentence, impactSentence, quoteSentence, worldSentence } from './impacts';
import { CONNECTIVES } from './lexicon';
import type { Rng } from './prng';

/** One background sentence as written, with its edited (a few words changed) and restated versions on demand. */
export type ProseSentence = Variants;

/** A random background sentence; `first` asks for full names of well-known people rather than aliases. */
export function proseSentence(rng: Rng, first: boolean): ProseSentence {
  const x = rng.next();
  const s = x < 0.55 ? eventSentence(rng, first) : x < 0.8 ? impactSentence(rng) : x < 0.81 ? worldSentence(rng, first) : x < 0.9 ? quoteSentence(rng) : contextSentence(rng);
  // A connective ties a sentence to the one before; copies drop it, as a reporter lifting one sentence would.
  // Not before a leading time either: "In a separate move, in recent weeks, the" would recur across articles.
  if (x >= 0.8 || !rng.chance(0.1) || /^(On|Late|Early|Last|This|During|Overnight|Before|Shortly|At a|A week|A month|In recent) /.test(s.text)) return s;
  const c = rng.pick(CONNECTIVES);
  const lower = (t: string) => (/^(The|According|In|Early|Late|On|Overnight|This|Last|During|Before|Shortly|At|A|An) /.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);
  return {
    ...s,
    text: `${c} ${lower(s.text)}`,
    edit: () => {
      const e = s.edit();
      return { ...e, text: `${c} ${lower(e.text)}` };
    },
  };
}
