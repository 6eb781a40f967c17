import { clearHistory as clearLibraryHistory, recordVisit as recordLibraryVisit } from '../../../../data/core/library/history'
import type { HistoryItem } from '../../../../data/core/library/library-schema'
import { changeLibrary, getLibrary, now, subscribeLibrary } from '../library/library-state'

export type { HistoryItem }

/** Recently viewed entries and sources, newest first: the history part of the user's library. */
export function getHistory(): readonly HistoryItem[] {
  return getLibrary().history
}

/** Moves the page to the top (a revisit is not a second line) and keeps the newest 100. */
export function recordVisit(visit: Omit<HistoryItem, 'visitedAt'>): void {
  void changeLibrary((library) => recordLibraryVisit(library, visit, now()))
}

export function clearHistory(): void {
  void changeLibrary(clearLibraryHistory)
}

export const subscribeHistory = subscribeLibrary
