/**
 * Inverted index from a 30-bit hash to the (document, position) pairs where it occurs, stored as packed numbers.
 * Lists stop growing at `cap`: a key seen that often is boilerplate or a stock phrase, and only its count matters.
 */
export class Postings {
  // Most keys occur once, so a single packed posting is stored inline rather than in an array.
  private readonly lists = new Map<number, number | number[]>();
  private readonly overflow = new Map<number, number>();

  constructor(private readonly cap: number) {}

  static pack(doc: number, pos: number): number {
    return doc * POS_SPAN + pos;
  }

  static doc(packed: number): number {
    return Math.floor(packed / POS_SPAN);
  }

  static pos(packed: number): number {
    return packed % POS_SPAN;
  }

  add(key: number, doc: number, pos: number): void {
    const packed = Postings.pack(doc, pos);
    const list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, packed);
    else if (typeof list === 'number') this.lists.set(key, [list, packed]);
    else if (list.length < this.cap) list.push(packed);
    else this.overflow.set(key, (this.overflow.get(key) ?? 0) + 1);
  }

  /** Removes one occurrence of `key` in `doc` (call once per occurrence added); unlisted ones only lower the count. */
  remove(key: number, doc: number): void {
    const list = this.lists.get(key);
    if (typeof list === 'number' && Postings.doc(list) === doc) {
      this.lists.delete(key);
      return;
    }
    const at = Array.isArray(list) ? list.findIndex((p) => Postings.doc(p) === doc) : -1;
    if (at < 0) {
      // Not listed: it was one of the occurrences past the cap.
      const extra = this.overflow.get(key);
      if (extra !== undefined) {
        if (extra <= 1) this.overflow.delete(key);
        else this.overflow.set(key, extra - 1);
      }
      return;
    }
    const listed = list as number[];
    listed.splice(at, 1);
    if (listed.length === 1) this.lists.set(key, listed[0]);
  }

  /** Occurrences of the key, including those past the cap. */
  count(key: number): number {
    const list = this.lists.get(key);
    const listed = list === undefined ? 0 : typeof list === 'number' ? 1 : list.length;
    return listed + (this.overflow.get(key) ?? 0);
  }

  /** The listed postings of a key (at most `cap`). */
  get(key: number): number | readonly number[] | undefined {
    return this.lists.get(key);
  }

  get size(): number {
    return this.lists.size;
  }
}

// Word positions up to 4M per document; document numbers stay well below 2^31, so packing stays exact.
const POS_SPAN = 1 << 22;
