import type { Token } from '../types';

/** The sentence a figure is read in: its tokens and text, and the token range the readers may look at. */
export interface Window {
  tokens: readonly Token[];
  text: string;
  /** First token of the sentence. */
  floor: number;
  /** One past the last token of the sentence. */
  ceiling: number;
}

export function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.text[0].toLowerCase());
}

// Capitalised words that may stand before a figure: months, currencies, qualifiers at a sentence start.
export const NAME_OK_BEFORE = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'usd', 'eur', 'gbp',
  'rub', 'mach', 'about', 'some', 'nearly', 'almost', 'over', 'under', 'up', 'around', 'approximately', 'roughly',
]);
