import type { ComparisonRow } from '../economy/comparison-types'
import { NAME_SORT_KEY, type ComparisonView, type SortDirection } from './compare-view'

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })

/**
 * The rows in the view's order. An economy without the figure goes last whichever the direction
 * (it is not "the smallest"); ties and missing figures fall back to the name, so the order is stable.
 */
export function sortRows<T extends Pick<ComparisonRow, 'title' | 'values'>>(rows: readonly T[], sort: ComparisonView['sort']): T[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  const byName = (a: T, b: T) => collator.compare(a.title, b.title)
  if (sort.key === NAME_SORT_KEY) return [...rows].sort((a, b) => sign * byName(a, b))
  const amount = (row: T) => row.values[sort.key]?.amount
  return [...rows].sort((a, b) => {
    const [x, y] = [amount(a), amount(b)]
    if (x === undefined || y === undefined) return x === y ? byName(a, b) : x === undefined ? 1 : -1
    return x === y ? byName(a, b) : sign * (x - y)
  })
}

/**
 * The sort after the reader chooses a column: the same column turns round; a new figure starts
 * largest first (what a briefing asks: who is biggest), the name starts from A.
 */
export function nextSort(current: ComparisonView['sort'], key: string): ComparisonView['sort'] {
  if (current.key === key) return { key, direction: flip(current.direction) }
  return { key, direction: key === NAME_SORT_KEY ? 'asc' : 'desc' }
}

function flip(direction: SortDirection): SortDirection {
  return direction === 'asc' ? 'desc' : 'asc'
}
