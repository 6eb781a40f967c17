import type { SearchIndex } from './compact-index'
import { evaluate, type Combine } from './evaluate'
import { RERANK_DEPTH, rerank, wholeNameEntries } from './rerank'
import { understandQuery } from './query-understanding'
import { questionSubject, subjectFirst } from './question-subject'
import { EXACT_FIELDS, FOLDED_FIELDS, HAN_FIELDS } from './search-options'
import { snippet, type Snippet } from './snippet'
import { queryGroups, type Expansion, type FieldSets, type QueryGroup } from './term-expansion'
import { clampLimit, parseQuery, type ParsedQuery } from './tokenize'
import { collect, passes, type Collected, type DocumentFilter, type Ranked } from './top-documents'

export { suggest, type Suggestion } from './suggest'

export interface SearchFilters {
  /** Entry type; when set, only entries of that type are returned (passages have no type). */
  type?: string
  /** Inclusive year range; when either bound is set, documents without a year are left out. */
  yearFrom?: number
  yearTo?: number
  /** Hits per group (entries, passages); 1 to 100, default 20. */
  limit?: number
  /** Hits skipped at the head of each group, for the next page ("Xem thêm"); default 0. */
  offset?: number
  /**
   * The entry a question is about, to rank first (the entry the answer comes from); when absent,
   * the longest entry name in a question is (question-subject.ts).
   */
  subject?: string | null
}

export interface SearchHit {
  kind: 'entry' | 'passage'
  id: string
  title: string
  type: string | null
  year: number | null
  sourceId: string | null
  paragraph: number | null
  score: number
  snippet: Snippet
}

export interface SearchResults {
  /** The entry the question is about, ranked first; null when the query is not a question. */
  subject: string | null
  entries: SearchHit[]
  passages: SearchHit[]
  /** Matches per group before the limit, for the counts beside the filters. */
  counts: { entries: number; passages: number }
}

const DEFAULT_LIMIT = 20
const SNIPPET_LENGTH = 160

const SEARCH_FIELD_SETS: FieldSets = { exact: EXACT_FIELDS, folded: FOLDED_FIELDS, han: HAN_FIELDS }
/**
 * In search (not suggestions) a last word of one letter is completed only into entry names: "h"
 * would rank a quarter of a large pack by the words that start with it.
 */
const SEARCH_PREFIX_MIN_LENGTH = 2
/** The words as typed: a word found as typed needs neither completion nor typo tolerance. */
const AS_TYPED: Expansion = { prefixLast: false, fuzzy: false }
const TYPO_TOLERANT: Expansion = { prefixLast: false, fuzzy: true }

const EMPTY_RESULTS: SearchResults = {
  subject: null,
  entries: [],
  passages: [],
  counts: { entries: 0, passages: 0 },
}

export function search(
  index: SearchIndex,
  query: string,
  filters: SearchFilters = {},
): SearchResults {
  // Hook 1, query understanding: question and function words are optional, only the rest must match.
  const question = understandQuery(query)
  const parsed = parseQuery(question.content)
  if (parsed.words.length === 0 && parsed.han.length === 0) return EMPTY_RESULTS
  const limit = clampLimit(filters.limit, DEFAULT_LIMIT)
  const offset = clampOffset(filters.offset)
  const filter = documentFilter(index, filters)
  // The order does not depend on how deep the collection goes (the re-ranked head is always the
  // same RERANK_DEPTH), so page two continues page one without repeats or gaps.
  const found = findDocuments(index, parsed, filter, offset + limit)
  const toHit = (item: Ranked) => hit(index, item, parsed)
  const page = (ranked: Ranked[]) => ranked.slice(offset, offset + limit).map(toHit)
  // Hook 2, subject recognition: the entry the question is about ranks first.
  const subject = questionSubject(index, question, filters.subject)
  const entries = subjectFirst(rerank(found.entries, found.named, index.stored, parsed), subject, index, filter)
  return {
    subject: subject === null ? null : index.stored.id(subject),
    entries: page(entries.ranked),
    passages: page(rerank(found.passages, [], index.stored, parsed)),
    counts: { ...found.counts, entries: found.counts.entries + entries.added },
  }
}

