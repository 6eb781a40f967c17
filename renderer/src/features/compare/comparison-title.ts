import type { ComparisonGroup } from '../../../../data/core/economy/comparison-types'
import { STRINGS } from '../../strings'

/** How a comparison is named in a briefing pack's list and contents: "So sánh các nền kinh tế APEC: Dân số". */
export function comparisonTitle(group: ComparisonGroup, chartLabel: string): string {
  return STRINGS.compare.packTitle(STRINGS.compare.groupTitle[group], chartLabel)
}
