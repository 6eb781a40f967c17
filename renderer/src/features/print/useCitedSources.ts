import type { SourceDocument } from '../../../../data/core/api-contract'
import type { SheetSource } from '../../../../data/core/fact-sheet'
import { ok } from '../../../../data/core/result'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'
import { useApiResult, type Loadable } from '../../data/useApiResult'

/** The primary documents a sheet cites, read from the pack; a document that cannot be read is null. */
export function useCitedSources(sources: readonly SheetSource[]): Loadable<ReadonlyMap<string, SourceDocument | null>> {
  const ids = sources.filter((source) => source.kind === 'primary').map((source) => source.sourceId)
  const [documents] = useApiResult(`cited:${ids.join(',')}`, async () => {
    const results = await Promise.all(ids.map((id) => getEncyclopediaApi().getSource({ id })))
    return ok(new Map(ids.map((id, index) => [id, results[index]?.ok ? results[index].value : null])))
  })
  return documents
}
