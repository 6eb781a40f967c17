import { describe, expect, it } from 'vitest'
import { search, suggest } from '../../../../data/core/search/search'
import { createSearchIndex, type SearchDocument } from '../../../../data/core/search/search-index'

/**
 * One hit per document: a dictionary's long article, or a report with forty paragraphs about a
 * port, must not fill the first page alone. Twelve sources of five paragraphs each mention the
 * port; the first source mentions it most, so ranked by paragraph its five would lead the list.
 */
const SOURCES = 12
const PARAGRAPHS = 5

function corpus(): SearchDocument[] {
  const documents: SearchDocument[] = []
  for (let source = 0; source < SOURCES; source++) {
    for (let paragraph = 1; paragraph <= PARAGRAPHS; paragraph++) {
      const mentions = source === 0 ? 6 - paragraph : 1
      documents.push({
        id: `nguon-${source}#${paragraph}`,
        kind: 'passage',
        title: `Báo cáo số ${source}`,
        sourceId: `nguon-${source}`,
        paragraph,
        aliases: [],
        text: `${Array.from({ length: mentions }, () => 'Cảng biển').join(', ')} đoạn ${paragraph} của báo cáo ${source}, viết về hàng hoá và tàu thuyền qua lại.`,
      })
    }
  }
  return documents
}

const index = createSearchIndex(corpus())

describe('passages grouped by source document', () => {
  it('gives ten documents on a page of ten when ten match, the best source first', () => {
    const results = search(index, 'cảng biển', { limit: 10 })
    const sources = results.passages.map((hit) => hit.sourceId)
    expect(sources).toHaveLength(10)
    expect(new Set(sources).size).toBe(10)
    expect(sources[0]).toBe('nguon-0')
    expect(results.counts).toEqual({ entries: 0, passages: SOURCES, paragraphs: SOURCES * PARAGRAPHS })
  })

  it('shows a source at its best passage, with its next best under it and how many more match', () => {
    const [first] = search(index, 'cảng biển', { limit: 10 }).passages
    expect(first).toMatchObject({ sourceId: 'nguon-0', paragraph: 1, otherPassageCount: PARAGRAPHS - 1 })
    // Paragraph 2 mentions the port four times, 3 three times...: best first, three of them.
    expect(first?.otherPassages.map((other) => other.paragraph)).toEqual([2, 3, 4])
    expect(first?.otherPassages.map((other) => other.id)).toEqual(['nguon-0#2', 'nguon-0#3', 'nguon-0#4'])
    expect(first?.otherPassages[0]?.snippet.text).toContain('đoạn 2')
    expect(first?.otherPassages[0]?.snippet.highlights.length).toBeGreaterThan(0)
  })

  it('pages over documents: the next page holds the other sources, none twice', () => {
    const first = search(index, 'cảng biển', { limit: 10 })
    const next = search(index, 'cảng biển', { limit: 10, offset: 10 })
    const all = [...first.passages, ...next.passages].map((hit) => hit.sourceId)
    expect(all).toHaveLength(SOURCES)
    expect(new Set(all).size).toBe(SOURCES)
    expect(next.counts).toEqual(first.counts)
  })

  it('counts only the passages a filter keeps, and groups what is left', () => {
    const dated = createSearchIndex(corpus().map((document, n) => ({ ...document, year: n % 2 === 0 ? 2017 : 2018 })))
    const results = search(dated, 'cảng biển', { yearFrom: 2018, limit: 20 })
    expect(results.counts.paragraphs).toBe((SOURCES * PARAGRAPHS) / 2)
    expect(results.passages.every((hit) => hit.year === 2018)).toBe(true)
    for (const hit of results.passages) expect(hit.otherPassageCount).toBe(hit.otherPassages.length)
  })

  it('suggests each source once, however many of its paragraphs hold the words', () => {
    const found = suggest(index, 'báo cáo số 1')
    expect(found.map((suggestion) => suggestion.id)).toEqual(expect.arrayContaining(['nguon-1', 'nguon-10', 'nguon-11']))
    expect(new Set(found.map((suggestion) => suggestion.id)).size).toBe(found.length)
  })
})
