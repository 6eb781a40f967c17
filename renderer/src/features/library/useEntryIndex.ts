import { useMemo } from 'react'
import type { EntrySummary } from '../../../../data/core/api-contract'
import { useApiResult } from '../../data/useApiResult'
import { getEncyclopediaApi } from '../../platform/encyclopedia-api'

/**
 * The entries of the open pack by id, to tell which saved references still exist. Null while it
 * loads (or if it cannot), and then nothing is called missing.
 */
export function useEntryIndex(): ReadonlyMap<string, EntrySummary> | null {
  const [entries] = useApiResult('library:entry-index', () => getEncyclopediaApi().listEntries({}))
  return useMemo(() => (entries.status === 'ready' ? new Map(entries.value.map((entry) => [entry.id, entry])) : null), [entries])
}
