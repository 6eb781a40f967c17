import { seededRandom } from '../helpers/seeded-random'
import type { DictDocument } from './dict-corpus'

/** The queries both sides answer: headwords (precision@1 is judged on them) and words from definitions. */
export interface BenchQuery {
  text: string
  /** For a headword query, the title a right first hit has (any definition of that headword). */
  headword: string | null
}

/** What one side measured over the queries. */
export interface SideResult {
  searchP50: number
  searchP95: number
  /** Share of headword queries whose first hit is that headword. */
  precisionAt1: number
  headwordHits: number
  headwords: number
  /** Mean number of different documents among the first 10 hits, over queries with a hit. */
  distinctTop10: number
  /** Share of queries with 10 hits or more whose first 10 hits are 10 different documents. */
  allDistinctShare: number
  /** Resident memory once every query was answered (VmRSS), the process still running. */
  rssAfterMB: number
  /** The most it held on the way (VmHWM). */
  rssPeakMB: number
}

const WORD = /^[A-Za-z][a-z]{3,}$/

/**
 * `count` queries, half of them headwords (a plain word, as a reader would type it), half two
 * neighbouring words from a definition. Seeded: the same corpus gives the same queries.
 */
export function benchQueries(documents: readonly DictDocument[], count: number, seed: number): BenchQuery[] {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const headwords = documents.filter((document) => WORD.test(document.title))
  const queries: BenchQuery[] = []
  while (queries.length < count) {
    if (queries.length % 2 === 0) {
      const { title } = pick(headwords)
      queries.push({ text: title.toLowerCase(), headword: title })
      continue
    }
    const words = pick(pick(documents).paragraphs).split(/[^A-Za-z]+/).filter((word) => word.length >= 4)
    if (words.length < 2) continue
    const at = Math.floor(random() * (words.length - 1))
    queries.push({ text: `${words[at]} ${words[at + 1]}`.toLowerCase(), headword: null })
  }
  return queries
}

/** Counts, over every query's first 10 hits (document ids), what SideResult reports about them. */
export function distinctness(tops: readonly (readonly string[])[]): Pick<SideResult, 'distinctTop10' | 'allDistinctShare'> {
  let distinct = 0
  let withHits = 0
  let full = 0
  let fullDistinct = 0
  for (const top of tops) {
    const ids = top.slice(0, 10)
    if (ids.length === 0) continue
    withHits++
    const count = new Set(ids).size
    distinct += count
    if (ids.length === 10) {
      full++
      if (count === 10) fullDistinct++
    }
  }
  return { distinctTop10: withHits === 0 ? Number.NaN : distinct / withHits, allDistinctShare: full === 0 ? Number.NaN : fullDistinct / full }
}
