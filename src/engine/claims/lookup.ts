/**
 * A word table without a prototype, so that looking up "constructor" or "toString" finds nothing: article text
 * reaches these tables as keys.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
