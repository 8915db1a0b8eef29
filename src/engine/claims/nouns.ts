// The counted noun of a figure: "800 Polish servicemen", "about 4,000" after "troops", "30 of them".
import type { Token } from '../types';
import { glued } from './numbers';
import { canStartUnit } from './units';
import { isCapitalised, type Window } from './context';

// The word before a counted noun cannot be one of these: the number is then not a count of the next word.
const NOUN_STOP = new Set([
  'of', 'in', 'on', 'at', 'for', 'to', 'from', 'with', 'by', 'and', 'or', 'but', 'that', 'which', 'who', 'whom',
  'whose', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'can',
  'should', 'may', 'might', 'must', 'shall', 'do', 'does', 'did', 'as', 'than', 'the', 'a', 'an', 'this', 'these',
  'those', 'it', 'its', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'we', 'our', 'you', 'your', 'i', 'not',
  'no', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'per', 'each', 'percent', 'per', 'times', 'out',
  'up', 'down', 'over', 'under', 'about', 'into', 'onto', 'upon', 'between', 'among', 'against', 'through', 'during',
  'also', 'so', 'then', 'there', 'here', 'where', 'why', 'how', 'what', 'all', 'both', 'either', 'neither', 'more',
  'less', 'most', 'least', 'than', 'too', 'very', 'just', 'only', 'even', 'yet', 'still', 'via', 'said', 'says',
  'say', 'according', 'ago', 'later', 'earlier', 'previously', 'respectively', 'apiece', 'each', 'year', 'years',
  'month', 'months', 'day', 'days', 'week', 'weeks', 'th', 'st', 'nd', 'rd', 'million', 'billion', 'thousand',
  'hundred', 'percentage', 'times', 'fold', 'against', 'versus', 'vs', 'ago', 'now', 'today',
  'yesterday', 'tomorrow', 'had', 'own', 'such', 'same', 'another', 'every', 'any', 'many', 'much', 'few', 'several',
  'already', 'again', 'alone', 'last', 'next', 'this', 'that', 'apiece', 'altogether', 'overall', 'instead', 'too',
  'ago', 'away', 'back', 'around', 'abroad', 'nationwide', 'worldwide', 'annually', 'a', 'an',
  // Common irregular verbs: "2.6 million homes lost power" ends the counted phrase at "homes".
  'lost', 'won', 'fell', 'rose', 'paid', 'made', 'took', 'gave', 'hit', 'cut', 'left', 'sent', 'got', 'saw', 'came',
  'went', 'put', 'set', 'ran', 'held', 'built', 'sold', 'bought', 'grew', 'led', 'met', 'fled', 'fought', 'kept',
  'remain', 'remained', 'remains', 'become', 'became', 'face', 'faced', 'need', 'needed', 'get', 'make', 'take',
]);
const COMPARATIVES = new Set(['more', 'fewer', 'other', 'extra', 'further']);
// Pronoun objects of "N of them": the count then takes its noun from before.
const BACK_REFERENCES = new Set(['them', 'those', 'these', 'which', 'whom']);

export interface CountedNoun {
  noun: string;
  /** Token index of the last token of the counted phrase (the noun, or a closing quote). */
  index: number;
  /** Token index of the noun itself when it differs from `index`. */
  word?: number;
}

export function isCountedWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text === t.norm && isPlural(t.norm) && !NOUN_STOP.has(t.norm) && !canStartUnit(t.norm);
}

const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'cattle', 'sheep', 'fish', 'aircraft', 'servicemen', 'feet']);

export function isPlural(norm: string): boolean {
  if (IRREGULAR_PLURALS.has(norm)) return true;
  return norm.length > 3 && norm.endsWith('s') && !norm.endsWith('ss') && !norm.endsWith('us') && !norm.endsWith('is');
}

/** Function words ("in", "and", "were"): after a bare figure they show that no counted noun follows. */
export function isFunctionWord(norm: string): boolean {
  return NOUN_STOP.has(norm);
}

function isNounCandidate(t: Token): boolean {
  return t.kind === 'word' && t.text.length > 1 && !NOUN_STOP.has(t.norm) && !t.norm.endsWith('ly');
}

