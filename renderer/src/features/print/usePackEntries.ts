import type { EntryDocument } from '../../../../data/core/api-contract'
import { ok, type Result } from '../../../../data/core/result'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { useApiResult, type Loadable } from '../../data/useApiResult'

/** One place in a pack: the entry, or null when its id is no longer in the data pack. */
export interface PackItem {
  id: string
  entry: EntryDocument | null
}

/**
 * The pack's entries in pack order. An id the data pack no longer has is kept as a missing item
 * (the contents warn about it); any other failure fails the whole pack, since its pages would lie.
 */
export function usePackEntries(ids: readonly string[]): [Loadable<PackItem[]>, () => void] {
  return useApiResult(`pack-entries:${ids.join(',')}`, async (): Promise<Result<PackItem[]>> => {
    const results = await Promise.all(ids.map((id) => getEncyclopediaApi().getEntry({ id })))
    const items: PackItem[] = []
    for (const [index, result] of results.entries()) {
      const id = ids[index] ?? ''
      if (result.ok) items.push({ id, entry: result.value })
      else if (result.error.code === 'not-found') items.push({ id, entry: null })
      else return result
    }
    return ok(items)
  })
}
