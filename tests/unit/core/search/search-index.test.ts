import { describe, expect, it } from 'vitest'
import { CatalogError } from '../../../../data/core/error-codes'
import { search, suggest } from '../../../../data/core/search/search'
import {
  buildSearchIndex,
  createSearchIndex,
  loadSearchIndex,
} from '../../../../data/core/search/search-index'
import { SEARCH_INDEX_VERSION } from '../../../../data/core/search/search-options'
import { SEARCH_CORPUS } from './search-corpus'

describe('buildSearchIndex and loadSearchIndex', () => {
  it('gives byte-identical output for the same documents', () => {
    expect(buildSearchIndex(SEARCH_CORPUS)).toBe(buildSearchIndex(SEARCH_CORPUS))
  })

  it('answers after a round trip exactly as the index built in memory', () => {
    const loaded = loadSearchIndex(buildSearchIndex(SEARCH_CORPUS))
    const fresh = createSearchIndex(SEARCH_CORPUS)
    for (const query of ['Đà Nẵng', 'uc', 'thai binh duong', '亚太经合组织', 'singapor', 'APE']) {
      expect(search(loaded, query)).toEqual(search(fresh, query))
    }
    expect(suggest(loaded, 'ab')).toEqual(suggest(fresh, 'ab'))
  })

  it('keeps an entry and a passage that share an id apart', () => {
    const index = createSearchIndex([
      { id: 'x', kind: 'entry', title: 'Hà Nội', aliases: [], text: 'Thủ đô.' },
      { id: 'x', kind: 'passage', title: 'Nguồn', aliases: [], text: 'Hà Nội năm 2006.' },
    ])
    const results = search(index, 'ha noi')
    expect(results.entries.map((hit) => hit.id)).toEqual(['x'])
    expect(results.passages.map((hit) => hit.id)).toEqual(['x'])
  })

  it.each([
    ['not JSON', '{', 'pack-corrupt'],
    ['a foreign shape', '{"documentCount":3}', 'pack-corrupt'],
    [
      'another version',
      JSON.stringify({ searchIndexVersion: SEARCH_INDEX_VERSION + 1, index: {} }),
      'pack-schema-mismatch',
    ],
    [
      'a damaged index',
      JSON.stringify({
        searchIndexVersion: SEARCH_INDEX_VERSION,
        index: { serializationVersion: 2 },
      }),
      'pack-corrupt',
    ],
  ])('refuses %s with a CatalogError', (_label, json, code) => {
    expect(() => loadSearchIndex(json)).toThrow(CatalogError)
    try {
      loadSearchIndex(json)
    } catch (error) {
      expect(error).toMatchObject({ code })
    }
  })
})
