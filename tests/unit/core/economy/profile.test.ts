import { beforeAll, describe, expect, it } from 'vitest'
import type { EntryDocument } from '../../../../data/core/api-contract'
import { economyProfile, ownFacts, sheetIndicators } from '../../../../data/core/economy/profile'
import { openShippedCatalog } from '../../../helpers/pack'

let vietNam: EntryDocument
let apec: EntryDocument

beforeAll(async () => {
  const catalog = await openShippedCatalog()
  vietNam = catalog.getEntry('viet-nam')
  apec = catalog.getEntry('apec')
})

describe('economyProfile', () => {
  it("groups Việt Nam's figures by indicator, oldest year first, the latest apart", () => {
    const profile = economyProfile(vietNam.facts)
    const gdp = profile?.indicators.find((item) => item.indicator.key === 'gdp-ppp')
    expect(gdp?.figures.map((fact) => fact.quantity?.year)).toEqual([2022, 2023, 2024])
    expect(gdp?.latest.quantity).toEqual({ amount: 1.456e12, unit: 'usd', year: 2024 })
    expect(profile?.capital?.value).toBe('Hà Nội')
    expect(profile?.exportPartners.map((fact) => fact.value)).toEqual(['Hoa Kỳ', 'Trung Quốc', 'Nhật Bản', 'Hồng Công, Trung Quốc', 'Đức'])
    expect(profile?.citation.sourceId).toBe('cia-world-factbook-2026-01')
  })

  it('keeps the entry\'s own facts apart from the figures, in their order', () => {
    expect(ownFacts(vietNam.facts).map((fact) => fact.key)).toEqual([
      'joined', 'hosted', 'hosted', 'som-chair', 'delegation-head', 'asean-chair', 'unsc-membership', 'partnership-united-states',
    ])
  })

  it('gives the sheet its ten indicators in order', () => {
    const profile = economyProfile(vietNam.facts)
    expect(profile && sheetIndicators(profile).map((item) => item.indicator.key)).toEqual([
      'population', 'area', 'gdp-official', 'gdp-ppp', 'gdp-per-capita-ppp', 'gdp-growth', 'inflation', 'unemployment', 'exports', 'imports',
    ])
  })

  it('has no profile for an entry without figures', () => {
    expect(economyProfile(apec.facts)).toBeNull()
  })
})
