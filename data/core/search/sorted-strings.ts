/**
 * Prefix lookups in a list sorted by code unit: every string starting with a prefix sits in one
 * run, found with two binary searches, with no tree to walk and no iterator to allocate. The list
 * is read through `get` (the index's terms stay joined strings, string-column.ts); a list that
 * knows a faster way to find a key (the term dictionary reads one block) offers `lowerBound`.
 */
export interface SortedStrings {
  readonly size: number
  get(index: number): string
  lowerBound?(key: string): number
}

/**
 * Above every string that starts with a prefix and below every other string above the prefix:
 * U+FFFF is a noncharacter, never part of a word.
 */
const PAST_PREFIX = '\uffff'

/** The first position whose string is not below `key`. */
export function lowerBound(sorted: SortedStrings, key: string): number {
  if (sorted.lowerBound) return sorted.lowerBound(key)
  let low = 0
  let high = sorted.size
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted.get(middle) < key) low = middle + 1
    else high = middle
  }
  return low
}

/** Where the strings starting with `prefix` end: the first position past them. */
export function pastPrefix(sorted: SortedStrings, prefix: string): number {
  return lowerBound(sorted, `${prefix}${PAST_PREFIX}`)
}

/** [start, end) of the strings that start with `prefix`. */
export function prefixRange(sorted: SortedStrings, prefix: string): [number, number] {
  const start = lowerBound(sorted, prefix)
  return [start, Math.max(start, pastPrefix(sorted, prefix))]
}

/** Position of `key`, or -1. */
export function indexOfSorted(sorted: SortedStrings, key: string): number {
  const at = lowerBound(sorted, key)
  return at < sorted.size && sorted.get(at) === key ? at : -1
}
