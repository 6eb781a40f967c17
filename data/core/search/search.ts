import type { Query, SearchOptions, SearchResult } from 'minisearch'
import { foldVietnamese, normalizeExact } from './fold'
import type { SearchIndex } from './search-index'
import {
  EXACT_FIELDS,
  FOLDED_FIELDS,
  HAN_FIELDS,
  SUGGEST_EXACT_FIELDS,
  SUGGEST_FOLDED_FIELDS,
  type SearchField,
} from './search-options'
import { snippet, type Snippet } from './snippet'
import { parseQuery, splitRuns, type ParsedQuery, type QueryWord } from './tokenize'

export interface SearchFilters {
  /** Entry type; when set, only entries of that type are returned (passages have no type). */
  type?: string
  /** Inclusive year range; when either bound is set, documents without a year are left out. */
  yearFrom?: number
  yearTo?: number
  /** Hits per group (entries, passages); 1 to 100, default 20. */
  limit?: number
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
  entries: SearchHit[]
  passages: SearchHit[]
  /** Matches per group before the limit, for the counts beside the filters. */
  counts: { entries: number; passages: number }
}

export interface Suggestion {
  id: string
  title: string
  type: string | null
  /** The title or alias the prefix matched ("Úc" for Ô-xtrây-li-a), to show beside the title. */
  label: string
}

/** Terms this short match too much by edit distance ("lao" ~ "lai", "lan"...) to be worth it. */
const FUZZY_MIN_LENGTH = 5
const FUZZY = 0.2
/** Only the best results are re-ranked: enough to reorder what a user sees, cheap per keystroke. */
const RERANK_DEPTH = 50
const DEFAULT_LIMIT = 20
const MAX_LIMIT = 100
const SNIPPET_LENGTH = 160

const PHRASE_IN_NAME = 2
const PHRASE_IN_TEXT = 1.5
const WHOLE_NAME = 2
const EXACT_TONE_IN_TEXT = 1.3

const EMPTY_RESULTS: SearchResults = {
  entries: [],
  passages: [],
  counts: { entries: 0, passages: 0 },
}

/**
 * Each word is an OR of its exact form in the exact fields and its folded form in the folded
 * fields; words are ANDed. Prefix on the last word serves search-as-you-type; fuzzy only on long
 * words. Han terms form one OR group, since bigrams of a paraphrase overlap only in part.
 */
function buildQuery(
  parsed: ParsedQuery,
  combineWith: 'AND' | 'OR',
  fields: FieldSets,
  fuzzy: boolean,
): Query {
  const groups: Query[] = parsed.words.map((word, index) =>
    wordQuery(word, index === parsed.words.length - 1, fields, fuzzy),
  )
  if (parsed.han.length > 0) {
    groups.push({
      queries: parsed.han,
      fields: [...fields.han],
      combineWith: 'OR',
      prefix: false,
      fuzzy: false,
    })
  }
  return { queries: groups, combineWith }
}

interface FieldSets {
  exact: readonly SearchField[]
  folded: readonly SearchField[]
  han: readonly SearchField[]
}

const SEARCH_FIELD_SETS: FieldSets = { exact: EXACT_FIELDS, folded: FOLDED_FIELDS, han: HAN_FIELDS }
const SUGGEST_FIELD_SETS: FieldSets = {
  exact: SUGGEST_EXACT_FIELDS,
  folded: SUGGEST_FOLDED_FIELDS,
  han: SUGGEST_FOLDED_FIELDS,
}

function wordQuery(word: QueryWord, last: boolean, fields: FieldSets, fuzzy: boolean): Query {
  const fuzziness = fuzzy && word.folded.length >= FUZZY_MIN_LENGTH ? FUZZY : false
  return {
    combineWith: 'OR',
    queries: [
      { queries: [word.exact], fields: [...fields.exact], prefix: last, fuzzy: false },
      { queries: [word.folded], fields: [...fields.folded], prefix: last, fuzzy: fuzziness },
    ],
  }
}

/** AND first; if no document has every word, OR, so one stray word does not empty the page. */
function run(
  index: SearchIndex,
  parsed: ParsedQuery,
  fields: FieldSets,
  fuzzy: boolean,
  options: SearchOptions,
): SearchResult[] {
  const all = index.engine.search(buildQuery(parsed, 'AND', fields, fuzzy), options)
  if (all.length > 0 || parsed.words.length + (parsed.han.length > 0 ? 1 : 0) < 2) return all
  return index.engine.search(buildQuery(parsed, 'OR', fields, fuzzy), options)
}

export function search(
  index: SearchIndex,
  query: string,
  filters: SearchFilters = {},
): SearchResults {
  const parsed = parseQuery(query)
  if (parsed.words.length === 0 && parsed.han.length === 0) return EMPTY_RESULTS
  const limit = clampLimit(filters.limit)
  const results = run(index, parsed, SEARCH_FIELD_SETS, true, {
    filter: (result) => passesFilters(result, filters),
  })
  const entries = results.filter((result) => result.kind === 'entry')
  const passages = results.filter((result) => result.kind === 'passage')
  return {
    entries: rerank(entries, parsed)
      .slice(0, limit)
      .map((result) => toHit(result, parsed)),
    passages: rerank(passages, parsed)
      .slice(0, limit)
      .map((result) => toHit(result, parsed)),
    counts: { entries: entries.length, passages: passages.length },
  }
}

