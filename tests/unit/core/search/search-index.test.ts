import { describe, expect, it } from 'vitest'
import { search, suggest } from '../../../../data/core/search/search'
import {
  buildSearchIndex,
  createSearchIndex,
  loadSearchIndex,
  type SearchDocument,
} from '../../../../data/core/search/search-index'
import { SEARCH_INDEX_VERSION } from '../../../../data/core/search/search-options'
import { SEARCH_CORPUS } from './search-corpus'
import { generateCorpus, SYLLABLES } from './generated-corpus'
import { seededRandom } from '../../../helpers/seeded-random'

type Parts = Map<string, Uint8Array>

/** Parts as a pack gives them back: BLOBs read from SQLite, each its own buffer. */
const reader = (parts: Parts) => (name: string) => parts.get(name)?.slice() ?? null

/** The texts a pack keeps in its paragraphs table, as the catalog reads them. */
function paragraphTexts(documents: readonly SearchDocument[]) {
  const texts = new Map(documents.map((document) => [`${document.sourceId}#${document.paragraph}`, document.text]))
  return (sourceId: string, paragraph: number) => texts.get(`${sourceId}#${paragraph}`) ?? ''
}

const load = (documents: readonly SearchDocument[], parts = buildSearchIndex(documents)) =>
  loadSearchIndex(reader(parts), paragraphTexts(documents))

/** The corpus's parts with one thing broken. */
function damaged(edit: (parts: Parts) => void): Parts {
  const parts = buildSearchIndex(SEARCH_CORPUS)
  edit(parts)
  return parts
}

const header = (parts: Parts) => JSON.parse(new TextDecoder().decode(parts.get('header'))) as Record<string, unknown>
const withHeader = (edit: (header: Record<string, unknown>) => void) =>
  damaged((parts) => {
    const changed = header(parts)
    edit(changed)
    parts.set('header', new TextEncoder().encode(JSON.stringify(changed)))
  })

describe('buildSearchIndex and loadSearchIndex', () => {
  it('gives byte-identical output for the same documents', () => {
    expect(buildSearchIndex(SEARCH_CORPUS)).toEqual(buildSearchIndex(SEARCH_CORPUS))
  })

  it('leaves passages\' texts out of a pack\'s index: the paragraphs table has them', () => {
    const parts = buildSearchIndex(SEARCH_CORPUS)
    const stored = new TextDecoder().decode(parts.get('doc.texts.text'))
    const passage = SEARCH_CORPUS.find((document) => document.kind === 'passage')
    const entry = SEARCH_CORPUS.find((document) => document.kind === 'entry')
    expect(stored).toContain(entry?.text)
    expect(stored).not.toContain(passage?.text)
  })

  it('answers after a round trip exactly as the index built in memory', () => {
    const loaded = load(SEARCH_CORPUS)
    const fresh = createSearchIndex(SEARCH_CORPUS)
    for (const query of ['Đà Nẵng', 'uc', 'thai binh duong', '亚太经合组织', 'singapor', 'APE']) {
      expect(search(loaded, query)).toEqual(search(fresh, query))
    }
    expect(suggest(loaded, 'ab')).toEqual(suggest(fresh, 'ab'))
  })

  it('round-trips a larger generated corpus: same bytes twice, same answers as built in memory', () => {
    const documents = generateCorpus(7, 300)
    const parts = buildSearchIndex(documents)
    expect(buildSearchIndex(documents)).toEqual(parts)
    const loaded = load(documents, parts)
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
    const loaded = load(SEARCH_CORPUS)
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
    ['no header', damaged((parts) => parts.delete('header')), 'pack-corrupt'],
    ['a header that is not JSON', damaged((parts) => parts.set('header', new TextEncoder().encode('{'))), 'pack-corrupt'],
    ['another version', withHeader((h) => (h.searchIndexVersion = SEARCH_INDEX_VERSION + 1)), 'pack-schema-mismatch'],
    ['a version 4 index (base64 JSON, as packs were built before)', withHeader((h) => (h.searchIndexVersion = 4)), 'pack-schema-mismatch'],
    ['other fields', withHeader((h) => (h.fields = ['title', 'text'])), 'pack-corrupt'],
  ])('refuses %s when loading, with a CatalogError', (_label, parts, code) => {
    expect(() => loadSearchIndex(reader(parts), null)).toThrow(expect.objectContaining({ name: 'CatalogError', code }))
  })

  /** Parts are read when a query first needs them: the damage shows there, as a corrupt pack. */
  it.each([
    ['more documents than the columns hold', withHeader((h) => (h.documentCount = Number(h.documentCount) + 1))],
    ['a missing part', damaged((parts) => parts.delete('lists.0.ends'))],
    ['postings cut short', damaged((parts) => parts.set('lists.0.postings', parts.get('lists.0.postings')?.slice(0, 8) ?? new Uint8Array()))],
    ['a column of the wrong length', damaged((parts) => parts.set('doc.sourceRefs', new Uint8Array(7)))],
    ['titles that are not UTF-8', damaged((parts) => parts.set('titles.text', new Uint8Array([0xff, 0xfe, 0xfd])))],
    ['a title ref past the titles', withHeader((h) => (h.titleCount = 1))],
    ['source refs past the source ids', damaged((parts) => parts.set('doc.sourceRefs', (parts.get('doc.sourceRefs') ?? new Uint8Array()).map((ref) => (ref === 0 ? 0 : 200))))],
    ['fewer terms than the blocks hold', withHeader((h) => (h.termCount = Number(h.termCount) - 1))],
  ])('refuses %s in the query that reads it, with a CatalogError', (_label, parts) => {
    const loaded = loadSearchIndex(reader(parts), null)
    expect(() => {
      for (const query of ['apec', 'Đà Nẵng', 'Úc']) search(loaded, query)
    }).toThrow(expect.objectContaining({ name: 'CatalogError', code: 'pack-corrupt' }))
  })

  it('refuses a posting list that points past the last document when a query reads it', () => {
    const parts = buildSearchIndex(SEARCH_CORPUS)
    const postings = parts.get('lists.0.postings') ?? new Uint8Array()
    // Every one-byte value grows: document gaps run past the last document.
    parts.set('lists.0.postings', postings.map((byte) => (byte < 0x80 ? 0x7e : byte)))
    const broken = loadSearchIndex(reader(parts), null)
    expect(() => search(broken, 'apec')).toThrow(expect.objectContaining({ name: 'CatalogError', code: 'pack-corrupt' }))
  })
})
