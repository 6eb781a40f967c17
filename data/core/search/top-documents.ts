import { isMatchMask, qualityOf, wordsOf, type Matches } from './evaluate'
import { KIND_ENTRY, KIND_PASSAGE, NO_NUMBER, type StoredFields } from './stored-fields'

// Module-local copies for the per-document loop: compiled to CommonJS (tsx, the bench), an
// imported binding is a getter call on every use.
const ENTRY = KIND_ENTRY
const PASSAGE = KIND_PASSAGE
const NONE = NO_NUMBER
const matchMask = isMatchMask
const quality = qualityOf
const wordCount = wordsOf

/** A matching document with its score and the number of query words it holds. */
export interface Ranked {
  doc: number
  score: number
  words: number
  /** Set by the re-ranker: 2 when a name is the query, 1 when it completes it, else 0. */
  tier: number
}

/** Filters as per-document checks on typed arrays. */
export interface DocumentFilter {
  /** Entries of this type only; -1 when no document has the type (nothing passes). */
  typeRef?: number
  yearFrom?: number
  yearTo?: number
}

export interface Collected {
  /** The best `depth` of each group, best first. */
  entries: Ranked[]
  passages: Ranked[]
  /** Every match passing the filters, per group. */
  counts: { entries: number; passages: number }
}

/** More words first, then the name tier, then higher score, then index order: the same every run. */
export function isBetter(a: Ranked, b: Ranked): boolean {
  if (a.words !== b.words) return a.words > b.words
  if (a.tier !== b.tier) return a.tier > b.tier
  if (a.score !== b.score) return a.score > b.score
  return a.doc < b.doc
}

/** Comparator for sort: best first. */
export function byRank(a: Ranked, b: Ranked): number {
  return isBetter(a, b) ? -1 : isBetter(b, a) ? 1 : 0
}

/** isBetter for a document not yet ranked (tier 0), without allocating it. */
function outranks(doc: number, score: number, words: number, other: Ranked): boolean {
  if (words !== other.words) return words > other.words
  if (other.tier !== 0) return false
  if (score !== other.score) return score > other.score
  return doc < other.doc
}

/**
 * One pass over the matches: counts per group, and the best `depth` of each kept in a small heap
 * instead of sorting every match. `byWords` ranks by query words matched first (the OR fallback).
 */
export function collect(
  matches: Matches,
  stored: StoredFields,
  filter: DocumentFilter,
  depth: number,
  byWords: boolean,
): Collected {
  const entries = new TopHeap(depth)
  const passages = new TopHeap(depth)
  let entryCount = 0
  let passageCount = 0
  const { masks, scores, required, candidates } = matches
  const kinds = stored.kinds
  const filtering =
    filter.typeRef !== undefined || filter.yearFrom !== undefined || filter.yearTo !== undefined
  for (let i = 0; i < matches.candidateCount; i++) {
    const doc = candidates[i] ?? 0
    const mask = masks[doc] ?? 0
    if (!matchMask(mask, required)) continue
    if (filtering && !passes(stored, doc, filter)) continue
    const score = (scores[doc] ?? 0) * quality(mask)
    const words = byWords ? wordCount(mask) : 0
    if (kinds[doc] === PASSAGE) {
      passageCount++
      passages.offer(doc, score, words)
    } else {
      entryCount++
      entries.offer(doc, score, words)
    }
  }
  return {
    entries: entries.sorted(),
    passages: passages.sorted(),
    counts: { entries: entryCount, passages: passageCount },
  }
}

export function passes(stored: StoredFields, doc: number, filter: DocumentFilter): boolean {
  if (filter.typeRef !== undefined) {
    if (stored.kinds[doc] !== ENTRY || stored.typeRefs[doc] !== filter.typeRef) return false
  }
  if (filter.yearFrom === undefined && filter.yearTo === undefined) return true
  const year = stored.years[doc] ?? NONE
  if (year === NONE) return false
  return (
    (filter.yearFrom === undefined || year >= filter.yearFrom) &&
    (filter.yearTo === undefined || year <= filter.yearTo)
  )
}

/** A min-heap of the best `capacity` offered: the worst kept sits at the root, ready to drop. */
class TopHeap {
  private readonly items: Ranked[] = []

  constructor(private readonly capacity: number) {}

  /** Allocates only for what is kept: most of a common word's matches are turned away here. */
  offer(doc: number, score: number, words: number): void {
    const items = this.items
    if (items.length < this.capacity) {
      items.push({ doc, score, words, tier: 0 })
      this.up(items.length - 1)
      return
    }
    const worst = items[0]
    if (worst === undefined || !outranks(doc, score, words, worst)) return
    items[0] = { doc, score, words, tier: 0 }
    this.down(0)
  }

  sorted(): Ranked[] {
    return [...this.items].sort(byRank)
  }

  private up(at: number): void {
    const items = this.items
    let child = at
    while (child > 0) {
      const parent = (child - 1) >> 1
      const above = items[parent]
      const below = items[child]
      if (above === undefined || below === undefined || !isBetter(above, below)) return
      items[parent] = below
      items[child] = above
      child = parent
    }
  }

  private down(at: number): void {
    const items = this.items
    let parent = at
    for (;;) {
      let worst = parent
      for (let child = 2 * parent + 1; child <= 2 * parent + 2; child++) {
        const candidate = items[child]
        const current = items[worst]
        if (candidate !== undefined && current !== undefined && isBetter(current, candidate))
          worst = child
      }
      if (worst === parent) return
      const moved = items[parent]
      const other = items[worst]
      if (moved === undefined || other === undefined) return
      items[parent] = other
      items[worst] = moved
      parent = worst
    }
  }
}
