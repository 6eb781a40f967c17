import { describe, expect, it } from 'vitest'
import type { ApecYear } from '../../../../data/core/api-contract'
import { pickApecYears } from '../../../../renderer/src/features/home/pick-apec-years'

const year = (value: number): ApecYear => ({
  year: value,
  entry: { id: `apec-${value}`, type: 'meeting', title: `APEC ${value}`, nameEn: null, nameZh: null, summary: '' },
  host: { id: 'host', type: 'economy', title: 'Chủ nhà' },
})
const years = [2015, 2016, 2017, 2018, 2019, 2020].map(year)
const values = (picked: readonly ApecYear[]) => picked.map((item) => item.year)

describe('pickApecYears', () => {
  it("features this year's entry and the years before it, newest first", () => {
    const picked = pickApecYears(years, 2018, 2)
    expect(picked.thisYear?.year).toBe(2018)
    expect(picked.featured?.year).toBe(2018)
    expect(values(picked.recent)).toEqual([2017, 2016])
  })

  it('without an entry for this year, features the latest year up to now and says it is not this year', () => {
    const picked = pickApecYears(years, 2031, 3)
    expect(picked.thisYear).toBeNull()
    expect(picked.featured?.year).toBe(2020)
    expect(values(picked.recent)).toEqual([2019, 2018, 2017])
  })

  it('never features a future year when past ones exist, and copes with an empty pack', () => {
    expect(pickApecYears([...years, year(2030)], 2025, 1).featured?.year).toBe(2020)
    expect(pickApecYears([year(2030)], 2025, 1).featured?.year).toBe(2030)
    expect(pickApecYears([], 2025, 4)).toEqual({ thisYear: null, featured: null, recent: [] })
  })
})
