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
import { generateCorpus, SYLLABLES } from './generated-corpus'
import { seededRandom } from '../../../helpers/seeded-random'

interface Serialized {
  postings: { documentCount: number; docs: string }
  stored: { titleCount: number }
}

/** The serialised corpus with one thing broken. */
function damaged(edit: (index: Serialized) => void): string {
  const index = JSON.parse(buildSearchIndex(SEARCH_CORPUS)) as Serialized
  edit(index)
  return JSON.stringify(index)
}

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

  it('round-trips a larger generated corpus: same bytes twice, same answers as built in memory', () => {
    const documents = generateCorpus(7, 300)
    const json = buildSearchIndex(documents)
    expect(buildSearchIndex(documents)).toBe(json)
    const loaded = loadSearchIndex(json)
    const fresh = createSearchIndex(documents)
    const random = seededRandom(3)
    for (let i = 0; i < 60; i++) {
      const query = Array.from(
        { length: 1 + (i % 3) },
        () => SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? 'lao',
      ).join(' ')
      const filters = i % 4 === 0 ? { type: 'meeting', limit: 50 } : { yearFrom: 2000, limit: 50 }
      expect(search(loaded, query, filters)).toEqual(search(fresh, query, filters))
      expect(suggest(loaded, query.slice(0, 1 + (i % 5)))).toEqual(
        suggest(fresh, query.slice(0, 1 + (i % 5))),
      )
    }
  })

  it('keeps ids, titles, years and paragraphs of passages and entries through the round trip', () => {
    const loaded = loadSearchIndex(buildSearchIndex(SEARCH_CORPUS))
    const hit = search(loaded, 'Can-be-ra').passages[0]
    expect(hit).toMatchObject({
      kind: 'passage',
      id: 'apec-history#3',
      title: 'APEC: Lịch sử hình thành',
      sourceId: 'apec-history',
      paragraph: 3,
      year: 1989,
      type: null,
    })
    expect(search(loaded, 'Úc').entries[0]).toMatchObject({
      id: 'australia',
      type: 'economy',
      year: 1989,
      sourceId: null,
      paragraph: null,
    })
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
    [
      'a version 2 index (MiniSearch JSON, as packs were built before)',
      JSON.stringify({
        searchIndexVersion: 2,
        index: { documentCount: 0, serializationVersion: 2 },
        commonTerms: {},
        entryCount: 0,
      }),
      'pack-schema-mismatch',
    ],
    [
      'a posting past the last document',
      damaged((index) => (index.postings.documentCount = 3)),
      'pack-corrupt',
    ],
    [
      'postings cut short',
      damaged((index) => (index.postings.docs = index.postings.docs.slice(0, 8))),
      'pack-corrupt',
    ],
    [
      'a title ref past the titles',
      damaged((index) => (index.stored.titleCount = 1)),
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