/** The counted noun after a bare figure: "ten additional agreements", "800 Polish servicemen", "24 Bayraktar TB2 combat drones". */
export function nounAfter(w: Window, j: number): CountedNoun | null {
  const { tokens } = w;
  let k = j;
  if (tokens[k]?.norm === 'of' && k + 1 < w.ceiling) {
    const d = tokens[k + 1].norm;
    if (d === 'the' || d === 'these' || d === 'those' || d === 'its' || d === 'their' || d === 'our') k += 2;
    else return null;
  }
  let head: CountedNoun | null = null;
  let steps = 0;
  // 1,300 "cool islands": scare quotes around the counted noun.
  const quoted = tokens[k]?.norm === '"';
  if (quoted) k++;
  // "a 6.1-magnitude earthquake", "a 5-member team": the noun glued by a hyphen. Spelled out and singular
  // ("a four-door car", "a six-speed gearbox"), the number only describes the noun after it.
  if (tokens[k]?.norm === '-' && glued(tokens, k - 1) && glued(tokens, k)) {
    const noun = tokens[k + 1];
    if (tokens[k - 1].kind === 'word' && noun && noun.kind === 'word' && !isPlural(noun.norm) && !glued(tokens, k + 1)) return null;
    k++;
  }
  // "eight more picks", "five other suspects": a comparison word before the counted noun.
  if (!quoted && COMPARATIVES.has(tokens[k]?.norm ?? '') && tokens[k + 1] && k + 1 < w.ceiling && isNounCandidate(tokens[k + 1]) && !isCapitalised(tokens[k + 1])) k++;
  while (k < w.ceiling && steps < 6) {
    const t = tokens[k];
    steps++;
    // "20 newly built plants": an adverb modifying the adjective before the noun.
    if (!head && t.kind === 'word' && t.norm.endsWith('ly') && t.text === t.norm && tokens[k + 1] && isNounCandidate(tokens[k + 1]) && !isCapitalised(tokens[k + 1])) {
      k++;
      continue;
    }
    // "63,000 Model 3 sedans": a model number inside the name before the noun.
    if (t.kind === 'number' && !head && k > j && tokens[k - 1].kind === 'word' && isCapitalised(tokens[k - 1]) && tokens[k + 1]?.kind === 'word') {
      k++;
      continue;
    }
    // Names and designations inside the phrase ("Bayraktar TB2", "Patriot") modify the counted noun;
    // a capitalised plural is the noun itself ("30 Americans", "five Britons").
    if (t.kind === 'word' && isCapitalised(t) && !head) {
      if (isPlural(t.norm) && t.text.length > 3 && !/[A-Z]/.test(t.text.slice(1)) && !(tokens[k + 1] && isNounCandidate(tokens[k + 1]) && !isCapitalised(tokens[k + 1]) && isPlural(tokens[k + 1].norm))) {
        head = { noun: t.norm, index: k };
        break;
      }
      k++;
      continue;
    }
    // "35 737 MAX jets": a model number before a name.
    if (t.kind === 'number' && !head && k === j && tokens[k + 1] && tokens[k + 1].kind === 'word' && isCapitalised(tokens[k + 1])) {
      k++;
      continue;
    }
    if ((t.kind === 'number' || t.norm === '-') && k > j && tokens[k - 1].end === t.start && (t.kind === 'number' || glued(tokens, k))) {
      k++;
      continue;
    }
    if (!isNounCandidate(t) || isCapitalised(t)) break;
    // "homes damaged" ends the phrase; "coal-fired plants" does not.
    if (head && (t.norm.endsWith('ing') || t.norm.endsWith('ed')) && !glued(tokens, k - 1)) break;
    // A plural noun ends the phrase; what follows is usually the verb ("homes lost power").
    if (head && isPlural(head.noun) && !isPlural(t.norm)) break;
    head = { noun: t.norm, index: k };
    k++;
    if (tokens[k]?.norm === '-' && glued(tokens, k - 1) && glued(tokens, k)) k++;
  }
  if (!head) return null;
  if (quoted) return tokens[head.index + 1]?.norm === '"' ? { noun: head.noun, index: head.index + 1, word: head.index } : null;
  // "missiles and drones": two plural nouns counted together.
  const and = tokens[head.index + 1];
  const other = tokens[head.index + 2];
  if (and && (and.norm === 'and' || and.norm === 'or') && other && head.index + 2 < w.ceiling && isNounCandidate(other) && !isCapitalised(other) && other.norm.endsWith('s') && head.noun.endsWith('s') && !(tokens[head.index + 3] && isNounCandidate(tokens[head.index + 3]) && !tokens[head.index + 3].norm.endsWith('s'))) {
    return { noun: `${head.noun} ${and.norm} ${other.norm}`, index: head.index + 2 };
  }
  return head;
}

/** "about 4,000" / "4,000 of them" after the noun was just given: the nearest plural noun before, same sentence. */
export function nounBefore(w: Window, first: number, known: ReadonlySet<string>): CountedNoun | null {
  const { tokens } = w;
  for (let k = first - 1; k >= w.floor && k >= first - 12; k--) {
    const t = tokens[k];
    if (t.kind === 'word' && known.has(t.norm)) return { noun: t.norm, index: k };
  }
  return null;
}

export function isBackReference(t: Token | undefined, next: Token | undefined): boolean {
  return !!t && t.norm === 'of' && !!next && BACK_REFERENCES.has(next.norm);
}
