/**
 * A sorted list of lower-case names joined by '|', searched in place. Building a Set of ~190k names would cost
 * tens of milliseconds at every start; a binary search over the string costs nothing to load.
 */
export class NameList {
  constructor(private readonly joined: string) {}

  has(name: string): boolean {
    const s = this.joined;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = s.lastIndexOf('|', mid - 1) + 1;
      let end = s.indexOf('|', start);
      if (end < 0) end = s.length;
      const entry = s.slice(start, end);
      if (entry === name) return true;
      if (entry < name) lo = end + 1;
      else hi = start;
    }
    return false;
  }
}
