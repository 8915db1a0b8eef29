// Function words carry no evidence of reuse: two texts sharing only these are not copies.
const WORDS =
  'a about above after again against all also am an and any are as at be because been before being below between ' +
  'both but by can could did do does doing down during each either few for from further had has have having he her ' +
  'here hers herself him himself his how however i if in into is it its itself just let may me might more most must ' +
  'my myself no nor not now of off on once only or other our ours ourselves out over own per same shall she should ' +
  'since so some such than that the their theirs them themselves then there these they this those through thus to too ' +
  'under until up upon us very was we were what when where whether which while who whom whose why will with within ' +
  'without would yet you your yours yourself s t d ll m re ve said says say also one two new like well even still ' +
  'many much among amid via across around toward towards including according';

/** Lower-case English function words (plus reporting verbs), shared by the copy and restatement detectors. */
export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(' '));
