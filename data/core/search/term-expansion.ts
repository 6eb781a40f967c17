import { fuzzyTerms } from './fuzzy-terms'
import type { PostingLists } from './postings'
import { SEARCH_FIELDS, type SearchField } from './search-options'
import { indexOfSorted, prefixRange } from './sorted-strings'
import type { ParsedQuery, QueryWord } from './tokenize'

/**
 * A parsed query as postings to read: each word becomes the terms it matches (as typed, as a
 * prefix, within a typo), in which fields, with what weight. Weights are MiniSearch's, so a
 * prefix or typo match counts less than the word as typed.
 */

/** One term's postings in some fields, scored at `weight`. */
export interface Lookup {
  term: number
  weight: number
  fields: readonly number[]
}

/**
 * What MiniSearch calls a query term: the word's exact form and its folded form are two when the
 * word has marks, one when it has none. The number a document matches multiplies its score, so
 * "Lào" prefers documents holding it with its marks.
 */
export interface SourceTerm {
  lookups: Lookup[]
}

/**
 * A query word, or all Han terms together: AND needs every group, any of its source terms. Words
 * that fold alike ("biển bien") are one group: every exact field has its folded twin, so they match
 * the same documents, and one group keeps each source term counted once. (So an unfinished last
 * word completes an earlier word that folds like it too: "da đà…" is "da…".)
 */
export interface QueryGroup {
  sources: SourceTerm[]
  /** Postings to read, to evaluate the cheapest group first. */
  cost: number
}

export interface FieldSets {
  exact: readonly SearchField[]
  folded: readonly SearchField[]
  han: readonly SearchField[]
}

export interface Expansion {
  /** Expand the last word as a prefix: search as you type. */
  prefixLast: boolean
  /**
   * A shorter last word is completed only by `completions`: in search, "s" would read the most
   * frequent "s…" words of a large pack, a fifth of its postings, to rank pages by a letter.
   */
  prefixMinLength?: number
  /** Forgive typos in words of FUZZY_MIN_LENGTH characters or more. */
  fuzzy: boolean
  /**
   * Completions of the last word (folded) to read whatever their frequency: those that finish an
   * entry's name ("bui thanh s" → "son"), so the entry named like the query is always found.
   */
  completions?: readonly string[]
}

const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
/** Terms this short match too much by edit distance ("lao" ~ "lai", "lan"...) to be worth it. */
const FUZZY_MIN_LENGTH = 5
/** Past this, edit distance 6 reaches nearly every term and only costs time (a pasted word). */
const FUZZY_MAX_LENGTH = 32
const FUZZY_SHARE = 0.2
const MAX_FUZZY_DISTANCE = 6
/**
 * A short prefix matches a thousand terms in a large pack. The most frequent in the fields
 * searched are what a user means ("thanh", "thu"...), and are taken until their postings reach
 * half the number of documents (at least MIN_EXPANSION_POSTINGS, so small packs are never cut
 * short), or MAX_PREFIX_TERMS terms: a keystroke reads a bounded share of the index. Typo
 * tolerance is bounded the same way.
 */
const MAX_PREFIX_TERMS = 64
const MAX_FUZZY_TERMS = 32
const EXPANSION_POSTINGS_PER_DOCUMENT = 0.5
const MIN_EXPANSION_POSTINGS = 20_000

const fieldIds = (fields: readonly SearchField[]): number[] =>
  fields.map((field) => SEARCH_FIELDS.indexOf(field))

export function queryGroups(
  index: PostingLists,
  parsed: ParsedQuery,
  fieldSets: FieldSets,
  expansion: Expansion,
): QueryGroup[] {
  const exact = fieldIds(fieldSets.exact)
  const foldedFields = fieldIds(fieldSets.folded)
  const groups: QueryGroup[] = []
  const byFolded = new Map<string, QueryWord[]>()
  for (const word of parsed.words) {
    const same = byFolded.get(word.folded)
    if (same) same.push(word)
    else byFolded.set(word.folded, [word])
  }
  const last = parsed.words[parsed.words.length - 1]?.folded
  for (const [folded, words] of byFolded) {
    const completion: Completion | null =
      expansion.prefixLast && folded === last
        ? {
            frequent: folded.length >= (expansion.prefixMinLength ?? 1),
            named: expansion.completions ?? [],
          }
        : null
    const exactForms = [...new Set(words.map((word) => word.exact))]
    const fields = { exact, folded: foldedFields }
    groups.push(wordGroup(index, folded, exactForms, fields, completion, expansion.fuzzy))
  }
  if (parsed.han.length > 0) {
    const han = fieldIds(fieldSets.han)
    const sources = parsed.han.map((term) => ({ lookups: exactLookup(index, term, han) }))
    groups.push(group(index, sources))
  }
  return groups
}

/** How the last word is completed: into its most frequent completions, and into `named`. */
interface Completion {
  frequent: boolean
  /** Folded completions read whatever their frequency (Expansion.completions). */
  named: readonly string[]
}

