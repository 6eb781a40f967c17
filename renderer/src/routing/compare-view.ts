import { SLUG_PATTERN } from '../../../data/core/slug'
import {
  DEFAULT_COLUMNS,
  DEFAULT_VIEW,
  MAX_PICKED,
  NAME_SORT_KEY,
  inIndicatorOrder,
  isGroup,
  isIndicator,
  type ComparisonView,
} from '../../../data/core/compare/compare-view'

// The view and the pack item id live in the core (the Word writer and the CLI read them too).
export {
  COMPARISON_ITEM_PREFIX,
  DEFAULT_COLUMNS,
  DEFAULT_VIEW,
  MAX_PICKED,
  MIN_PICKED,
  NAME_SORT_KEY,
  comparisonItemId,
  isComparisonItemId,
  parseComparisonItemId,
  type ComparisonView,
  type SortDirection,
} from '../../../data/core/compare/compare-view'

/** A view from `group=…&cols=a,b&sort=…&dir=…&chart=…&pick=x,y`; anything unreadable falls back to the default. */
export function parseComparisonQuery(query: string): ComparisonView {
  const params = new URLSearchParams(query)
  const list = (name: string) => (params.get(name) ?? '').split(',').map((item) => item.trim()).filter(Boolean)
  const group = params.get('group')
  const columns = inIndicatorOrder(list('cols').filter(isIndicator))
  const sortKey = params.get('sort')
  const chart = params.get('chart')
  const direction = params.get('dir')
  const picked = [...new Set(list('pick').filter((id) => SLUG_PATTERN.test(id)))].slice(0, MAX_PICKED)
  return {
    group: isGroup(group) ? group : DEFAULT_VIEW.group,
    columns: columns.length > 0 ? columns : [...DEFAULT_COLUMNS],
    sort:
      sortKey === NAME_SORT_KEY || isIndicator(sortKey)
        ? { key: sortKey, direction: direction === 'asc' ? 'asc' : 'desc' }
        : { ...DEFAULT_VIEW.sort },
    chart: isIndicator(chart) ? chart : DEFAULT_VIEW.chart,
    picked,
  }
}

/** Whether the view is the one `#/compare` opens on, so the plain address can stand for it. */
export function isDefaultView(view: ComparisonView): boolean {
  return comparisonQuery(view) === comparisonQuery(DEFAULT_VIEW)
}

export function comparisonQuery(view: ComparisonView): string {
  const parts = [
    `group=${view.group}`,
    `cols=${view.columns.join(',')}`,
    `sort=${view.sort.key}`,
    `dir=${view.sort.direction}`,
    `chart=${view.chart}`,
  ]
  if (view.picked.length > 0) parts.push(`pick=${view.picked.map(encodeURIComponent).join(',')}`)
  return parts.join('&')
}

