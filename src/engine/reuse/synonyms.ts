import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';

/**
 * Words that news copy swaps for one another when it rewrites a sentence ("permits" / "allows", "inked" / "signed",
 * "soil" / "territory"). Each group is one term for restatement scoring, so a rewrite that changes its verbs keeps
 * its shared evidence. Only close equivalents in reporting are listed, and no word with a common other sense
 * ("back", "base", "decline", "order", "station", "strike", "launch", "show" have one). Nor is a story's topic noun
 * grouped ("treaty" with "agreement", "pact", "deal"): a group shares one document frequency, and a topic word that
 * fills every sentence of the story would lend its low weight to the rarer words, which then stop telling
 * restatements apart.
 */
const GROUPS = [
  'allow permit let enable authorize authorise',
  'sign ink',
  'territory soil',
  'criticize criticise criticism critic condemn condemnation denounce slam',
  'concern worry fear',
  'increase rise grow climb jump surge soar',
  'decrease fall drop plunge slump',
  'buy purchase acquire acquisition',
  'begin start commence',
  'attack assault raid',
  'help aid assist assistance',
  'decree directive',
  'integrate incorporate',
  'reject refuse rebuff',
  'approve endorse ratify',
  'country nation',
  'troop soldier',
  'warn caution',
  'investigate investigation probe inquiry',
  'announce unveil',
  'injure wound hurt',
  'die dead death',
];

/** Porter stem → the stem its group is scored under. */
export const SYNONYM_STEMS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const group of GROUPS) {
    const stems = group.split(' ').map((w) => PorterStemmer.stem(w));
    for (const s of stems) if (!out.has(s)) out.set(s, stems[0]);
  }
  return out;
})();

/** The stem a word is scored under: its group's, or its own. */
export const groupStem = (stem: string): string => SYNONYM_STEMS.get(stem) ?? stem;
