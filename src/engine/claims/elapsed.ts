import type { Token } from '../types';
import type { RawQuantity, Window } from './quantities';

const glued = (tokens: readonly Token[], k: number): boolean => tokens[k].start === tokens[k - 1].end;

/**
 * "in 2:02:42", "running 2:11:53.4": hours, minutes and seconds of a finishing time, as a duration in seconds.
 * "at 10:30:00" is a time of day and stays out, as do two-part times, which read as clock times or scores.
 */
export function readElapsed(w: Window, i: number): RawQuantity | null {
  const { tokens } = w;
  const h = tokens[i];
  if (h.kind !== 'number' || !/^\d{1,2}$/.test(h.text) || tokens[i - 1]?.norm === 'at') return null;
  if (i > 0 && glued(tokens, i) && tokens[i - 1].kind !== 'punct') return null;
  const parts = [Number(h.text)];
  let k = i + 1;
  for (let part = 0; part < 2; part++, k += 2) {
    const colon = tokens[k];
    const digits = tokens[k + 1];
    if (!colon || !digits || colon.text !== ':' || !glued(tokens, k) || !glued(tokens, k + 1) || digits.kind !== 'number') return null;
    if (!/^\d\d(?:\.\d+)?$/.test(digits.text) || Number(digits.text) >= 60) return null;
    parts.push(Number(digits.text));
  }
  if (tokens[k] && glued(tokens, k) && tokens[k].text === ':') return null;
  return { first: i, end: k, dimension: 'duration', value: parts[0] * 3600 + parts[1] * 60 + parts[2], unit: 's' };
}
