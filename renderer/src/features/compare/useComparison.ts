import type { ComparisonGroup, ComparisonTable } from '../../../../data/core/economy/comparison-types'
import { useApiResult, type Loadable } from '../../data/useApiResult'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'

/** A group's comparison table from the open pack; sorting and columns are the page's, not the API's. */
export function useComparison(group: ComparisonGroup): [Loadable<ComparisonTable>, () => void] {
  return useApiResult(`comparison:${group}`, () => getEncyclopediaApi().getComparison({ group }))
}
