import { useEffect, useState } from 'react'
import type { SearchHit, SearchInput, SearchResults } from '../../../../data/core/api-contract'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'

export type HitGroupName = 'entries' | 'passages'
export type PerGroup<T> = Record<HitGroupName, T>

/** The most hits one request may ask for (SearchInput.limit). */
const MAX_REQUEST = 100

export interface MoreHits {
  /** The first page and every page loaded after it, per group. */
  hits: PerGroup<SearchHit[]>
  /** A group whose next hits are on their way. */
  loading: HitGroupName | null
  /** The last request for more failed; asking again retries it. */
  failed: boolean
  retry(): void
}

interface Loaded extends PerGroup<SearchHit[]> {
  /** The first page these hits follow: new results (another query, a filter) start afresh. */
  after: SearchResults | null
}

/**
 * Loads the hits after the first page, group by group, until each group shows `wanted` (or all
 * it has). `input` must keep its identity while the search does not change.
 */
export function useMoreHits(
  first: SearchResults | null,
  input: SearchInput,
  wanted: PerGroup<number>,
): MoreHits {
  const [loaded, setLoaded] = useState<Loaded>({ after: first, entries: [], passages: [] })
  const [failure, setFailure] = useState<{ after: SearchResults | null; count: number } | null>(null)
  const current: Loaded = loaded.after === first ? loaded : { after: first, entries: [], passages: [] }
  if (loaded.after !== first) setLoaded(current)
  const hits: PerGroup<SearchHit[]> = {
    entries: [...(first?.entries ?? []), ...current.entries],
    passages: [...(first?.passages ?? []), ...current.passages],
  }
  const missing = (group: HitGroupName) =>
    first ? Math.min(wanted[group], first.counts[group]) - hits[group].length : 0
  const group: HitGroupName | null =
    missing('entries') > 0 ? 'entries' : missing('passages') > 0 ? 'passages' : null
  const offset = group ? hits[group].length : 0
  const limit = group ? Math.min(MAX_REQUEST, missing(group)) : 0
  const failed = failure !== null && failure.after === first && failure.count === offset

  useEffect(() => {
    if (first === null || group === null || failed) return
    let live = true
    const fail = () => {
      if (live) setFailure({ after: first, count: offset })
    }
    getEncyclopediaApi()
      .search({ ...input, offset, limit })
      .then((result) => {
        if (!live) return
        // An empty page where hits were counted would ask again forever: treat it as a failure.
        if (!result.ok || result.value[group].length === 0) return fail()
        const page = result.value[group]
        setLoaded((previous) =>
          previous.after !== first || first[group].length + previous[group].length !== offset
            ? previous
            : { ...previous, [group]: [...previous[group], ...page] },
        )
      }, fail)
    return () => {
      live = false
    }
  }, [first, input, group, offset, limit, failed])

  return {
    hits,
    loading: failed ? null : group,
    failed,
    retry: () => setFailure(null),
  }
}
