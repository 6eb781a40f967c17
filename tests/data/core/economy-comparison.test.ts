import { beforeAll, describe, expect, it } from 'vitest'
import type { ComparisonTable } from '../../../data/core/api-contract'
import type { Catalog } from '../../../data/core/catalog'
import { openShippedCatalog } from '../../helpers/pack'

let catalog: Catalog
let apec: ComparisonTable
let asean: ComparisonTable

beforeAll(async () => {
  catalog = await openShippedCatalog()
  apec = catalog.getComparison('apec')
  asean = catalog.getComparison('asean')
})

const totalOf = (table: ComparisonTable, key: string) => {
  const total = table.totals.find((item) => item.key === key)
  if (!total) throw new Error(`no total for ${key}`)
  return total
}

describe('group totals of the economy comparison', () => {
  it('adds up the population of the 21, each at its latest year, and says which years those are', () => {
    const total = totalOf(apec, 'population')
    const sum = apec.rows.reduce((acc, row) => acc + (row.values.population?.amount ?? 0), 0)
    expect(total.amount).toBe(sum)
    expect(total.missing).toEqual([])
    // The files date populations 2025 or 2024: both years are named with their economies.
    expect(total.years.map((item) => item.year)).toEqual([2025, 2024])
    expect(total.years.flatMap((item) => item.members)).toHaveLength(21)
    expect(total.years.find((item) => item.year === 2024)?.members).toContain('Nhật Bản')
    // xx.json: "8,057,236,243 (2024 est.)".
    expect(total.world).toMatchObject({ amount: 8_057_236_243, year: 2024 })
    expect(total.share?.amount).toBeCloseTo((sum / 8_057_236_243) * 100, 10)
    expect(total.share?.display).toMatch(/^\d+,\d %$/)
  })

  it("sums GDP (PPP) over one year every member has, and divides by the world's GDP of that year", () => {
    const total = totalOf(apec, 'gdp-ppp')
    // Korea and Chinese Taipei stop at 2023, so 2023 is the latest year all 21 have.
    expect(total.years).toEqual([{ year: 2023, members: expect.any(Array) }])
    expect(total.years[0]?.members).toHaveLength(21)
    const vietNam2023 = catalog.getEntry('viet-nam').facts.find((fact) => fact.key === 'gdp-ppp' && fact.quantity?.year === 2023)
    expect(vietNam2023?.quantity?.amount).toBe(1.359e12)
    // xx.json: "$167.633 trillion (2023 est.)".
    expect(total.world).toMatchObject({ amount: 167.633e12, year: 2023 })
    expect(total.share?.amount).toBeCloseTo((total.amount / 167.633e12) * 100, 10)
  })

  it('lists the ten ASEAN members with the three outside APEC, and totals them the same way', () => {
    expect(asean.rows.map((row) => row.title)).toContain('Lào')
    const population = totalOf(asean, 'population')
    expect(population.amount).toBe(asean.rows.reduce((acc, row) => acc + (row.values.population?.amount ?? 0), 0))
    expect(population.years.flatMap((item) => item.members)).toHaveLength(10)
  })

  it('never counts an ASEAN member outside APEC among the APEC economies', () => {
    expect(apec.rows.map((row) => row.id)).not.toContain('myanmar')
    expect(catalog.listMembers().map((member) => member.entry.id)).not.toContain('cambodia')
    expect(totalOf(apec, 'population').years.flatMap((item) => item.members)).not.toContain('Lào')
  })
})

describe('the Factbook as a reference source', () => {
  it('is listed with its provenance and cited by the 21 economies', () => {
    const source = catalog.getSource('cia-world-factbook-2026-01')
    expect(source).toMatchObject({ kind: 'reference', title: 'CIA World Factbook, bản cuối tháng 1/2026', publisher: 'CIA' })
    expect(source.origin).toContain('783ed27f')
    expect(source.licence).toContain('CC0')
    expect(source.citedBy.map((entry) => entry.id).sort()).toEqual(catalog.listEntries('economy').map((entry) => entry.id).sort())
  })
})

