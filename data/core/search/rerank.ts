import type { SearchIndex } from './compact-index'
import { foldCharacters, normalizeExact } from './fold'
import { containsPhrase, foldedWords } from './phrase'
import { prefixRange } from './sorted-strings'
import type { StoredFields } from './stored-fields'
import type { ParsedQuery } from './tokenize'
import { byRank, type Ranked } from './top-documents'

/**
 * BM25 scores words independently; the best results are then checked for what it cannot see: the
 * whole folded phrase ("thai binh duong") appearing contiguously, the marked form in the text when
 * the user typed marks, and a title or alias that is the query itself (nameTier).
 */

/** Only the best results are re-ranked: enough to reorder what a user sees, cheap per keystroke. */
export const RERANK_DEPTH = 50
/** Whole-name candidates looked up beside the best results, at most. */
const MAX_NAMED = 64

const PHRASE_IN_NAME = 2
const PHRASE_IN_TEXT = 1.5
const WHOLE_NAME = 2
const EXACT_TONE_IN_TEXT = 1.3

/** Entries named like the query, and the last words that complete their names. */
export interface NamedEntries {
  docs: number[]
  /** Folded: "son" for "bui thanh s" and Bùi Thanh Sơn. */
  completions: string[]
}

/**
 * Entries whose title or alias is the query ("apec", "hoa ky"), or is the query with its last word
 * completed ("ape" → "APEC"). Dozens of "APEC 20xx" entries outscore the APEC entry on raw BM25,
 * far past the re-ranked head, so these are found directly in the sorted names and re-ranked
 * whatever their raw score.
 */
export function wholeNameEntries(index: SearchIndex, parsed: ParsedQuery): NamedEntries {
  const phrase = parsed.words.map((word) => word.folded).join(' ')
  const named: NamedEntries = { docs: [], completions: [] }
  if (phrase === '') return named
  const entries = index.entryNames()
  const [start, end] = prefixRange(entries.names, phrase)
  const lastWordAt = phrase.lastIndexOf(' ') + 1
  for (let at = start; at < end && named.docs.length < MAX_NAMED; at++) {
    const name = entries.names.get(at)
    // Same number of words: the last one may be unfinished, none may be missing (nameTier).
    if (name.includes(' ', phrase.length)) continue
    const doc = entries.docs[at] ?? 0
    if (!named.docs.includes(doc)) named.docs.push(doc)
    const completion = name.slice(lastWordAt)
    if (!named.completions.includes(completion)) named.completions.push(completion)
  }
  return named
}

/**
 * The first RERANK_DEPTH of `ranked`, plus `named` (whole-name matches not among them), rescored
 * and reordered; the rest follow unchanged.
 */
export function rerank(
  ranked: readonly Ranked[],
  named: readonly Ranked[],
  stored: StoredFields,
  parsed: ParsedQuery,
): Ranked[] {
  const headDocs = new Set(ranked.slice(0, RERANK_DEPTH).map((item) => item.doc))
  const extra = named.filter((item) => !headDocs.has(item.doc))
  const extraDocs = new Set(extra.map((item) => item.doc))
  const head = [...ranked.slice(0, RERANK_DEPTH), ...extra]
  const tail = ranked.slice(RERANK_DEPTH).filter((item) => !extraDocs.has(item.doc))
  const foldedPhrase = parsed.words.map((word) => word.folded)
  const exactPhrase = parsed.words.map((word) => word.exact)
  const phrase = foldedPhrase.join(' ')
  const marked = exactPhrase.join(' ') !== phrase
  // Passages of one source share its title: fold it once per call, not once per passage.
  const folded = new Map<string, string>()
  const fold = (name: string) => {
    let words = folded.get(name)
    if (words === undefined) {
      words = foldedWords(name)
      folded.set(name, words)
    }
    return words
  }
  const rescored = head.map((item): Ranked => {
    if (phrase === '') return item
    const doc = item.doc
    const names = [stored.title(doc), ...stored.aliasList(doc)].map(fold)
    const foldedNames = [...names, fold(stored.nameEn(doc))]
    let factor = nameFactor(foldedNames, phrase)
    if (foldedPhrase.length > 1) {
      if (foldedNames.some((name) => containsPhrase(name, foldedPhrase))) factor *= PHRASE_IN_NAME
      else if (containsPhrase(foldCharacters(stored.text(doc)), foldedPhrase))
        factor *= PHRASE_IN_TEXT
    }
    if (marked && containsPhrase(normalizeExact(stored.text(doc)), exactPhrase))
      factor *= EXACT_TONE_IN_TEXT
    return { ...item, score: item.score * factor, tier: nameTier(names, phrase) }
  })
  rescored.sort(byRank)
  return [...rescored, ...tail]
}

/**
 * A title or alias that is the query ("APEC", "Úc") is what the user means, whatever BM25 says of
 * its text: tier 2, ranked above every other match. One the query completes by finishing its last
 * word ("APE" → "APEC", "bui thanh s" → "Bùi Thanh Sơn") is tier 1. Both folded, as typed words.
 */
export function nameTier(foldedNames: readonly string[], phrase: string): number {
  let tier = 0
  for (const name of foldedNames) {
    if (name === phrase) return 2
    if (name.startsWith(phrase) && !name.includes(' ', phrase.length)) tier = 1
  }
  return tier
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
