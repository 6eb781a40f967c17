import { useEffect, useSyncExternalStore } from 'react'
import { getHistory, recordVisit, subscribeHistory, type HistoryItem } from './history-store'

export function useHistoryItems(): readonly HistoryItem[] {
  return useSyncExternalStore(subscribeHistory, getHistory)
}

/** Records a page in the history once its title is known (null while it loads). */
export function useRecordVisit(kind: HistoryItem['kind'], id: string, title: string | null): void {
  useEffect(() => {
    if (title !== null) recordVisit({ kind, id, title })
  }, [kind, id, title])
}