/** Entry titles, aliases and names (acronyms are aliases) that start like what the user typed. */
export function suggest(index: SearchIndex, prefix: string, limit = 8): Suggestion[] {
  const parsed = parseQuery(prefix)
  if (parsed.words.length === 0 && parsed.han.length === 0) return []
  const results = run(index, parsed, SUGGEST_FIELD_SETS, false, {
    filter: (result) => result.kind === 'entry',
  })
  const typed = parsed.words.map((word) => word.folded).join(' ')
  const ranked = results.slice(0, RERANK_DEPTH).map((result) => {
    const title = stringField(result, 'title') ?? ''
    const names = [title, ...stringArrayField(result, 'aliases')]
    let best = { label: title, weight: 1 }
    for (const name of names) {
      const folded = foldedWords(name)
      if (typed === '' || !folded.startsWith(typed)) continue
      // A name that starts with what was typed wins, the more of it typed the better: "APE" is
      // closer to "APEC" than to "APEC Việt Nam 2017".
      const weight = (name === title ? 3 : 2.5) * (1 + (2 * typed.length) / folded.length)
      if (weight > best.weight) best = { label: name, weight }
    }
    return { result, score: result.score * best.weight, label: best.label }
  })
  ranked.sort((a, b) => b.score - a.score)
  return ranked.slice(0, clampLimit(limit, 8)).map(({ result, label }) => ({
    id: stringField(result, 'id') ?? '',
    title: stringField(result, 'title') ?? '',
    type: stringField(result, 'type'),
    label,
  }))
}

/**
 * Proximity by re-ranking: MiniSearch scores words independently, so the top results are checked
 * for the whole folded phrase ("thai binh duong") appearing contiguously, and for the marked form
 * in the text when the user typed marks.
 */
function rerank(results: SearchResult[], parsed: ParsedQuery): SearchResult[] {
  const head = results.slice(0, RERANK_DEPTH)
  const phrase = parsed.words.map((word) => word.folded).join(' ')
  const exactPhrase = parsed.words.map((word) => word.exact).join(' ')
  const marked = exactPhrase !== phrase
  const rescored = head.map((result) => {
    let factor = 1
    const title = stringField(result, 'title') ?? ''
    const text = stringField(result, 'text') ?? ''
    if (phrase !== '') {
      const names = [
        title,
        ...stringArrayField(result, 'aliases'),
        stringField(result, 'nameEn') ?? '',
      ]
      const foldedNames = names.map(foldedWords)
      factor *= nameFactor(foldedNames, phrase)
      if (parsed.words.length > 1) {
        if (foldedNames.some((name) => containsPhrase(name, phrase))) factor *= PHRASE_IN_NAME
        else if (containsPhrase(foldedWords(text), phrase)) factor *= PHRASE_IN_TEXT
      }
      if (marked && containsPhrase(exactWords(text), exactPhrase)) factor *= EXACT_TONE_IN_TEXT
    }
    return { ...result, score: result.score * factor }
  })
  rescored.sort((a, b) => b.score - a.score)
  return [...rescored, ...results.slice(RERANK_DEPTH)]
}

/**
 * A title or alias that is exactly the query ("Úc", "Hoa Kỳ") is what the user means; one that
 * starts with it gains by how much of it was typed, so "APE" prefers "APEC" to "APEC Việt Nam 2017".
 */
function nameFactor(foldedNames: readonly string[], phrase: string): number {
  let factor = 1
  for (const name of foldedNames) {
    if (name === phrase) return WHOLE_NAME
    if (name.startsWith(phrase)) factor = Math.max(factor, 1 + phrase.length / name.length)
  }
  return factor
}

/** Word-aligned containment; the phrase's last word may be a prefix, as it is while typing. */
function containsPhrase(words: string, phrase: string): boolean {
  return ` ${words}`.includes(` ${phrase}`)
}

function foldedWords(text: string): string {
  return splitRuns(foldVietnamese(text))
    .map((run) => run.text)
    .join(' ')
}

function exactWords(text: string): string {
  return splitRuns(normalizeExact(text))
    .map((run) => run.text)
    .join(' ')
}

function passesFilters(result: SearchResult, filters: SearchFilters): boolean {
  if (filters.type !== undefined && (result.kind !== 'entry' || result.type !== filters.type))
    return false
  if (filters.yearFrom === undefined && filters.yearTo === undefined) return true
  const year = typeof result.year === 'number' ? result.year : null
  if (year === null) return false
  return (
    (filters.yearFrom === undefined || year >= filters.yearFrom) &&
    (filters.yearTo === undefined || year <= filters.yearTo)
  )
}

function toHit(result: SearchResult, parsed: ParsedQuery): SearchHit {
  return {
    kind: result.kind === 'passage' ? 'passage' : 'entry',
    id: stringField(result, 'id') ?? '',
    title: stringField(result, 'title') ?? '',
    type: stringField(result, 'type'),
    year: numberField(result, 'year'),
    sourceId: stringField(result, 'sourceId'),
    paragraph: numberField(result, 'paragraph'),
    score: result.score,
    snippet: snippet(stringField(result, 'text') ?? '', parsed, SNIPPET_LENGTH),
  }
}

function clampLimit(limit: number | undefined, fallback = DEFAULT_LIMIT): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)))
}

// Stored fields come back untyped from MiniSearch; these read them without trusting them.
function stringField(result: SearchResult, name: string): string | null {
  const value: unknown = result[name]
  return typeof value === 'string' ? value : null
}

function numberField(result: SearchResult, name: string): number | null {
  const value: unknown = result[name]
  return typeof value === 'number' ? value : null
}

function stringArrayField(result: SearchResult, name: string): string[] {
  const value: unknown = result[name]
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : []
}
