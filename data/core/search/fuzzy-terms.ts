import { pastPrefix, type SortedStrings } from './sorted-strings'

/**
 * The terms within `maxDistance` edits (Levenshtein: insert, delete, substitute) of `query`, with
 * their distance: what MiniSearch's SearchableMap.fuzzyGet finds, computed on the sorted term list
 * instead of a radix tree. Sorted terms share prefixes with their neighbours, so the rows of the
 * edit-distance matrix for a shared prefix are kept from one term to the next, and a prefix whose
 * row already exceeds the distance skips every term that starts with it. No tree is built: the
 * first typo of a session costs as little as the next.
 */
export function fuzzyTerms(terms: SortedStrings, query: string, maxDistance: number): Map<number, number> {
  const found = new Map<number, number>()
  const n = query.length
  const width = n + 1
  // Row i is the distance of the term's first i characters to every prefix of the query; no row
  // past n + maxDistance + 1 can hold a match (its minimum is at least i − n).
  const depth = n + maxDistance + 1
  const rows = new Uint16Array((depth + 1) * width)
  for (let j = 0; j <= n; j++) rows[j] = j
  let previous = ''
  /** Rows 0..valid hold the prefixes of `previous`. */
  let valid = 0
  let id = 0
  while (id < terms.size) {
    const term = terms.get(id)
    let row = Math.min(valid, commonPrefixLength(previous, term))
    let pruned = false
    while (row < term.length && row < depth) {
      row++
      const char = term.charCodeAt(row - 1)
      const at = row * width
      const above = at - width
      rows[at] = row
      let least = row
      for (let j = 1; j <= n; j++) {
        const substitute = (rows[above + j - 1] ?? 0) + (query.charCodeAt(j - 1) === char ? 0 : 1)
        const remove = (rows[above + j] ?? 0) + 1
        const insert = (rows[at + j - 1] ?? 0) + 1
        const distance = Math.min(substitute, remove, insert)
        rows[at + j] = distance
        if (distance < least) least = distance
      }
      if (least > maxDistance) {
        pruned = true
        break
      }
    }
    previous = term
    if (pruned) {
      // No term starting with these `row` characters can come within reach: skip them all.
      valid = row - 1
      id = Math.max(id + 1, pastPrefix(terms, term.slice(0, row)))
      continue
    }
    valid = row
    const distance = rows[row * width + n] ?? maxDistance + 1
    if (row === term.length && distance <= maxDistance) found.set(id, distance)
    id++
  }
  return found
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length)
  let at = 0
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++
  return at
}
