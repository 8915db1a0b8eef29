/**
 * A long tail of plural nouns for the "detail" of a sentence ("a consignment of bagels and boilers"). Real news has
 * a Zipf-shaped vocabulary: most sentences carry a word few other sentences use, and duplicate detection keys on
 * such words. Hand-written pools cannot supply thousands of them, so they come from the POS lexicon that ships
 * with `natural` (plural nouns whose singular is also a noun), filtered of slurs and oddities.
 */
import { createRequire } from 'node:module';

const BLOCKED = /slave|terror|cancer|suicid|abort|victim|tumo|hostage|whor|nigg|fag|rape|porn|slut|bitch|cunt|dick|sex|nazi|dyke|homo|spic|kike|retard|crap|shit|fuck|hooker|pimp|bastard|penis|vagin|nipple|breast|tits|anus|semen|sperm|orgasm|killer|murder|corpse/;

let cached: readonly string[] | undefined;

/** About 3,000 plural nouns in a fixed order (the lexicon's), so a seed always picks the same words. */
export function rareNouns(): readonly string[] {
  if (cached) return cached;
  const require = createRequire(__filename);
  const lexicon = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, string[]>;
  const out: string[] = [];
  for (const word of Object.keys(lexicon)) {
    if (!/^[a-z]{5,10}s$/.test(word) || BLOCKED.test(word)) continue;
    const tags = lexicon[word];
    const singular = lexicon[word.slice(0, -1)];
    if (tags.length === 1 && tags[0] === 'NNS' && singular && singular[0] === 'NN') out.push(word);
  }
  cached = out;
  return out;
}
