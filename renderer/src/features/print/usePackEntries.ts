import type { BriefingItem } from '../../../../data/core/sheet/briefing-document'
import { ok, type Result } from '../../../../data/core/result'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { useApiResult, type Loadable } from '../../data/useApiResult'
import { parseComparisonItemId } from '../../routing/compare-view'

/** One place in a pack (the core's BriefingItem): an entry, a comparison, or an id no longer in the data pack. */
export type PackItem = BriefingItem

/**
 * The pack's items in pack order. An id the data pack no longer has is kept as a missing item
 * (the contents warn about it); any other failure fails the whole pack, since its pages would lie.
 */
export function usePackEntries(ids: readonly string[]): [Loadable<PackItem[]>, () => void] {
  return useApiResult(`pack-entries:${ids.join(',')}`, async (): Promise<Result<PackItem[]>> => {
    const results = await Promise.all(ids.map(loadItem))
    const items: PackItem[] = []
    for (const [index, result] of results.entries()) {
      const id = ids[index] ?? ''
      if (result.ok) items.push(result.value)
      else if (result.error.code === 'not-found') items.push({ kind: 'missing', id })
      else return result
    }
    return ok(items)
  })
}

async function loadItem(id: string): Promise<Result<PackItem>> {
  const view = parseComparisonItemId(id)
  if (view) {
    const table = await getEncyclopediaApi().getComparison({ group: view.group })
    return table.ok ? ok({ kind: 'comparison', id, view, table: table.value }) : table
  }
  const entry = await getEncyclopediaApi().getEntry({ id })
  return entry.ok ? ok({ kind: 'entry', id, entry: entry.value }) : entry
}
