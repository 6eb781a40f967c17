import { describe, expect, it } from 'vitest'
import { briefingPackSchema } from '../../../../data/core/library/library-schema'
import { INDICATORS } from '../../../../data/core/economy/indicators'
import {
  comparisonItemId,
  DEFAULT_VIEW,
  parseComparisonItemId,
  parseComparisonQuery,
  type ComparisonView,
} from '../../../../renderer/src/routing/compare-view'
import { parseRoute, routeHref } from '../../../../renderer/src/routing/routes'

const view: ComparisonView = {
  group: 'asean',
  columns: ['population', 'gdp-ppp', 'exports'],
  sort: { key: 'gdp-ppp', direction: 'asc' },
  chart: 'exports',
  picked: ['viet-nam', 'hong-kong-china'],
}

describe('a comparison in the address', () => {
  it('survives a round trip through #/compare and #/print/compare', () => {
    expect(parseRoute(routeHref({ name: 'compare', view }))).toEqual({ name: 'compare', view })
    expect(parseRoute(routeHref({ name: 'print-compare', view }))).toEqual({ name: 'print-compare', view })
  })

  it('opens on the default view from the plain address, which the header links to', () => {
    expect(routeHref({ name: 'compare', view: DEFAULT_VIEW })).toBe('#/compare')
    expect(parseRoute('#/compare')).toEqual({ name: 'compare', view: DEFAULT_VIEW })
  })

  it('drops what it cannot read and keeps columns in the indicators\' order', () => {
    const parsed = parseComparisonQuery('group=opec&cols=exports,nonsense,population&sort=%3Cb%3E&dir=up&chart=x&pick=a,b,../c,d,e,f,g')
    expect(parsed.group).toBe('apec')
    expect(parsed.columns).toEqual(['population', 'exports'])
    expect(parsed.sort).toEqual(DEFAULT_VIEW.sort)
    expect(parsed.chart).toBe(DEFAULT_VIEW.chart)
    // At most five side by side; a path is not an economy id.
    expect(parsed.picked).toEqual(['a', 'b', 'd', 'e', 'f'])
    expect(parseComparisonQuery('cols=').columns).toEqual(DEFAULT_VIEW.columns)
  })
})

describe('a comparison as a briefing pack item', () => {
  it('round-trips its group, sort, chart and columns through the item id (the side-by-side choice stays on screen)', () => {
    expect(parseComparisonItemId(comparisonItemId(view))).toEqual({ ...view, picked: [] })
    const byName: ComparisonView = { ...view, sort: { key: 'name', direction: 'asc' } }
    expect(parseComparisonItemId(comparisonItemId(byName))?.sort).toEqual({ key: 'name', direction: 'asc' })
  })

  it('is an id the library accepts, even with all sixteen columns', () => {
    const widest: ComparisonView = { ...view, columns: INDICATORS.map((indicator) => indicator.key) }
    const id = comparisonItemId(widest)
    expect(parseComparisonItemId(id)?.columns).toHaveLength(16)
    const pack = {
      id: 'goi-1',
      title: 'Gói',
      meeting: '',
      date: '',
      note: '',
      entryIds: ['viet-nam', id],
      entryTitles: { 'viet-nam': 'Việt Nam', [id]: 'So sánh' },
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }
    expect(briefingPackSchema.safeParse(pack).success).toBe(true)
  })

  it('never takes an entry id, or a damaged comparison id, for a comparison', () => {
    for (const id of ['viet-nam', 'apec-2017', 'comparison', 'comparison-apec', 'comparison-opec-pop-desc-pop-pop', 'comparison-apec-pop-down-pop-pop', 'comparison-apec-pop-desc-pop-xyz']) {
      expect(parseComparisonItemId(id)).toBeNull()
    }
  })
})
