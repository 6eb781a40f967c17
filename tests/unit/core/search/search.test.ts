import { beforeAll, describe, expect, it } from 'vitest'
import { createSearchIndex, type SearchIndex } from '../../../../data/core/search/search-index'
import { search, suggest, type SearchHit } from '../../../../data/core/search/search'
import { SEARCH_CORPUS } from './search-corpus'

let index: SearchIndex

beforeAll(() => {
  index = createSearchIndex(SEARCH_CORPUS)
})

const entryIds = (query: string, filters = {}): string[] =>
  search(index, query, filters).entries.map((hit) => hit.id)
const firstEntry = (query: string): string | undefined => entryIds(query)[0]

describe('search finds the right entry first', () => {
  it.each([
    ['Đà Nẵng', 'da-nang'],
    ['da nang', 'da-nang'],
    ['DA NANG', 'da-nang'],
    ['Úc', 'australia'],
    ['uc', 'australia'],
    ['Australia', 'australia'],
    ['Hoa Kỳ', 'united-states'],
    ['hoa ky', 'united-states'],
    ['Mỹ', 'united-states'],
    ['United States', 'united-states'],
    ['thai binh duong', 'pacific-ocean'],
    ['apec 2017', 'apec-2017'],
    ['singapor', 'singapore'],
    ['APE', 'apec'],
    ['亚太经合组织', 'apec'],
    ['美国', 'united-states'],
    ['abac', 'abac'],
  ])('%j → %s', (query, expected) => {
    expect(firstEntry(query)).toBe(expected)
  })

  it('treats NFD input like NFC input', () => {
    expect(entryIds('Đà Nẵng'.normalize('NFD'))).toEqual(entryIds('Đà Nẵng'))
  })

  it('ranks the exact-tone match above the folded one, and finds both without marks', () => {
    const marked = entryIds('Lào')
    expect(marked[0]).toBe('laos')
    expect(marked).toContain('labour-mobility')
    expect(entryIds('lao')).toEqual(expect.arrayContaining(['laos', 'labour-mobility']))
    const score = (query: string, id: string): number =>
      search(index, query).entries.find((hit) => hit.id === id)?.score ?? 0
    expect(score('Lào', 'laos')).toBeGreaterThan(score('Lào', 'labour-mobility'))
    expect(score('Lao', 'labour-mobility')).toBeGreaterThan(score('Lao', 'laos') / 2)
  })

  it('ranks the phrase above the same syllables scattered through a text', () => {
    const ids = entryIds('thai binh duong')
    expect(ids).toContain('northern-farming')
    expect(ids.indexOf('apec')).toBeLessThan(ids.indexOf('northern-farming'))
    expect(ids.indexOf('pacific-ocean')).toBeLessThan(ids.indexOf('northern-farming'))
  })

  it('finds paragraphs of sources as passages, grouped apart from entries', () => {
    const results = search(index, 'Can-be-ra')
    expect(results.passages.map((hit) => hit.id)).toEqual(['apec-history#3'])
    expect(results.passages[0]).toMatchObject({
      kind: 'passage',
      sourceId: 'apec-history',
      paragraph: 3,
    })
    expect(results.entries.map((hit) => hit.id)).toEqual(
      expect.arrayContaining(['apec', 'australia']),
    )
    expect(results.counts).toEqual({ entries: results.entries.length, passages: 1, paragraphs: 1 })
  })

  it('finds a Chinese paragraph by the abbreviated name', () => {
    expect(search(index, '亚太经合组织').passages.map((hit) => hit.id)).toContain('xinhua-apec#2')
  })
})

