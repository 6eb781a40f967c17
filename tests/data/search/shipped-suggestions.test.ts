import { beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../../data/core/catalog'
import type { Suggestion } from '../../../data/core/api-contract'
import { foldedWords } from '../../../data/core/search/phrase'
import { openShippedCatalog } from '../../helpers/pack'

let catalog: Catalog

beforeAll(async () => {
  catalog = await openShippedCatalog()
})

function namesOf(suggestion: Suggestion): string[] {
  if (suggestion.kind === 'source') return [catalog.getSource(suggestion.id).title]
  const entry = catalog.getEntry(suggestion.id)
  return [entry.title, ...entry.aliases, entry.nameEn ?? '', entry.nameZh ?? '']
}

/** Every typed word is a word of the name, the last one possibly unfinished (folded, as typed). */
function holdsTypedWords(name: string, typed: string): boolean {
  const words = foldedWords(name).split(' ')
  const wanted = foldedWords(typed).split(' ')
  return wanted.every((word, at) =>
    at === wanted.length - 1 ? words.some((candidate) => candidate.startsWith(word)) : words.includes(word),
  )
}

describe('suggestions over the shipped pack', () => {
  it.each(['xqzvwk', 'xqzvwk blorp', 'xqzvwk bl', 'blorp', 'gia nhập'])('offers nothing for %j', (typed) => {
    expect(catalog.suggest({ prefix: typed })).toEqual([])
  })

  it.each(['gia', 'hoa k', 'APE', 'bui thanh s', 'thai binh', 'viet nam', 'Úc', 'bl'])(
    'offers for %j only names that hold every typed word',
    (typed) => {
      const suggestions = catalog.suggest({ prefix: typed })
      expect(suggestions.length).toBeGreaterThan(0)
      for (const suggestion of suggestions) {
        expect(
          namesOf(suggestion).some((name) => holdsTypedWords(name, typed)),
          `${typed} → ${suggestion.title}`,
        ).toBe(true)
      }
    },
  )

  it('offers no "closest titles" for nonsense, and still does for a typo', () => {
    for (const query of ['xqzvwk', 'xqzvwk blorp', 'blorp']) {
      const results = catalog.search({ query })
      expect(results.counts, query).toEqual({ entries: 0, passages: 0, paragraphs: 0 })
      expect(results.closest, query).toEqual([])
    }
    expect(catalog.search({ query: 'vietnamxqzw' }).closest.map((title) => title.id)).toContain('viet-nam')
  })
})
