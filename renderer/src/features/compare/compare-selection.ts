import type { ComparisonGroup } from '../../../../data/core/economy/comparison-types'
import { INDICATORS } from '../../../../data/core/economy/indicators'
import { MAX_PICKED, NAME_SORT_KEY, type ComparisonView } from '../../routing/compare-view'
import { nextSort } from '../../../../data/core/compare/compare-sort'

/**
 * The reader's choices on the comparison page, as pure changes of the view (kept in the address).
 * Each returns the same view object when the choice changes nothing.
 */

/** Sorting by a figure also charts it: the chart shows the order the table was just put in. */
export function sortBy(view: ComparisonView, key: string): ComparisonView {
  return { ...view, sort: nextSort(view.sort, key), chart: key === NAME_SORT_KEY ? view.chart : key }
}

export function chartBy(view: ComparisonView, key: string): ComparisonView {
  return view.columns.includes(key) && key !== view.chart ? { ...view, chart: key } : view
}

/**
 * Shows or hides a column; the last one stays (a table of names compares nothing). A hidden column
 * neither sorts nor is charted: both move to the first column left.
 */
export function toggleColumn(view: ComparisonView, key: string): ComparisonView {
  const shown = view.columns.includes(key)
  if (shown && view.columns.length === 1) return view
  const wanted = shown ? view.columns.filter((column) => column !== key) : [...view.columns, key]
  const columns = INDICATORS.map((indicator) => indicator.key).filter((column) => wanted.includes(column))
  const first = columns[0] ?? key
  return {
    ...view,
    columns,
    sort: shown && view.sort.key === key ? { key: first, direction: 'desc' } : view.sort,
    chart: shown && view.chart === key ? first : view.chart,
  }
}

/** Sets an economy side by side, or takes it away; a sixth is refused (the page says why). */
export function togglePick(view: ComparisonView, id: string): ComparisonView {
  if (view.picked.includes(id)) return { ...view, picked: view.picked.filter((picked) => picked !== id) }
  return view.picked.length >= MAX_PICKED ? view : { ...view, picked: [...view.picked, id] }
}

export function clearPicks(view: ComparisonView): ComparisonView {
  return view.picked.length === 0 ? view : { ...view, picked: [] }
}

/** Another group has other members: the side-by-side choice starts again. */
export function chooseGroup(view: ComparisonView, group: ComparisonGroup): ComparisonView {
  return view.group === group ? view : { ...view, group, picked: [] }
}
