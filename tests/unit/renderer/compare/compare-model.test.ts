import { describe, expect, it } from 'vitest'
import type { Citation } from '../../../../data/core/api-contract'
import type { ComparisonRow, ComparisonTable, ComparisonValue } from '../../../../data/core/economy/comparison-types'
import { barGeometry, inlineBars } from '../../../../renderer/src/features/compare/bar-chart-geometry'
import { chooseGroup, sortBy, togglePick, toggleColumn } from '../../../../renderer/src/features/compare/compare-selection'
import { compareChartModel, compareSheetModel } from '../../../../data/core/compare/compare-sheet-model'
import { sortRows } from '../../../../data/core/compare/compare-sort'
import { DEFAULT_VIEW, type ComparisonView } from '../../../../renderer/src/routing/compare-view'

const factbook: Citation = {
  sourceId: 'cia-world-factbook-2026-01',
  sourceTitle: 'CIA World Factbook, bản cuối tháng 1/2026',
  sourcePublisher: 'CIA',
  sourceKind: 'reference',
  paragraph: null,
}

const figure = (amount: number, year: number, note: string): ComparisonValue => ({
  amount,
  unit: 'percent',
  year,
  display: `${amount} %`,
  note,
  citation: factbook,
})

const row = (id: string, title: string, values: Record<string, ComparisonValue>): ComparisonRow => ({ id, title, entryId: id, values })

// Hand-made figures: growth known for three economies, Đài Bắc's from another year, Lào's missing.
const rows = [
  row('viet-nam', 'Việt Nam', { 'gdp-growth': figure(7.1, 2024, 'ước tính 2024') }),
  row('chinese-taipei', 'Đài Bắc, Trung Hoa', { 'gdp-growth': figure(1.28, 2023, 'ước tính 2023') }),
  row('laos', 'Lào', {}),
  row('new-zealand', 'Niu Di-lân', { 'gdp-growth': figure(-0.1, 2024, 'ước tính 2024') }),
]
const table: ComparisonTable = {
  group: 'apec',
  indicators: [
    { key: 'population', label: 'Dân số', unit: 'people' },
    { key: 'gdp-growth', label: 'Tăng trưởng GDP thực tế', unit: 'percent' },
  ],
  rows,
  totals: [],
  citation: factbook,
}
const view: ComparisonView = { group: 'apec', columns: ['gdp-growth'], sort: { key: 'gdp-growth', direction: 'desc' }, chart: 'gdp-growth', picked: [] }

describe('sorting the comparison', () => {
  it('puts an economy without the figure last in both directions', () => {
    expect(sortRows(rows, { key: 'gdp-growth', direction: 'desc' }).map((item) => item.id)).toEqual(['viet-nam', 'chinese-taipei', 'new-zealand', 'laos'])
    expect(sortRows(rows, { key: 'gdp-growth', direction: 'asc' }).map((item) => item.id)).toEqual(['new-zealand', 'chinese-taipei', 'viet-nam', 'laos'])
  })

  it('sorts names in Vietnamese alphabetical order (Đ after D, before L)', () => {
    expect(sortRows(rows, { key: 'name', direction: 'asc' }).map((item) => item.title)).toEqual(['Đài Bắc, Trung Hoa', 'Lào', 'Niu Di-lân', 'Việt Nam'])
  })

  it('turns a column round on a second choice; a new figure starts largest first and is charted', () => {
    const once = sortBy({ ...DEFAULT_VIEW, sort: { key: 'name', direction: 'asc' } }, 'inflation')
    expect(once.sort).toEqual({ key: 'inflation', direction: 'desc' })
    expect(once.chart).toBe('inflation')
    expect(sortBy(once, 'inflation').sort).toEqual({ key: 'inflation', direction: 'asc' })
    // Sorting by name keeps the chart it had.
    expect(sortBy(once, 'name')).toMatchObject({ sort: { key: 'name', direction: 'asc' }, chart: 'inflation' })
  })
})

describe('choosing columns and economies', () => {
  it('keeps the last column, and moves sort and chart off a hidden column', () => {
    const one = { ...view, columns: ['gdp-growth'] }
    expect(toggleColumn(one, 'gdp-growth')).toBe(one)
    const two = toggleColumn(one, 'population')
    expect(two.columns).toEqual(['population', 'gdp-growth'])
    const hidden = toggleColumn(two, 'gdp-growth')
    expect(hidden).toMatchObject({ columns: ['population'], sort: { key: 'population' }, chart: 'population' })
  })

  it('sets at most five side by side, and starts again in another group', () => {
    let picked = view
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) picked = togglePick(picked, id)
    expect(picked.picked).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(togglePick(picked, 'c').picked).toEqual(['a', 'b', 'd', 'e'])
    expect(chooseGroup(picked, 'asean')).toMatchObject({ group: 'asean', picked: [] })
  })
})

describe('the comparison sheet model', () => {
  const model = compareSheetModel(table, view)

  it('says a column\'s shared year once and a different year in its cell', () => {
    expect(model.columns).toEqual([
      { key: 'gdp-growth', label: 'Tăng trưởng GDP thực tế', unit: 'percent', note: 'ước tính 2024', years: [2024, 2023], sources: ['CIA World Factbook, bản cuối tháng 1/2026'] },
    ])
    const cells = Object.fromEntries(model.rows.map((item) => [item.id, item.cells[0]]))
    expect(cells['viet-nam']).toEqual({ display: '7.1 %', amount: 7.1, year: 2024, note: null })
    expect(cells['chinese-taipei']?.note).toBe('ước tính 2023')
    expect(cells['laos']).toEqual({ display: null, amount: null, year: null, note: null })
  })

  it('orders rows as the view sorts, sets Viet Nam apart and names each source once', () => {
    expect(model.rows.map((item) => item.id)).toEqual(['viet-nam', 'chinese-taipei', 'new-zealand', 'laos'])
    expect(model.rows.filter((item) => item.highlight).map((item) => item.id)).toEqual(['viet-nam'])
    expect(model.sources).toEqual([{ sourceId: factbook.sourceId, title: factbook.sourceTitle, publisher: 'CIA', kind: 'reference' }])
    expect(model.title).toBe('So sánh các nền kinh tế APEC')
    expect(model.subtitle).toBe('Xếp theo Tăng trưởng GDP thực tế, giảm dần')
  })

  it('charts the figures that exist and names the economies without one', () => {
    const chart = compareChartModel(table, view)
    expect(chart?.bars.map((bar) => bar.id)).toEqual(['viet-nam', 'chinese-taipei', 'new-zealand'])
    expect(chart?.missing).toEqual(['Lào'])
  })
})

describe('bar geometry', () => {
  it('draws from zero: a negative figure left of the axis, a larger one longer', () => {
    const bars = compareChartModel(table, view)?.bars ?? []
    const geometry = barGeometry(bars)
    const [vietNam, taipei, newZealand] = geometry.bars
    expect(vietNam?.x).toBeCloseTo(geometry.zeroX)
    expect(newZealand && newZealand.x + newZealand.width).toBeCloseTo(geometry.zeroX)
    expect(vietNam?.width).toBeGreaterThan(taipei?.width ?? Infinity)
    const inline = inlineBars([7.1, -0.1, 1.28])
    expect(inline.bar(-0.1).x).toBeLessThan(inline.zero)
    expect(inline.bar(7.1).x + inline.bar(7.1).width).toBeLessThanOrEqual(100)
  })
})
