import { comparisonTitle } from '../compare/comparison-title'
import type { PackItem } from './usePackEntries'

/** A comparison's line in a pack: its group and charted indicator, as the page named it when added. */
export function comparisonItemTitle(item: Extract<PackItem, { kind: 'comparison' }>): string {
  const chart = item.table.indicators.find((indicator) => indicator.key === item.view.chart)
  return comparisonTitle(item.view.group, chart?.label ?? '')
}
