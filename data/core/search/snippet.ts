import { foldAligned, foldWithOffsets } from './fold'
import { parseQuery, type ParsedQuery } from './tokenize'

/** A piece of the original text with the query's matches marked as [start, end) offsets into `text`. */
export interface Snippet {
  text: string
  highlights: [number, number][]
}

const ELLIPSIS = '…'
/**
 * What continues a word, as the tokenizer reads it (tokenize.ts): a letter, mark or digit of any
 * script but Han. A Han character ends a Latin word: "APEC首届" holds the word "APEC".
 */
const WORD_CHAR = /^(?!\p{Script=Han})[\p{L}\p{M}\p{N}]$/u
const SPACE = /\s/u
// Bounds keep a pathological text (one letter repeated for a megabyte) from costing more than a
// glance: a snippet never shows more than a few dozen matches anyway.
const MAX_MATCHES_PER_TERM = 64
const LEAD_IN_SHARE = 0.25

interface Match {
  start: number
  end: number
  term: number
}

/**
 * Matching runs on the folded text with indexOf, never a RegExp built from input, and maps the
 * folded positions back, so "da nang" highlights "Đà Nẵng" with its marks intact.
 */
export function snippet(text: string, query: string | ParsedQuery, maxLength = 160): Snippet {
  const parsed = typeof query === 'string' ? parseQuery(query) : query
  // Most paragraphs fold one character to one: positions then need no table.
  const aligned = foldAligned(text)
  const { folded, offsets } =
    aligned === null ? foldWithOffsets(text) : { folded: aligned, offsets: null }
  const original = (at: number, fallback: number) =>
    offsets === null ? at : (offsets[at] ?? fallback)
  const matches = mergeMatches(findMatches(folded, parsed))
  const length = Math.max(16, Math.floor(maxLength))
  const [start, end] = chooseWindow(folded, matches, length)
  const originalStart = original(start, 0)
  const originalEnd = original(end, text.length)
  const prefix = originalStart > 0 ? ELLIPSIS : ''
  const suffix = originalEnd < text.length ? ELLIPSIS : ''
  const highlights: [number, number][] = []
  for (const match of matches) {
    if (match.start < start || match.end > end) continue
    const from = original(match.start, 0) - originalStart + prefix.length
    const to = original(match.end, text.length) - originalStart + prefix.length
    highlights.push([from, to])
  }
  return { text: `${prefix}${text.slice(originalStart, originalEnd)}${suffix}`, highlights }
}

/**
 * Words match whole, as the index does ("an" does not light up inside "nang"); the last word may
 * be a prefix, as in search-as-you-type. Han terms match anywhere.
 */
function findMatches(folded: string, query: ParsedQuery): Match[] {
  const lastWord = query.words[query.words.length - 1]?.folded
  const needles = [...new Set(query.words.map((word) => word.folded))].map((needle) => ({
    needle,
    whole: true,
    prefix: needle === lastWord,
  }))
  needles.push(...query.han.map((needle) => ({ needle, whole: false, prefix: true })))
  const matches: Match[] = []
  needles.forEach(({ needle, whole, prefix }, term) => {
    let found = 0
    let from = folded.indexOf(needle)
    while (from >= 0 && found < MAX_MATCHES_PER_TERM) {
      const end = from + needle.length
      const startsWord = from === 0 || !WORD_CHAR.test(folded[from - 1] ?? '')
      const endsWord = end === folded.length || !WORD_CHAR.test(folded[end] ?? '')
      if (!whole || (startsWord && (prefix || endsWord))) {
        matches.push({ start: from, end, term })
        found++
      }
      from = folded.indexOf(needle, from + 1)
    }
  })
  return matches
}

/** Overlapping matches (a bigram inside a longer Han word) become one highlight. */
function mergeMatches(matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Match[] = []
  for (const match of sorted) {
    const last = merged[merged.length - 1]
    if (last && match.start <= last.end) last.end = Math.max(last.end, match.end)
    else merged.push({ ...match })
  }
  return merged
}

/** The window holding the most distinct terms, opened a little before its first match. */
function chooseWindow(folded: string, matches: readonly Match[], length: number): [number, number] {
  if (folded.length <= length) return [0, folded.length]
  let anchor = 0
  let bestTerms = -1
  for (let i = 0; i < matches.length; i++) {
    const first = matches[i]
    if (!first) continue
    const terms = new Set<number>()
    for (let j = i; j < matches.length; j++) {
      const match = matches[j]
      if (!match || match.end > first.start + length) break
      terms.add(match.term)
    }
    if (terms.size > bestTerms) {
      bestTerms = terms.size
      anchor = first.start
    }
  }
  let start = matches.length === 0 ? 0 : Math.max(0, anchor - Math.floor(length * LEAD_IN_SHARE))
  // Start after a space inside the lead-in, so the snippet does not open mid-word.
  if (start > 0) {
    for (let i = start; i < anchor; i++) {
      if (SPACE.test(folded[i - 1] ?? '')) {
        start = i
        break
      }
    }
  }
  let end = Math.min(folded.length, start + length)
  if (end < folded.length) {
    for (let i = end; i > start + length / 2; i--) {
      if (SPACE.test(folded[i] ?? '')) {
        end = i
        break
      }
    }
  }
  return [start, end]
}
