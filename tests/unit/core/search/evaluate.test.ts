import { describe, expect, it } from 'vitest'
import { evaluate, type Combine } from '../../../../data/core/search/evaluate'
import { foldVietnamese } from '../../../../data/core/search/fold'
import { search } from '../../../../data/core/search/search'
import { createSearchIndex } from '../../../../data/core/search/search-index'
import {
  EXACT_FIELDS,
  FOLDED_FIELDS,
  HAN_FIELDS,
} from '../../../../data/core/search/search-options'
import { queryGroups, type Expansion } from '../../../../data/core/search/term-expansion'
import { parseQuery, type ParsedQuery } from '../../../../data/core/search/tokenize'
import { MORE_PASSAGES } from '../../../../data/core/search/source-groups'
import { collect, type Ranked } from '../../../../data/core/search/top-documents'
import { BruteForce, generateCorpus, mergeByFold, SYLLABLES } from './generated-corpus'
import { seededRandom } from '../../../helpers/seeded-random'

/**
 * Property tests over a generated corpus: whatever the query, the typed-array evaluator must find,
 * count and order exactly what BM25 computed the slow way finds, counts and orders.
 */
const documents = generateCorpus(20171110, 400)
const index = createSearchIndex(documents)
const reference = new BruteForce(documents)
const FIELD_SETS = { exact: EXACT_FIELDS, folded: FOLDED_FIELDS, han: HAN_FIELDS }
const AS_TYPED: Expansion = { prefixLast: false, fuzzy: false }

/** 1 to 3 distinct syllables, each typed with its marks or without. */
function randomQueries(seed: number, count: number): ParsedQuery[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, () => {
    const words = new Set<string>()
    const length = 1 + Math.floor(random() * 3)
    while (words.size < length) {
      const syllable = SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? 'lao'
      words.add(random() < 0.5 ? syllable : foldVietnamese(syllable))
    }
    return parseQuery([...words].join(' '))
  })
}

function evaluated(parsed: ParsedQuery, combine: Combine, depth: number, expansion = AS_TYPED) {
  const groups = queryGroups(index, parsed, FIELD_SETS, expansion)
  return evaluate(index, groups, combine, (matches) =>
    collect(matches, index.stored, {}, depth, combine === 'or'),
  )
}

interface Expected {
  doc: number
  score: number
  words: number
}

/** Brute force: every document scored, kept by `keep`, sorted in full. */
function bruteForce(parsed: ParsedQuery, keep: (item: Expected) => boolean): Expected[] {
  return documents
    .map((_, doc) => ({ doc, ...reference.score(doc, parsed.words) }))
    .filter(keep)
    .sort((a, b) => b.words - a.words || b.score - a.score || a.doc - b.doc)
}

const kindOf = (doc: number) => documents[doc]?.kind
const sourceOf = (doc: number) => documents[doc]?.sourceId

/**
 * Passages grouped by source in a full sort: each source once, at its best passage, with the
 * passages that follow it in the same source (a passage without a source is its own group).
 */
function bySource(passages: readonly Expected[]): { best: Expected; others: Expected[] }[] {
  const groups = new Map<string, { best: Expected; others: Expected[] }>()
  for (const item of passages) {
    const key = sourceOf(item.doc) ?? `#${item.doc}`
    const group = groups.get(key)
    if (group) group.others.push(item)
    else groups.set(key, { best: item, others: [] })
  }
  return [...groups.values()]
}
/** Words that fold alike are one word. */
const wordCount = (parsed: ParsedQuery) => mergeByFold(parsed.words).size

/**
 * Same documents in the same order; scores equal to 1e-9. Documents whose scores tie (to that
 * precision) may come in either order, since the two sides add the same terms in another order.
 */
function expectSameRanking(
  actual: readonly Ranked[],
  expected: readonly Expected[],
  byWords = false,
): void {
  expect(actual.map((item) => item.doc).sort((a, b) => a - b)).toEqual(
    expected.map((item) => item.doc).sort((a, b) => a - b),
  )
  const key = (item: { score: number; words: number }) =>
    `${byWords ? item.words : '-'}:${item.score.toPrecision(9)}`
  expect(actual.map(key)).toEqual(expected.map(key))
}

