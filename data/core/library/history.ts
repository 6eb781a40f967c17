import { HISTORY_LIMIT, type HistoryItem, type LibraryDocument } from './library-schema'

/** Moves the page to the top (a revisit is not a second line) and keeps the newest HISTORY_LIMIT. */
export function recordVisit(library: LibraryDocument, visit: Omit<HistoryItem, 'visitedAt'>, now: string): LibraryDocument {
  const rest = library.history.filter((item) => !(item.kind === visit.kind && item.id === visit.id))
  return { ...library, history: [{ ...visit, visitedAt: now }, ...rest].slice(0, HISTORY_LIMIT) }
}

export function clearHistory(library: LibraryDocument): LibraryDocument {
  return library.history.length === 0 ? library : { ...library, history: [] }
}
