/**
 * Prefix lookups in a list sorted by code unit: every string starting with a prefix sits in one
 * run, found with two binary searches, with no tree to walk and no iterator to allocate.
 */

/** The first position whose string is not below `key`. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] ?? '') < key) low = middle + 1
    else high = middle
  }
  return low
}

/** [start, end) of the strings that start with `prefix`. */
export function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  const start = lowerBound(sorted, prefix)
  let low = start
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] ?? '').startsWith(prefix)) low = middle + 1
    else high = middle
  }
  return [start, low]
}

/** Position of `key`, or -1. */
export function indexOfSorted(sorted: readonly string[], key: string): number {
  const at = lowerBound(sorted, key)
  return sorted[at] === key ? at : -1
}