describe('what the evaluator must get right', () => {
  const small = createSearchIndex([
    {
      id: 'both',
      kind: 'entry',
      title: 'Hợp tác kinh tế',
      aliases: [],
      text: 'Hợp tác về kinh tế biển.',
    },
    {
      id: 'hop-tac',
      kind: 'entry',
      title: 'Hợp tác',
      aliases: [],
      text: 'Hợp tác, hợp tác và hợp tác.',
    },
    {
      id: 'kinh-te',
      kind: 'entry',
      title: 'Kinh tế',
      aliases: [],
      text: 'Kinh tế, kinh tế, kinh tế.',
    },
    { id: 'hop-luc', kind: 'entry', title: 'Hợp lực', aliases: [], text: 'Cùng hợp sức.' },
  ])
  const ids = (query: string) => search(small, query).entries.map((hit) => hit.id)

  it('returns only documents with every word, however often one of them repeats a single word', () => {
    expect(ids('hợp tác kinh tế')).toEqual(['both'])
    expect(search(small, 'hợp tác kinh tế').counts).toEqual({ entries: 1, passages: 0, paragraphs: 0 })
  })

  it('falls back to any word when no document has them all, most words first', () => {
    const found = ids('kinh tế xã hội')
    expect(found[0]).toBe('kinh-te')
    expect(found).toContain('both')
    expect(found).not.toContain('hop-tac')
    expect(ids('biển hợp tác xyz')[0]).toBe('both')
  })

  it('completes the last word as it is being typed', () => {
    expect(entryIds('Singap')[0]).toBe('singapore')
    expect(entryIds('thai binh d')).toContain('pacific-ocean')
    expect(ids('kinh t')).toEqual(expect.arrayContaining(['both', 'kinh-te']))
  })

  it('searches the words typed so far while a new word has one letter', () => {
    expect(ids('hợp tác x').sort()).toEqual(['both', 'hop-tac'])
    expect(search(small, 'hợp tác x').counts.entries).toBe(2)
  })

  it('forgives a typo in a long word, not in a short one', () => {
    expect(entryIds('Ausstralia')[0]).toBe('australia')
    expect(entryIds('Singapoer')[0]).toBe('singapore')
    expect(entryIds('Lap')).not.toContain('laos')
  })

  it('completes a name being typed in a pack too large to read every completion', () => {
    // 3000 paragraphs full of frequent "s…" words, in their titles too: far more postings than
    // one keystroke may read, so "sơn" is not among the completions read for their frequency.
    const frequent = 'Sau sáng sinh số sách suất sông sửa sát soạn'
    const large = createSearchIndex([
      {
        id: 'bui-thanh-son',
        kind: 'entry',
        title: 'Bùi Thanh Sơn',
        aliases: [],
        text: 'Bộ trưởng.',
      },
      ...Array.from({ length: 3000 }, (_, n) => ({
        id: `p#${n}`,
        kind: 'passage' as const,
        title: frequent,
        sourceId: 'p',
        paragraph: n,
        aliases: [],
        text: `Bùi Thanh ${frequent} ${n}.`,
      })),
    ])
    expect(search(large, 'bui thanh s').entries[0]?.id).toBe('bui-thanh-son')
    // From two letters on, the most frequent completions are read too.
    expect(search(large, 'bui thanh sa').passages.length).toBeGreaterThan(0)
    expect(suggest(large, 'bui thanh s')[0]).toMatchObject({ id: 'bui-thanh-son' })
  })

  it('puts an entry named exactly like the query first, whatever the raw score of its text', () => {
    expect(entryIds('APEC')[0]).toBe('apec')
    expect(entryIds('ape')[0]).toBe('apec')
  })
})

describe('filters', () => {
  it('keeps only entries of the chosen type', () => {
    const results = search(index, 'APEC', { type: 'meeting' })
    expect(results.entries.map((hit) => hit.id).sort()).toEqual(['apec-2006', 'apec-2017'])
    expect(results.passages).toEqual([])
  })

  it('keeps only documents inside the year range', () => {
    const results = search(index, 'APEC', { yearFrom: 2000, yearTo: 2010 })
    expect(results.entries.map((hit) => hit.id)).toEqual(['apec-2006'])
    const later = search(index, 'Đà Nẵng', { yearFrom: 2017 })
    expect(later.entries.map((hit) => hit.id)).toEqual(['apec-2017'])
    expect(later.passages.map((hit) => hit.id)).toEqual(['vnexpress-2017#5'])
  })

  it('honours the limit per group', () => {
    expect(search(index, 'APEC', { limit: 2 }).entries).toHaveLength(2)
    expect(search(index, 'APEC', { limit: 2 }).counts.entries).toBeGreaterThan(2)
  })

  it('pages through every match with an offset, in the order of one long page', () => {
    const all = search(index, 'APEC', { limit: 100 })
    const paged: string[] = []
    for (let offset = 0; offset < all.counts.entries; offset += 2) {
      const page = search(index, 'APEC', { limit: 2, offset })
      expect(page.counts).toEqual(all.counts)
      paged.push(...page.entries.map((hit) => hit.id))
    }
    expect(paged).toEqual(all.entries.map((hit) => hit.id))
    expect(search(index, 'APEC', { offset: all.counts.entries }).entries).toEqual([])
  })
})

