/**
 * Inverted index from a 30-bit hash to the (document, position) pairs where it occurs, stored as packed numbers.
 * Lists stop growing at `cap`: a key seen that often is boilerplate or a stock phrase, and only its count matters.
 *
 * The keys live in an open-addressing table of typed arrays rather than a Map: at 10k articles there are millions
 * of keys, most with one posting, and a Map spends about 30 bytes a slot plus a 16-byte boxed number for each
 * packed posting past 2^31 (any document numbered 512 or more), against 12 bytes a slot here.
 */
export class Postings {
  /** Keys by slot: EMPTY, DELETED or a key (30 bits, so never negative). */
  private keys = new Int32Array(MIN_CAPACITY).fill(EMPTY);
  /** A slot's postings: one packed posting (>= 0), or -(i + 1) for `lists[i]`. */
  private values = new Float64Array(MIN_CAPACITY);
  /** Keys present, and slots taken by keys or by deleted marks (which still lengthen probes). */
  private live = 0;
  private used = 0;
  // Most keys occur once, so a list is made only for a second posting; freed lists leave holes reused first.
  private readonly lists: Array<number[] | undefined> = [];
  private readonly freeLists: number[] = [];
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
    const slot = this.find(key);
    if (slot < 0) {
      this.insert(key, packed);
      return;
    }
    const v = this.values[slot];
    if (v >= 0) this.values[slot] = -(this.newList([v, packed]) + 1);
    else {
      const list = this.lists[-v - 1]!;
      if (list.length < this.cap) list.push(packed);
      else this.overflow.set(key, (this.overflow.get(key) ?? 0) + 1);
    }
  }

  /** Removes one occurrence of `key` in `doc` (call once per occurrence added); unlisted ones only lower the count. */
  remove(key: number, doc: number): void {
    const slot = this.find(key);
    const v = slot < 0 ? -1 : this.values[slot];
    if (v >= 0 && Postings.doc(v) === doc) {
      this.keys[slot] = DELETED;
      this.live--;
      return;
    }
    const list = v < 0 && slot >= 0 ? this.lists[-v - 1]! : undefined;
    const at = list ? list.findIndex((p) => Postings.doc(p) === doc) : -1;
    if (at < 0) {
      // Not listed: it was one of the occurrences past the cap.
      const extra = this.overflow.get(key);
      if (extra !== undefined) {
        if (extra <= 1) this.overflow.delete(key);
        else this.overflow.set(key, extra - 1);
      }
      return;
    }
    list!.splice(at, 1);
    if (list!.length === 1) {
      this.values[slot] = list![0];
      this.lists[-v - 1] = undefined;
      this.freeLists.push(-v - 1);
    }
  }

  /** Occurrences of the key, including those past the cap. */
  count(key: number): number {
    const slot = this.find(key);
    const listed = slot < 0 ? 0 : this.values[slot] >= 0 ? 1 : this.lists[-this.values[slot] - 1]!.length;
    return listed + (this.overflow.get(key) ?? 0);
  }

  /** The listed postings of a key (at most `cap`). */
  get(key: number): number | readonly number[] | undefined {
    const slot = this.find(key);
    if (slot < 0) return undefined;
    const v = this.values[slot];
    return v >= 0 ? v : this.lists[-v - 1];
  }

  get size(): number {
    return this.live;
  }

  /** The key's slot, or -1. Keys are hashes already, so their low bits pick the first slot. */
  private find(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const k = this.keys[slot];
      if (k === key) return slot;
      if (k === EMPTY) return -1;
    }
  }

  private insert(key: number, value: number): void {
    // Past 3/4 full (deleted marks included) probes grow long: grow, or just sweep the marks when they are many.
    if ((this.used + 1) * 4 > this.keys.length * 3) this.rehash(this.live * 2 >= this.used ? this.keys.length * 2 : this.keys.length);
    const mask = this.keys.length - 1;
    let slot = key & mask;
    while (this.keys[slot] >= 0) slot = (slot + 1) & mask;
    if (this.keys[slot] === EMPTY) this.used++;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.live++;
  }

  private rehash(capacity: number): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(capacity).fill(EMPTY);
    this.values = new Float64Array(capacity);
    this.live = 0;
    this.used = 0;
    for (let s = 0; s < keys.length; s++) if (keys[s] >= 0) this.insert(keys[s], values[s]);
  }

  private newList(list: number[]): number {
    const i = this.freeLists.pop();
    if (i === undefined) return this.lists.push(list) - 1;
    this.lists[i] = list;
    return i;
  }
}

// Word positions up to 4M per document; document numbers stay well below 2^31, so packing stays exact.
const POS_SPAN = 1 << 22;
const EMPTY = -1;
const DELETED = -2;
const MIN_CAPACITY = 1024;
