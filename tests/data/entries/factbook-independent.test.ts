import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../../data/core/catalog'
import { DATA_DIR } from '../../../data/pipeline/project-paths'
import { openShippedCatalog } from '../../helpers/pack'

/**
 * A second reading of the raw Factbook files, written apart from the importer (none of its code is
 * used): every amount the pack holds for the 21 economies must be the amount the source text
 * states, and every such text must be in the pack.
 */

/** From the Factbook README: file → entry id. */
const FILES: Record<string, string> = {
  as: 'australia', bx: 'brunei', ca: 'canada', ci: 'chile', ch: 'china', hk: 'hong-kong-china',
  id: 'indonesia', ja: 'japan', ks: 'korea', my: 'malaysia', mx: 'mexico', nz: 'new-zealand',
  pp: 'papua-new-guinea', pe: 'peru', rp: 'philippines', rs: 'russia', sn: 'singapore',
  tw: 'chinese-taipei', th: 'thailand', us: 'united-states', vm: 'viet-nam',
}

/** Fact key → [section, field, sub-key]; no sub-key means the field's own text or its "<field> <year>" keys. */
const FIELDS: Record<string, [string, string, string?]> = {
  population: ['People and Society', 'Population', 'total'],
  'population-growth': ['People and Society', 'Population growth rate'],
  area: ['Geography', 'Area', 'total '],
  'urban-population': ['People and Society', 'Urbanization', 'urban population'],
  'median-age': ['People and Society', 'Median age', 'total'],
  'life-expectancy': ['People and Society', 'Life expectancy at birth', 'total population'],
  'gdp-ppp': ['Economy', 'Real GDP (purchasing power parity)'],
  'gdp-official': ['Economy', 'GDP (official exchange rate)'],
  'gdp-growth': ['Economy', 'Real GDP growth rate'],
  'gdp-per-capita-ppp': ['Economy', 'Real GDP per capita'],
  inflation: ['Economy', 'Inflation rate (consumer prices)'],
  unemployment: ['Economy', 'Unemployment rate'],
  'public-debt': ['Economy', 'Public debt'],
  'current-account': ['Economy', 'Current account balance'],
  exports: ['Economy', 'Exports'],
  imports: ['Economy', 'Imports'],
}

const MULTIPLIERS: Record<string, number> = { trillion: 1e12, billion: 1e9, million: 1e6 }

/** The leading number of a text, with its sign and magnitude word: "-$1.134 trillion" → -1.134e12. */
function amountOf(text: string): number {
  const match = /^(-?)\$?([\d,.]+)%?\s*(trillion|billion|million)?/.exec(text)
  if (!match) throw new Error(`no number in "${text}"`)
  const value = Number.parseFloat((match[2] ?? '').replaceAll(',', ''))
  return (match[1] === '-' ? -1 : 1) * value * (MULTIPLIERS[match[3] ?? ''] ?? 1)
}

function yearOf(text: string): number | null {
  const match = /\((\d{4})(?: est\.)?\)\s*$/.exec(text)
  return match ? Number(match[1]) : null
}

type Json = Record<string, Record<string, Record<string, unknown>>>
type Expected = { key: string; year: number | null; amount: number; text: string }

function expectedFigures(json: Json): Expected[] {
  const figures: Expected[] = []
  for (const [key, [section, field, sub]] of Object.entries(FIELDS)) {
    const node = json[section]?.[field] as Record<string, { text?: string }> | undefined
    if (!node) throw new Error(`${section}/${field} missing`)
    const texts = sub
      ? [node[sub]?.text]
      : typeof node.text === 'string'
        ? [node.text]
        : Object.entries(node)
            .filter(([name]) => name.startsWith(`${field} `))
            .map(([, value]) => value.text)
    for (const text of texts) {
      if (typeof text !== 'string') throw new Error(`${field}: no text`)
      figures.push({ key, year: yearOf(text), amount: amountOf(text), text })
    }
  }
  for (const [key, field] of [
    ['export-partner', 'Exports - partners'],
    ['import-partner', 'Imports - partners'],
  ] as const) {
    const text = (json.Economy?.[field] as { text: string }).text
    const year = yearOf(text)
    for (const item of text.replace(/\s*\(\d{4}\)$/, '').split(', ')) {
      figures.push({ key, year, amount: Number.parseFloat(item.slice(item.lastIndexOf(' ') + 1)), text: item })
    }
  }
  return figures
}

let catalog: Catalog

beforeAll(async () => {
  catalog = await openShippedCatalog()
})

describe('independent check of the imported Factbook figures', () => {
  it('finds every amount of the 21 economies equal to its source text, and no figure without one', async () => {
    let largest = { relative: 0, where: 'none' }
    let compared = 0
    for (const [code, id] of Object.entries(FILES)) {
      const json = JSON.parse(await readFile(join(DATA_DIR, 'reference', 'factbook-2026-01', `${code}.json`), 'utf8')) as Json
      const expected = expectedFigures(json)
      const imported = catalog
        .getEntry(id)
        .facts.flatMap((fact) => (fact.quantity ? [{ key: fact.key, ...fact.quantity }] : []))
      expect(imported.map((figure) => `${figure.key} ${figure.year}`).sort(), id).toEqual(
        expected.map((figure) => `${figure.key} ${figure.year}`).sort(),
      )
      for (const want of expected) {
        // Partners share a key and year: the n-th of the source is the n-th in the pack.
        const same = expected.filter((other) => other.key === want.key && other.year === want.year)
        const got = imported.filter((other) => other.key === want.key && other.year === want.year)[same.indexOf(want)]
        const relative = Math.abs((got?.amount ?? Number.NaN) - want.amount) / Math.max(Math.abs(want.amount), 1e-12)
        expect(relative, `${id} ${want.key} ${want.year}: "${want.text}" vs ${got?.amount}`).toBeLessThan(1e-9)
        if (relative > largest.relative || compared === 0) largest = { relative, where: `${id} ${want.key} ${want.year} "${want.text}"` }
        compared += 1
      }
    }
    // The note on the issue reports this number.
    console.info(`factbook independent check: ${compared} amounts compared, largest relative difference ${largest.relative} (${largest.where})`)
    expect(compared).toBeGreaterThan(21 * 40)
  })
})