describe('absurd input', () => {
  it.each(['', '   ', '?!', '…—–()[]{}', '\u0301', '.*+?^${}()|[]\\'])(
    '%j finds nothing',
    (query) => {
      expect(search(index, query)).toMatchObject({ entries: [], passages: [] })
      expect(suggest(index, query)).toEqual([])
    },
  )

  it('answers a 500-character query without throwing', () => {
    const query = 'Đà Nẵng APEC '.repeat(40).slice(0, 500)
    expect(() => search(index, query)).not.toThrow()
    expect(search(index, query).entries.length).toBeGreaterThan(0)
  })

  it('answers a 50-term query without throwing', () => {
    const query = Array.from({ length: 50 }, (_, i) => (i % 2 ? 'apec' : `từ${i}`)).join(' ')
    expect(() => search(index, query)).not.toThrow()
  })

  it('survives lone surrogates, control characters and a megabyte paste', () => {
    expect(() => search(index, '\uD800\u0000\u202Eda nang')).not.toThrow()
    expect(firstEntry('\uD800\u0000\u202Eda nang')).toBe('da-nang')
    expect(() => search(index, 'x'.repeat(1_000_000))).not.toThrow()
  })
})

describe('snippets in hits', () => {
  const highlighted = (hit: SearchHit | undefined): string[] =>
    (hit?.snippet.highlights ?? []).map(([start, end]) => hit?.snippet.text.slice(start, end) ?? '')

  it('highlights the original marked words for an unmarked query', () => {
    const hit = search(index, 'da nang').passages.find(
      (passage) => passage.id === 'vnexpress-2017#5',
    )
    expect(highlighted(hit)).toEqual(['Đà', 'Nẵng'])
  })

  it('highlights an alias match in a paragraph', () => {
    const hit = search(index, 'uc').passages[0]
    expect(highlighted(hit)).toEqual(['Úc'])
  })
})

describe('suggest', () => {
  it('offers the entry whose alias or acronym starts with what was typed', () => {
    expect(suggest(index, 'APE')[0]).toMatchObject({ id: 'apec', label: 'APEC' })
    expect(suggest(index, 'ab')[0]).toMatchObject({ id: 'abac', label: 'ABAC' })
    expect(suggest(index, 'Ú')[0]).toMatchObject({
      id: 'australia',
      title: 'Ô-xtrây-li-a',
      label: 'Úc',
    })
  })

  it('suggests only names that hold every typed word, never a name matching one of them', () => {
    expect(suggest(index, 'xqzvwk')).toEqual([])
    // "da" alone names Đà Nẵng; with a word no name holds, nothing is offered.
    expect(suggest(index, 'xqzvwk da')).toEqual([])
    expect(suggest(index, 'da xqz')).toEqual([])
    expect(suggest(index, 'da n')[0]?.id).toBe('da-nang')
  })

  it('completes titles typed without marks', () => {
    expect(suggest(index, 'thai binh d')[0]?.id).toBe('pacific-ocean')
    expect(suggest(index, 'da n')[0]).toMatchObject({ id: 'da-nang', label: 'Đà Nẵng' })
  })

  it('never offers passages and respects the limit', () => {
    const suggestions = suggest(index, 'a', 3)
    expect(suggestions.length).toBeLessThanOrEqual(3)
    expect(suggestions.map((suggestion) => suggestion.id)).not.toContain('apec-history#3')
  })

  it('offers source titles as sources, once per source, below entries that match as well', () => {
    expect(suggest(index, 'lich su')).toEqual([
      {
        kind: 'source',
        id: 'apec-history',
        title: 'APEC: Lịch sử hình thành',
        type: null,
        label: 'APEC: Lịch sử hình thành',
      },
    ])
    const apec = suggest(index, 'apec')
    expect(apec[0]).toMatchObject({ kind: 'entry', id: 'apec' })
    expect(apec.filter((suggestion) => suggestion.id === 'apec-history')).toHaveLength(1)
  })
})
