import type { EntryDocument } from '../../../../data/core/api-contract'
import type { Result } from '../../../../data/core/result'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'

/** Entries fetched for previews, kept for the session: hovering the same link twice asks once. */
const cache = new Map<string, Promise<Result<EntryDocument>>>()

export function loadEntryPreview(id: string): Promise<Result<EntryDocument>> {
  let request = cache.get(id)
  if (!request) {
    request = getEncyclopediaApi().getEntry({ id })
    cache.set(id, request)
    // A failure (e.g. a link to a missing entry) is not cached, so a later hover can try again.
    void request.then((result) => {
      if (!result.ok) cache.delete(id)
    })
  }
  return request
}