function wordGroup(
  index: PostingLists,
  folded: string,
  exactForms: readonly string[],
  fields: { exact: readonly number[]; folded: readonly number[] },
  completion: Completion | null,
  fuzzy: boolean,
): QueryGroup {
  const tolerant = fuzzy && folded.length >= FUZZY_MIN_LENGTH && folded.length <= FUZZY_MAX_LENGTH
  const foldedLookups = termLookups(index, folded, fields.folded, completion, tolerant)
  const exactCompletion = completion && { frequent: completion.frequent, named: [] }
  const sources: SourceTerm[] = []
  let foldedCounted = false
  for (const exact of exactForms) {
    const lookups = termLookups(index, exact, fields.exact, exactCompletion, false)
    // Typed without marks, the word is one query term in both kinds of field.
    if (exact === folded) {
      sources.push({ lookups: [...lookups, ...foldedLookups] })
      foldedCounted = true
    } else sources.push({ lookups })
  }
  if (!foldedCounted) sources.push({ lookups: foldedLookups })
  return group(index, sources)
}

function group(index: PostingLists, sources: SourceTerm[]): QueryGroup {
  let cost = 0
  for (const source of sources) {
    for (const lookup of source.lookups) cost += postingCount(index, lookup.term, lookup.fields)
  }
  return { sources, cost }
}

function exactLookup(index: PostingLists, term: string, fields: readonly number[]): Lookup[] {
  const id = indexOfSorted(index.terms, term)
  return id >= 0 && fields.length > 0 && postingCount(index, id, fields) > 0
    ? [{ term: id, weight: 1, fields }]
    : []
}

/** The term as typed, then its completions and near misses, each at MiniSearch's weight. */
function termLookups(
  index: PostingLists,
  term: string,
  fields: readonly number[],
  completion: Completion | null,
  fuzzy: boolean,
): Lookup[] {
  if (fields.length === 0) return []
  const lookups = exactLookup(index, term, fields)
  const prefix = completion !== null
  const [start, end] = prefix ? prefixRange(index.terms, term) : [0, 0]
  if (completion !== null) {
    const completions: number[] = []
    const keep = new Set<number>()
    for (let id = start; id < end; id++) {
      const completed = index.terms.get(id)
      if (completed === term || postingCount(index, id, fields) === 0) continue
      completions.push(id)
      if (completion.named.includes(completed)) keep.add(id)
    }
    const limit = completion.frequent ? MAX_PREFIX_TERMS : 0
    for (const id of mostFrequent(index, completions, fields, limit, keep)) {
      const length = index.terms.get(id).length
      const weight = (PREFIX_WEIGHT * length) / (length + 0.3 * (length - term.length))
      lookups.push({ term: id, weight, fields })
    }
  }
  if (fuzzy) {
    const maxDistance = Math.min(MAX_FUZZY_DISTANCE, Math.round(term.length * FUZZY_SHARE))
    const distances = new Map<number, number>()
    for (const [id, distance] of fuzzyTerms(index.terms, term, maxDistance)) {
      // A completion is scored as one, as MiniSearch does: never twice.
      const isCompletion = prefix && id >= start && id < end
      if (distance > 0 && !isCompletion && postingCount(index, id, fields) > 0)
        distances.set(id, distance)
    }
    const nearMisses = [...distances.keys()]
    for (const id of mostFrequent(index, nearMisses, fields, MAX_FUZZY_TERMS, new Set())) {
      const length = index.terms.get(id).length
      const weight = (FUZZY_WEIGHT * length) / (length + (distances.get(id) ?? 0))
      lookups.push({ term: id, weight, fields })
    }
  }
  return lookups
}

/**
 * The terms found in the most documents, at most `limit` and within the postings budget (at least
 * one), plus `keep`; in term order, so results do not depend on how ties were sorted.
 */
function mostFrequent(
  index: PostingLists,
  ids: readonly number[],
  fields: readonly number[],
  limit: number,
  keep: ReadonlySet<number>,
): number[] {
  if (limit === 0) return [...keep].sort((a, b) => a - b)
  const counts = Float64Array.from(ids, (id) => postingCount(index, id, fields))
  const budget = Math.max(
    MIN_EXPANSION_POSTINGS,
    index.documents.count * EXPANSION_POSTINGS_PER_DOCUMENT,
  )
  const chosen = new Set(keep)
  const order = Uint32Array.from(ids.keys()).sort(
    (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || (ids[a] ?? 0) - (ids[b] ?? 0),
  )
  let postings = 0
  for (const at of order) {
    const id = ids[at] ?? 0
    if (chosen.has(id)) continue
    const count = counts[at] ?? 0
    if (chosen.size >= limit || (chosen.size > 0 && postings + count > budget)) break
    chosen.add(id)
    postings += count
  }
  return [...chosen].sort((a, b) => a - b)
}

export function postingCount(index: PostingLists, term: number, fields: readonly number[]): number {
  return index.terms.postingCount(term, fields)
}