describe('the evaluator against brute-force BM25', () => {
  const queries = randomQueries(1, 150)

  it('finds, counts and orders the documents holding every word as a full sort would (AND)', () => {
    let nonEmpty = 0
    for (const parsed of queries) {
      const expected = bruteForce(parsed, (item) => item.words === wordCount(parsed))
      const found = evaluated(parsed, 'and', documents.length)
      const expectedEntries = expected.filter((item) => kindOf(item.doc) === 'entry')
      const expectedPassages = expected.filter((item) => kindOf(item.doc) === 'passage')
      const expectedSources = bySource(expectedPassages)
      expect(found.counts).toEqual({
        entries: expectedEntries.length,
        passages: expectedSources.length,
        paragraphs: expectedPassages.length,
      })
      expectSameRanking(found.entries, expectedEntries)
      expectSameRanking(found.passages, expectedSources.map((group) => group.best))
      found.passages.forEach((hit, at) => {
        const group = expectedSources[at]
        expect(hit.otherCount).toBe(group?.others.length)
        expectSameRanking(hit.others ?? [], group?.others.slice(0, MORE_PASSAGES) ?? [])
      })
      if (expected.length > 0) nonEmpty++
    }
    // The property means little if most queries matched nothing.
    expect(nonEmpty).toBeGreaterThan(queries.length / 2)
  })

  it('keeps exactly the first N of that order in its top-N heap', () => {
    for (const parsed of queries) {
      const full = evaluated(parsed, 'and', documents.length)
      const top = evaluated(parsed, 'and', 10)
      expect(top.entries).toEqual(full.entries.slice(0, 10))
      expect(top.passages).toEqual(full.passages.slice(0, 10))
      expect(top.counts).toEqual(full.counts)
    }
  })

  it('ranks by words matched, then score, when any word will do (OR)', () => {
    for (const parsed of queries) {
      const expected = bruteForce(parsed, (item) => item.words > 0)
      const found = evaluated(parsed, 'or', documents.length)
      const expectedEntries = expected.filter((item) => kindOf(item.doc) === 'entry')
      const expectedPassages = expected.filter((item) => kindOf(item.doc) === 'passage')
      expectSameRanking(found.entries, expectedEntries, true)
      expectSameRanking(found.passages, bySource(expectedPassages).map((group) => group.best), true)
    }
  })

  it('counts every document with a word starting with the last one typed (prefix)', () => {
    for (const parsed of randomQueries(2, 80)) {
      const last = parsed.words[parsed.words.length - 1]
      if (last === undefined) continue
      const prefix = { ...last, exact: last.exact.slice(0, 2), folded: last.folded.slice(0, 2) }
      // An earlier word that folds like the prefix is completed with it (one word): not this case.
      if (parsed.words.some((word) => word.folded === prefix.folded)) continue
      const typed = { words: [...parsed.words.slice(0, -1), prefix], han: [] }
      const expected = documents.filter(
        (_, doc) =>
          reference.score(doc, typed.words.slice(0, -1)).words ===
            wordCount({ words: typed.words.slice(0, -1), han: [] }) &&
          reference.hasPrefix(doc, prefix),
      )
      const found = evaluated(typed, 'and', 10, { prefixLast: true, fuzzy: false })
      expect(found.counts.entries + found.counts.paragraphs).toBe(expected.length)
    }
  })

  it('reports the same counts through search() as the brute force finds', () => {
    for (const parsed of queries.slice(0, 40)) {
      const expected = bruteForce(parsed, (item) => item.words === wordCount(parsed))
      if (expected.length === 0) continue
      const query = parsed.words.map((word) => word.exact).join(' ')
      const passages = expected.filter((item) => kindOf(item.doc) === 'passage')
      expect(search(index, query, { limit: 5 }).counts).toEqual({
        entries: expected.filter((item) => kindOf(item.doc) === 'entry').length,
        passages: bySource(passages).length,
        paragraphs: passages.length,
      })
    }
  })
})
