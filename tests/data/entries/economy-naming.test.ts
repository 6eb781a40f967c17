import type { Database } from 'sql.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../../data/core/catalog'
import { loadSqlJs } from '../../../data/pipeline/sql-js-node'
import { buildShippedPack, openShippedCatalog } from '../../helpers/pack'

/**
 * APEC's and Viet Nam's names over the Factbook's framing (its README's rules): Chinese Taipei is
 * never "Taiwan" or "Đài Loan" nor a country, and neither it nor Hong Kong, China has a capital,
 * a government or a flag.
 */

let db: Database
let catalog: Catalog

beforeAll(async () => {
  const SQL = await loadSqlJs()
  db = new SQL.Database((await buildShippedPack()).bytes)
  catalog = await openShippedCatalog()
})

afterAll(() => db?.close())

/**
 * What the pack holds that is not ours to reword: the primary documents are quoted as written
 * (Wikipedia's article says "Đài Loan", attributed to it), and the search index is built from them
 * and from the entry's search-only names, so that a user typing "Đài Loan" finds Đài Bắc, Trung Hoa.
 * Aliases are shown on the entry page ("Còn gọi là"), so they are checked like any other text.
 */
const QUOTED = new Set(['paragraphs.text', 'search_index.json'])

function textCells(): { where: string; text: string }[] {
  const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")[0]?.values.map(([name]) => String(name)) ?? []
  const cells: { where: string; text: string }[] = []
  for (const table of tables) {
    const result = db.exec(`SELECT * FROM ${table}`)[0]
    if (!result) continue
    for (const row of result.values) {
      row.forEach((value, index) => {
        const where = `${table}.${result.columns[index] ?? ''}`
        if (typeof value === 'string' && !QUOTED.has(where)) cells.push({ where, text: value })
      })
    }
  }
  return cells
}

describe('names of Chinese Taipei and Hong Kong, China in the pack', () => {
  it('writes "Taiwan", "Đài Loan" or "Formosa" nowhere but in quoted sources and the search index', () => {
    const cells = textCells()
    expect(cells.length).toBeGreaterThan(5000)
    expect(cells.filter((cell) => /Đài Loan|Taiwan|Formosa|Trung Hoa Dân Quốc|Republic of China/i.test(cell.text))).toEqual([])
  })

  it('finds Đài Bắc, Trung Hoa by "Đài Loan" and "Taiwan" without ever showing them as its names', () => {
    expect(catalog.getEntry('chinese-taipei').aliases.join(' · ')).not.toMatch(/Đài Loan|Taiwan/i)
    for (const query of ['Đài Loan', 'dai loan', 'Taiwan']) {
      expect(catalog.search({ query }).entries[0]?.id, query).toBe('chinese-taipei')
      expect(catalog.suggest({ prefix: query })[0]?.id, query).toBe('chinese-taipei')
    }
  })

  it('names Taiwan and Hong Kong as trade partners by their APEC names, linked to their entries', () => {
    const partners = catalog
      .listEntries('economy')
      .flatMap((economy) => catalog.getEntry(economy.id).facts.filter((fact) => fact.key.endsWith('-partner')))
    const taipei = partners.filter((fact) => fact.link?.id === 'chinese-taipei')
    const hongKong = partners.filter((fact) => fact.link?.id === 'hong-kong-china')
    // Taiwan is a top partner of Australia, Japan, Korea, PNG, Malaysia, Singapore, Thailand, Viet Nam and Hong Kong in the files.
    expect(taipei.length).toBeGreaterThanOrEqual(9)
    expect(new Set(taipei.map((fact) => fact.value))).toEqual(new Set(['Đài Bắc, Trung Hoa']))
    expect(hongKong.length).toBeGreaterThanOrEqual(8)
    expect(new Set(hongKong.map((fact) => fact.value))).toEqual(new Set(['Hồng Công, Trung Quốc']))
  })

  it.each(['chinese-taipei', 'hong-kong-china'])('gives %s no capital, government, flag or anthem, and never calls it a country', (id) => {
    const entry = catalog.getEntry(id)
    const stateFields = /capital|government|flag|anthem|independence|chief-of-state|head-of-state/
    const stateLabels = /thủ đô|chính phủ|quốc kỳ|quốc ca|độc lập|nguyên thủ/i
    expect(entry.facts.filter((fact) => stateFields.test(fact.key) || stateLabels.test(fact.label))).toEqual([])
    const figures = db.exec('SELECT key, label FROM economy_figures WHERE economy_id = ?', [id])[0]?.values ?? []
    expect(figures.length).toBeGreaterThan(30)
    expect(figures.filter(([key, label]) => stateFields.test(String(key)) || stateLabels.test(String(label)))).toEqual([])
    const ownText = [entry.title, entry.summary, entry.bodyHtml, ...entry.facts.flatMap((fact) => [fact.label, fact.value])]
    expect(ownText.filter((text) => /quốc gia|đất nước|\bcountry\b/i.test(text))).toEqual([])
  })

  it('gives the other APEC economies their capital, linked where we have a place entry', () => {
    const capitals = new Map(
      catalog
        .listEntries('economy')
        .map((economy) => [economy.id, catalog.getEntry(economy.id).facts.find((fact) => fact.key === 'capital')] as const),
    )
    expect([...capitals].filter(([, fact]) => fact === undefined).map(([id]) => id).sort()).toEqual(['chinese-taipei', 'hong-kong-china'])
    expect(capitals.get('viet-nam')).toMatchObject({ value: 'Hà Nội', link: { id: 'ha-noi' } })
    expect(capitals.get('australia')).toMatchObject({ value: 'Can-be-ra', link: { id: 'canberra' } })
  })
})
