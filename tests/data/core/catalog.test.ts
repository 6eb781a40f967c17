import { beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../../data/core/catalog'
import { CatalogError } from '../../../data/core/error-codes'
import { SCHEMA_VERSION } from '../../../data/core/schema'
import type { BuiltPack } from '../../../data/pipeline/build-pack'
import { buildShippedPack, openShippedCatalog } from '../../helpers/pack'

/** The five primary documents, in file-name order (the pack's order). */
const PRIMARY_IDS = [
  'chinaorg-apec-khai-niem',
  'chinhphu-csom-2017',
  'tgvn-amm31-2020',
  'vov5-asean-cong-1-2018',
  'wikipedia-apec',
]

let built: BuiltPack
let catalog: Catalog

beforeAll(async () => {
  built = await buildShippedPack()
  catalog = await openShippedCatalog()
})

const numberedIn = (source: BuiltPack['sources'][number]): number =>
  source.blocks.filter((block) => block.number !== null).length

describe('packInfo on the real pack', () => {
  it('counts the five sources and every numbered paragraph the pipeline cleaned', () => {
    const info = catalog.packInfo()
    expect(info.counts.sources).toBe(5)
    expect(info.counts.paragraphs).toBe(
      built.sources.reduce((sum, source) => sum + numberedIn(source), 0),
    )
    expect(info.counts.paragraphs).toBeGreaterThan(50)
  })

  it('describes the pack from pack.yaml', () => {
    const info = catalog.packInfo()
    expect(info.title).toBe('Bách khoa APEC')
    expect(info.version).toMatch(/^\d+\.\d+\.\d+$/u)
    expect(info.version).toBe(built.pack.version)
    expect(info.language).toBe('vi')
    expect(info.schemaVersion).toBe(SCHEMA_VERSION)
    expect(info.contentHash).toBe(built.contentHash)
  })
})

describe('listSources on the real pack', () => {
  it('lists the five primary documents in pack order, then the reference sources, as packInfo counts them', () => {
    const listed = catalog.listSources()
    const primary = listed.filter((source) => source.kind === 'primary')
    const reference = listed.filter((source) => source.kind === 'reference')
    expect(primary.map((source) => source.id)).toEqual(PRIMARY_IDS)
    expect(listed.slice(0, primary.length)).toEqual(primary)
    expect(primary).toHaveLength(catalog.packInfo().counts.sources)
    // apec-reference.json's sources, editorial-reference.json's (the sources that check the seeds), then the Factbook.
    expect(reference.map((source) => source.id)).toEqual([
      'apec-history',
      'gac-apec',
      'apec-2019-statement',
      'amm-1989-joint-statement',
      'bogor-declaration-1994',
      'cptpp-wikipedia',
      'crs-wto-at-20',
      'apec-working-level',
      'apec-sce',
      'cia-world-factbook-2026-01',
    ])
    expect(reference).toHaveLength(catalog.packInfo().counts.referenceSources)
  })

  it('gives each document its publisher, date, languages and paragraph count', () => {
    const byId = new Map(catalog.listSources().map((source) => [source.id, source]))
    expect(byId.get('chinhphu-csom-2017')).toMatchObject({
      title: 'Nội dung họp báo kết thúc Hội nghị CSOM',
      publisher: 'Cổng Thông tin điện tử Chính phủ (Chinhphu.vn)',
      author: 'Nhóm PV APEC',
      date: { value: '2017-11-07T15:16', kind: 'published', note: null },
      languages: ['vi'],
    })
    expect(byId.get('chinaorg-apec-khai-niem')).toMatchObject({
      publisher: 'China.org.cn',
      series: 'Những khái niệm cơ bản',
      date: { value: '2017-04-19', kind: 'published' },
      languages: ['vi', 'zh'],
    })
    // 001 gives no publication date, only the day of the meeting it reports.
    expect(byId.get('tgvn-amm31-2020')?.date).toMatchObject({ value: '2020-11-16', kind: 'event' })
    expect(byId.get('tgvn-amm31-2020')?.date.note).toBeTruthy()
    expect(byId.get('wikipedia-apec')?.date).toMatchObject({ value: null, kind: 'unknown' })
    for (const source of built.sources) {
      expect(byId.get(source.meta.id)?.paragraphs, source.meta.id).toBe(numberedIn(source))
    }
  })
})

describe('getSource on the real pack', () => {
  it('returns the blocks the pipeline cleaned, in reading order', () => {
    for (const source of built.sources) {
      const document = catalog.getSource(source.meta.id)
      expect(document.blocks.map((block) => [block.kind, block.lang, block.text])).toEqual(
        source.blocks.map((block) => [block.kind, block.lang, block.text]),
      )
      expect(document.blocks.map((block) => block.position)).toEqual(
        document.blocks.map((_, index) => index),
      )
    }
  })

  it('numbers paragraphs 1..n without gaps and leaves headings unnumbered', () => {
    for (const id of PRIMARY_IDS) {
      const { blocks } = catalog.getSource(id)
      const numbers = blocks
        .filter((block) => block.kind === 'paragraph')
        .map((block) => block.number)
      expect(numbers, id).toEqual(numbers.map((_, index) => index + 1))
      expect(
        blocks.filter((block) => block.kind !== 'paragraph').map((block) => block.number),
      ).toEqual(blocks.filter((block) => block.kind !== 'paragraph').map(() => null))
    }
    const wiki = catalog.getSource('wikipedia-apec').blocks
    expect(wiki.find((block) => block.text === 'Lịch sử')).toMatchObject({
      kind: 'heading',
      number: null,
    })
  })

  it('carries the attribution and licence the reader must see', () => {
    const wiki = catalog.getSource('wikipedia-apec')
    expect(wiki.licence).toBe('CC BY-SA')
    expect(wiki.attribution).toContain('CC BY-SA')
    expect(catalog.getSource('vov5-asean-cong-1-2018').licence).toBeNull()
  })

  it('throws not-found for an unknown id', () => {
    expect(() => catalog.getSource('no-such-source')).toThrowError(CatalogError)
    try {
      catalog.getSource('no-such-source')
    } catch (error) {
      expect(error instanceof CatalogError ? error.code : null).toBe('not-found')
    }
  })
})

describe('listEntries on the real pack', () => {
  it('gives each listed entry its other names, in the order the editor wrote them', () => {
    const apec = catalog.listEntries('organisation').find((entry) => entry.id === 'apec')
    expect(apec?.aliases).toEqual(['APEC', '亚太经合组织', 'Diễn đàn APEC'])
    const all = catalog.listEntries()
    expect(all.find((entry) => entry.id === 'australia')?.aliases).toContain('Úc')
    // Each entry's aliases are its own, whatever the filter.
    for (const entry of catalog.listEntries('economy')) {
      expect(entry.aliases).toEqual(catalog.getEntry(entry.id).aliases)
    }
  })
})
