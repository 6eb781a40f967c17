/**
 * What a comparison of economies shows, and how a briefing pack names one as an item id. Pure, so the
 * compare page, the print view, the Word writer and the CLI read a comparison the same way; the
 * page address (URLSearchParams) is the renderer's, in routing/compare-view.ts.
 */
import { COMPARISON_GROUPS, type ComparisonGroup } from '../economy/comparison-types'
import { INDICATORS } from '../economy/indicators'

/** What a comparison shows: the group, its columns, the order of its rows, the charted column, the economies set side by side. */
export interface ComparisonView {
  group: ComparisonGroup
  /** Indicator keys, in the order INDICATORS lists them; at least one. */
  columns: string[]
  /** NAME_SORT_KEY or an indicator key. */
  sort: { key: string; direction: SortDirection }
  /** The indicator the bar chart draws. */
  chart: string
  /** Row ids set side by side, in the order picked; at most MAX_PICKED. */
  picked: string[]
}

export type SortDirection = 'asc' | 'desc'

/** Sorting by the economy's name rather than by a figure. */
export const NAME_SORT_KEY = 'name'
export const MIN_PICKED = 2
export const MAX_PICKED = 5

/** The figures a briefing usually starts from; the reader adds or removes the rest. */
export const DEFAULT_COLUMNS: readonly string[] = [
  'population',
  'gdp-official',
  'gdp-ppp',
  'gdp-per-capita-ppp',
  'gdp-growth',
  'inflation',
  'exports',
  'imports',
]

export const DEFAULT_VIEW: ComparisonView = {
  group: 'apec',
  columns: [...DEFAULT_COLUMNS],
  sort: { key: 'gdp-official', direction: 'desc' },
  chart: 'gdp-official',
  picked: [],
}

export const INDICATOR_KEYS: readonly string[] = INDICATORS.map((indicator) => indicator.key)
export const isIndicator = (key: string | null | undefined): key is string => key != null && INDICATOR_KEYS.includes(key)
export const inIndicatorOrder = (keys: Iterable<string>) => {
  const wanted = new Set(keys)
  return INDICATOR_KEYS.filter((key) => wanted.has(key))
}
export const isGroup = (value: string | null | undefined): value is ComparisonGroup =>
  (COMPARISON_GROUPS as readonly (string | null | undefined)[]).includes(value)

/**
 * Short codes for the indicators, so a comparison fits in a briefing pack as one item id (a slug of
 * at most 120 characters, like an entry's) and packs need no new library format.
 */
const INDICATOR_CODES: Readonly<Record<string, string>> = {
  population: 'pop',
  'population-growth': 'popgr',
  area: 'area',
  'urban-population': 'urban',
  'median-age': 'age',
  'life-expectancy': 'life',
  'gdp-ppp': 'gdp',
  'gdp-official': 'gdpfx',
  'gdp-growth': 'growth',
  'gdp-per-capita-ppp': 'gdppc',
  inflation: 'infl',
  unemployment: 'unemp',
  'public-debt': 'debt',
  'current-account': 'cab',
  exports: 'exp',
  imports: 'imp',
}
const KEY_OF_CODE = new Map(Object.entries(INDICATOR_CODES).map(([key, code]) => [code, key]))

/** Every pack item id that is a comparison starts so; entry ids never do (the entries are named in Vietnamese). */
export const COMPARISON_ITEM_PREFIX = 'comparison'

/**
 * The view as a briefing pack item id: `comparison-apec-gdpfx-desc-gdpfx-pop-gdpfx-gdp`
 * (group, sort, direction, chart, columns). The side-by-side choice is the screen's, not the sheet's.
 */
export function comparisonItemId(view: ComparisonView): string {
  const code = (key: string) => (key === NAME_SORT_KEY ? NAME_SORT_KEY : (INDICATOR_CODES[key] ?? ''))
  return [COMPARISON_ITEM_PREFIX, view.group, code(view.sort.key), view.sort.direction, code(view.chart), ...view.columns.map(code)].join('-')
}

/** The view a pack item id names, or null when the id is an entry's (or a damaged comparison's). */
export function parseComparisonItemId(id: string): ComparisonView | null {
  const [prefix, group, sortCode, direction, chartCode, ...columnCodes] = id.split('-')
  if (prefix !== COMPARISON_ITEM_PREFIX || !isGroup(group)) return null
  if (direction !== 'asc' && direction !== 'desc') return null
  const sortKey = sortCode === NAME_SORT_KEY ? NAME_SORT_KEY : KEY_OF_CODE.get(sortCode ?? '')
  const chart = KEY_OF_CODE.get(chartCode ?? '')
  const columns = columnCodes.map((code) => KEY_OF_CODE.get(code))
  if (!sortKey || !chart || columns.length === 0 || columns.some((key) => key === undefined)) return null
  return {
    group,
    columns: inIndicatorOrder(columns.filter(isIndicator)),
    sort: { key: sortKey, direction },
    chart,
    picked: [],
  }
}

export function isComparisonItemId(id: string): boolean {
  return parseComparisonItemId(id) !== null
}
