/** Answers remembered per list; past this many distinct words the memory starts over. */
const MAX_REMEMBERED = 20_000;

/**
 * A sorted list of lower-case names joined by '|', searched in place. Building a Set of ~190k names would cost
 * tens of milliseconds at every start; a binary search over the string costs nothing to load. The words of news
 * repeat (a few thousand make up most of the text), so answers are remembered: the search was a sixth of the
 * entity stage's time.
 */
export class NameList {
  private remembered = new Map<string, boolean>();

  constructor(private readonly joined: string) {}

  has(name: string): boolean {
    const known = this.remembered.get(name);
    if (known !== undefined) return known;
    const found = this.search(name);
    if (this.remembered.size >= MAX_REMEMBERED) this.remembered = new Map();
    this.remembered.set(name, found);
    return found;
  }

  private search(name: string): boolean {
    const s = this.joined;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = s.lastIndexOf('|', mid - 1) + 1;
      let end = s.indexOf('|', start);
      if (end < 0) end = s.length;
      const order = compareAt(s, start, end, name);
      if (order === 0) return true;
      if (order < 0) lo = end + 1;
      else hi = start;
    }
    return false;
  }
}

/** The order of `s.slice(start, end)` against `name` by UTF-16 code units, as `<` orders strings, without the slice. */
function compareAt(s: string, start: number, end: number, name: string): number {
  const length = Math.min(end - start, name.length);
  for (let k = 0; k < length; k++) {
    const d = s.charCodeAt(start + k) - name.charCodeAt(k);
    if (d !== 0) return d;
  }
  return end - start - name.length;
}
