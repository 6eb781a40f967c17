import { foldVietnamese, normalizeExact } from './fold'
import { MAX_QUERY_CHARS } from './query-limit'

/**
 * One tokenizer for the index and the query, so both sides agree on what a term is. Words are
 * runs of letters, marks and digits (marks included so NFD input never splits a syllable); Han
 * runs become dictionary words plus overlapping bigrams, because the dictionary splits
 * 亚太经合组织 and 亚太经济合作组织 differently while their bigrams (亚太, 组织...) still meet.
 */

/** Words kept from a query; Han bigrams derived from kept words do not count. */
export const MAX_QUERY_TERMS = 20
/** Results asked for per group (hits, suggestions). */
const MAX_LIMIT = 100

// Alternation keeps Han and non-Han letters in separate runs, so "APEC亚太" gives "APEC" and "亚太".
const WORD_OR_HAN_RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+)/gu

export interface Token {
  text: string
  han: boolean
}

let segmenter: Intl.Segmenter | null | undefined

function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    // Intl.Segmenter is in every engine we ship to; the fallback (bigrams only) keeps an odd
    // runtime searching instead of crashing.
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('zh', { granularity: 'word' })
        : null
  }
  return segmenter
}

/**
 * Dictionary words of a Han run, then its bigrams (or the single character), without repeats.
 * One-character dictionary words of a longer run are dropped: the bigrams already cover them, and
 * alone (经, 合) they match nearly every Chinese text.
 */
export function hanTerms(run: string): string[] {
  const chars = Array.from(run)
  const terms = new Set<string>()
  const words = zhSegmenter()
  if (words) {
    for (const part of words.segment(run)) {
      if (part.isWordLike && (chars.length === 1 || Array.from(part.segment).length > 1))
        terms.add(part.segment)
    }
  }
  if (chars.length === 1) terms.add(run)
  for (let i = 0; i + 1 < chars.length; i++) terms.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`)
  return [...terms]
}

/** Raw word and Han runs, in order, before any folding. */
export function splitRuns(text: string): Token[] {
  const runs: Token[] = []
  for (const match of text.matchAll(WORD_OR_HAN_RUN)) {
    if (match[1] !== undefined) runs.push({ text: match[1], han: true })
    else runs.push({ text: match[0], han: false })
  }
  return runs
}

/**
 * Han runs are folded (traditional to simplified) before they are split, on both sides: the
 * dictionary then splits 亞太經合組織 as it splits 亚太经合组织, and their terms meet.
 */
function foldedHanTerms(run: string): string[] {
  return hanTerms(foldVietnamese(run))
}

/** Index-side tokenizer (MiniSearch `tokenize`): every word, every Han term. */
export function tokenizeForIndex(text: string): string[] {
  const terms: string[] = []
  for (const run of splitRuns(text.normalize('NFC'))) {
    if (run.han) terms.push(...foldedHanTerms(run.text))
    else terms.push(run.text)
  }
  return terms
}

/**
 * Applies the input limits to a raw query: NFC, at most MAX_QUERY_CHARS code points and
 * MAX_QUERY_TERMS runs. Slicing a bounded prefix first keeps a megabyte paste cheap.
 */
export function limitQuery(query: string): Token[] {
  const bounded = Array.from(query.slice(0, MAX_QUERY_CHARS * 4).normalize('NFC'))
    .slice(0, MAX_QUERY_CHARS)
    .join('')
  return splitRuns(bounded).slice(0, MAX_QUERY_TERMS)
}

/** A requested number of results as a whole number from 1 to MAX_LIMIT; `fallback` when unusable. */
export function clampLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)))
}

/** A query word in both forms: exact (marks kept) for exact fields, folded for the rest. */
export interface QueryWord {
  exact: string
  folded: string
}

export interface ParsedQuery {
  words: QueryWord[]
  /** Han dictionary words and bigrams of every Han run, folded to simplified, without repeats. */
  han: string[]
}

/** The query as search and snippets see it; empty when the input holds no letters or digits. */
export function parseQuery(query: string): ParsedQuery {
  const words: QueryWord[] = []
  const han = new Set<string>()
  for (const run of limitQuery(query)) {
    if (run.han) {
      for (const term of foldedHanTerms(run.text)) han.add(term)
      continue
    }
    const folded = foldVietnamese(run.text)
    if (folded !== '') words.push({ exact: normalizeExact(run.text), folded })
  }
  return { words, han: [...han] }
}
