import { isMatchMask, qualityOf, wordsOf, type Matches } from './evaluate'
import type { Ranked } from './ranking'
import { TopHeap } from './ranking'
import { sourceGroups } from './source-groups'
import { KIND_ENTRY, KIND_PASSAGE, NO_NUMBER, type StoredFields } from './stored-fields'

export { byRank, isBetter, type Ranked } from './ranking'

// Module-local copies for the per-document loop: compiled to CommonJS (tsx, the bench), an
// imported binding is a getter call on every use.
const ENTRY = KIND_ENTRY
const PASSAGE = KIND_PASSAGE
const NONE = NO_NUMBER
const matchMask = isMatchMask
const quality = qualityOf
const wordCount = wordsOf

/** Filters as per-document checks on typed arrays. */
export interface DocumentFilter {
  /** Entries of this type only; -1 when no document has the type (nothing passes). */
  typeRef?: number
  yearFrom?: number
  yearTo?: number
}

export interface Collected {
  /** The best `depth` of each group, best first: entries, and source documents by their best passage. */
  entries: Ranked[]
  passages: Ranked[]
  /**
   * Every match passing the filters: entries, source documents with a matching passage (one hit
   * each), and the matching passages themselves.
   */
  counts: { entries: number; passages: number; paragraphs: number }
}

/**
 * One pass over the matches: counts per group, the best `depth` entries kept in a small heap
 * instead of sorting every match, and passages grouped by source (source-groups.ts) so that a
 * document with many matching paragraphs is one hit, not the whole first page. `byWords` ranks by
 * query words matched first (the OR fallback).
 */
export function collect(
  matches: Matches,
  stored: StoredFields,
  filter: DocumentFilter,
  depth: number,
  byWords: boolean,
): Collected {
  const entries = new TopHeap(depth)
  const sources = sourceGroups(stored)
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
      sources.offer(doc, score, words)
    } else {
      entryCount++
      entries.offer(doc, score, words)
    }
  }
  const documentCount = sources.count
  const rescore = (doc: number) => {
    const mask = masks[doc] ?? 0
    if (!matchMask(mask, required) || (filtering && !passes(stored, doc, filter))) return null
    return { score: (scores[doc] ?? 0) * quality(mask), words: byWords ? wordCount(mask) : 0 }
  }
  const passages = sources.best(new TopHeap(depth), rescore, candidates, matches.candidateCount)
  return {
    entries: entries.sorted(),
    passages,
    counts: { entries: entryCount, passages: documentCount, paragraphs: passageCount },
  }
}

export function passes(stored: StoredFields, doc: number, filter: DocumentFilter): boolean {
  if (filter.typeRef !== undefined) {
    if (stored.kinds[doc] !== ENTRY || stored.typeRefs[doc] !== filter.typeRef) return false
  }
  if (filter.yearFrom === undefined && filter.yearTo === undefined) return true
  const year = stored.yearOf(doc)
  if (year === NONE) return false
  return (
    (filter.yearFrom === undefined || year >= filter.yearFrom) &&
    (filter.yearTo === undefined || year <= filter.yearTo)
  )
}
