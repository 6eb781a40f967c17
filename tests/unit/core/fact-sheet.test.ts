import { beforeAll, describe, expect, it } from 'vitest'
import type { Citation, EntryDocument, Fact } from '../../../data/core/api-contract'
import type { Catalog } from '../../../data/core/catalog'
import { mergeSheetSources, sheetSources, sheetTimeline, sourceNumbers } from '../../../data/core/fact-sheet'
import { FACT_SHEET_LAYOUTS } from '../../../data/core/fact-sheet-layout'
import { ENTRY_TYPES } from '../../../data/core/entry-types'
import { openShippedCatalog } from '../../helpers/pack'

let catalog: Catalog
let vietNam: EntryDocument
let apec2017: EntryDocument

beforeAll(async () => {
  catalog = await openShippedCatalog()
  vietNam = catalog.getEntry('viet-nam')
  apec2017 = catalog.getEntry('apec-2017')
})

const citation = (sourceId: string, paragraph: number | null): Citation => ({
  sourceId,
  sourceTitle: `Title of ${sourceId}`,
  sourcePublisher: `Publisher of ${sourceId}`,
  sourceKind: paragraph === null ? 'reference' : 'primary',
  paragraph,
})

const fact = (key: string, value: string, valueKind: Fact['valueKind']): Fact => ({
  key,
  label: key,
  value,
  valueKind,
  asOf: null,
  citation: citation('s', 1),
  quantity: null,
  note: null,
  link: null,
})

describe('sheetTimeline', () => {
  it('lists the dated facts of Việt Nam oldest first: join month, host years, partnership, ASEAN chair', () => {
    expect(sheetTimeline(vietNam.facts).map((item) => `${item.date} ${item.fact.key}`)).toEqual([
      '1998-11 joined',
      '2006 hosted',
      '2013 partnership-united-states',
      '2017 hosted',
      '2020 asean-chair',
    ])
  })

  it('leaves out text and number facts, puts a year before a month in it, and keeps ties in entry order', () => {
    const facts = [
      fact('b', '2017-11-07', 'date'),
      fact('name', 'Đà Nẵng', 'text'),
      fact('count', '21', 'number'),
      fact('a', '2017', 'year'),
      fact('first', '1989-11', 'month'),
      fact('second', '1989-11', 'month'),
    ]
    expect(sheetTimeline(facts).map((item) => item.fact.key)).toEqual(['first', 'second', 'a', 'b'])
  })
})

describe('sheetSources', () => {
  it('lists each source Việt Nam rests on once, in first use, with its cited paragraphs ascending', () => {
    const sources = sheetSources(vietNam)
    expect(sources.map((source) => source.sourceId)).toEqual([
      'gac-apec',
      'apec-history',
      'chinhphu-csom-2017',
      'tgvn-amm31-2020',
      'cia-world-factbook-2026-01',
    ])
    const csom = sources.find((source) => source.sourceId === 'chinhphu-csom-2017')
    // Paragraph 1 and 13 from facts, the rest from the body's citations.
    expect(csom?.paragraphs).toEqual([...new Set(csom?.paragraphs)].sort((a, b) => a - b))
    expect(csom?.paragraphs).toEqual(expect.arrayContaining([1, 13]))
    expect(csom?.title).toBe('Nội dung họp báo kết thúc Hội nghị CSOM')
    const reference = sources.find((source) => source.sourceId === 'gac-apec')
    expect(reference?.kind).toBe('reference')
    expect(reference?.paragraphs).toEqual([])
  })

  it('covers every citation of the entry, facts and body alike', () => {
    const listed = new Set(sheetSources(apec2017).flatMap((source) => [source.sourceId, ...source.paragraphs.map((p) => `${source.sourceId}#${p}`)]))
    for (const cited of [...apec2017.facts.map((f) => f.citation), ...apec2017.bodyCitations]) {
      expect(listed.has(cited.sourceId)).toBe(true)
      if (cited.paragraph !== null) expect(listed.has(`${cited.sourceId}#${cited.paragraph}`)).toBe(true)
    }
  })
})

describe('mergeSheetSources', () => {
  it('lists a source cited by several sheets once, with the union of their paragraphs', () => {
    const merged = mergeSheetSources([sheetSources(vietNam), sheetSources(apec2017)])
    const ids = merged.map((source) => source.sourceId)
    expect(new Set(ids).size).toBe(ids.length)
    const csom = merged.find((source) => source.sourceId === 'chinhphu-csom-2017')
    const fromVietNam = sheetSources(vietNam).find((source) => source.sourceId === 'chinhphu-csom-2017')?.paragraphs ?? []
    const fromApec2017 = sheetSources(apec2017).find((source) => source.sourceId === 'chinhphu-csom-2017')?.paragraphs ?? []
    expect(csom?.paragraphs).toEqual([...new Set([...fromVietNam, ...fromApec2017])].sort((a, b) => a - b))
  })

  it('keeps the order of first appearance across sheets and numbers sources from 1', () => {
    const merged = mergeSheetSources([
      [{ sourceId: 'b', title: 'B', publisher: 'PB', kind: 'primary', paragraphs: [3] }],
      [
        { sourceId: 'a', title: 'A', publisher: 'PA', kind: 'reference', paragraphs: [] },
        { sourceId: 'b', title: 'B', publisher: 'PB', kind: 'primary', paragraphs: [1, 3] },
      ],
    ])
    expect(merged).toEqual([
      { sourceId: 'b', title: 'B', publisher: 'PB', kind: 'primary', paragraphs: [1, 3] },
      { sourceId: 'a', title: 'A', publisher: 'PA', kind: 'reference', paragraphs: [] },
    ])
    expect([...sourceNumbers(merged)]).toEqual([
      ['b', 1],
      ['a', 2],
    ])
  })
})

describe('FACT_SHEET_LAYOUTS', () => {
  it('gives every entry type a layout that shows the facts and the related entries', () => {
    for (const type of ENTRY_TYPES) {
      expect(FACT_SHEET_LAYOUTS[type].sections).toContain('facts')
      expect(FACT_SHEET_LAYOUTS[type].sections).toContain('relations')
    }
  })

  it('heads each sheet with fact keys that entries of its type really have', () => {
    const entries = catalog.listEntries()
    for (const type of ENTRY_TYPES) {
      const keys = new Set(entries.filter((entry) => entry.type === type).flatMap((entry) => catalog.getEntry(entry.id).facts.map((f) => f.key)))
      for (const key of FACT_SHEET_LAYOUTS[type].atAGlance) expect(keys.has(key), `${type}: ${key}`).toBe(true)
    }
  })
})