/** A whole number of hits to skip, 0 when unusable. */
function clampOffset(offset: number | undefined): number {
  return offset === undefined || !Number.isFinite(offset) ? 0 : Math.max(0, Math.floor(offset))
}

interface Found extends Collected {
  /** Entries named exactly like the query, with their scores, for the re-ranker. */
  named: Ranked[]
}

/**
 * The words as typed, ANDed; if no document has them all, the last word completed and typos
 * forgiven, ANDed; if still none, any word, more words first. Filters count: a stage whose matches
 * the filters all remove counts as finding nothing.
 */
function findDocuments(
  index: SearchIndex,
  parsed: ParsedQuery,
  filter: DocumentFilter,
  /** Hits wanted per group, counting the skipped ones. */
  depth: number,
): Found {
  const named = wholeNameEntries(index, parsed)
  // Search as you type (the last word completed) and typo tolerance on longer words.
  const tolerantExpansion: Expansion = {
    prefixLast: true,
    prefixMinLength: SEARCH_PREFIX_MIN_LENGTH,
    fuzzy: true,
    completions: named.completions,
  }
  const run = (groups: readonly QueryGroup[], combine: Combine): Found =>
    evaluate(index, groups, combine, (matches) => {
      const collected = collect(
        matches,
        index.stored,
        filter,
        Math.max(depth, RERANK_DEPTH),
        combine === 'or',
      )
      const scored = named.docs
        .filter((doc) => matches.isMatch(doc) && passes(index.stored, doc, filter))
        .map((doc) => ({
          doc,
          score: matches.score(doc),
          words: combine === 'or' ? matches.words(doc) : 0,
          tier: 0,
        }))
      return { ...collected, named: scored }
    })
  const typed = queryGroups(index, parsed, SEARCH_FIELD_SETS, AS_TYPED)
  const exact = run(typed, 'and')
  if (total(exact) > 0) return exact
  const tolerant = queryGroups(index, parsed, SEARCH_FIELD_SETS, tolerantExpansion)
  if (lookupCount(tolerant) > lookupCount(typed)) {
    const expanded = run(tolerant, 'and')
    if (total(expanded) > 0) return expanded
  }
  // A last word too short to complete is still being typed ("hoi nghi c"): the words before it,
  // ANDed, beat any one word of all.
  const last = parsed.words[parsed.words.length - 1]
  if (last !== undefined && last.folded.length < SEARCH_PREFIX_MIN_LENGTH && tolerant.length > 1) {
    const before = { words: parsed.words.slice(0, -1), han: parsed.han }
    const typedSoFar = run(queryGroups(index, before, SEARCH_FIELD_SETS, TYPO_TOLERANT), 'and')
    if (total(typedSoFar) > 0) return typedSoFar
  }
  return tolerant.length > 1 ? run(tolerant, 'or') : exact
}

const total = (found: Collected) => found.counts.entries + found.counts.passages

function lookupCount(groups: readonly QueryGroup[]): number {
  let count = 0
  for (const group of groups) for (const source of group.sources) count += source.lookups.length
  return count
}

function documentFilter(index: SearchIndex, filters: SearchFilters): DocumentFilter {
  return {
    ...(filters.type === undefined ? {} : { typeRef: index.stored.typeRef(filters.type) }),
    ...(filters.yearFrom === undefined ? {} : { yearFrom: filters.yearFrom }),
    ...(filters.yearTo === undefined ? {} : { yearTo: filters.yearTo }),
  }
}

function hit(index: SearchIndex, item: Ranked, parsed: ParsedQuery): SearchHit {
  const { stored } = index
  const doc = item.doc
  return {
    kind: stored.kind(doc),
    id: stored.id(doc),
    title: stored.title(doc),
    type: stored.type(doc),
    year: stored.year(doc),
    sourceId: stored.sourceId(doc),
    paragraph: stored.paragraph(doc),
    score: item.score,
    snippet: snippet(stored.text(doc), parsed, SNIPPET_LENGTH),
  }
}
