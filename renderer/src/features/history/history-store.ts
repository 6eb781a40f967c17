/**
 * Recently viewed entries and sources, newest first, in memory and in localStorage. What is read
 * back is checked item by item: a corrupt or foreign value is ignored, never trusted or thrown.
 */
export interface HistoryItem {
  kind: 'entry' | 'source'
  id: string
  title: string
  /** When it was viewed, ISO 8601. */
  viewedAt: string
}

export const HISTORY_KEY = 'apec.history'
export const HISTORY_LIMIT = 100

type Listener = () => void

let items: readonly HistoryItem[] | undefined
const listeners = new Set<Listener>()

export function parseHistory(raw: string | null): HistoryItem[] {
  if (raw === null) return []
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(value)) return []
  return value.filter(isHistoryItem).slice(0, HISTORY_LIMIT)
}

function isHistoryItem(value: unknown): value is HistoryItem {
  if (typeof value !== 'object' || value === null) return false
  const item = value as Record<string, unknown>
  return (
    (item.kind === 'entry' || item.kind === 'source') &&
    typeof item.id === 'string' &&
    item.id.length > 0 &&
    item.id.length <= 200 &&
    typeof item.title === 'string' &&
    item.title.length <= 500 &&
    typeof item.viewedAt === 'string' &&
    !Number.isNaN(Date.parse(item.viewedAt))
  )
}

export function getHistory(): readonly HistoryItem[] {
  items ??= parseHistory(readStorage())
  return items
}

/** Moves the item to the top (a revisit is not a second line) and keeps the newest 100. */
export function recordVisit(visit: Omit<HistoryItem, 'viewedAt'>, now = new Date()): void {
  const rest = getHistory().filter((item) => !(item.kind === visit.kind && item.id === visit.id))
  update([{ ...visit, viewedAt: now.toISOString() }, ...rest].slice(0, HISTORY_LIMIT))
}

export function clearHistory(): void {
  update([])
}

export function subscribeHistory(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function update(next: readonly HistoryItem[]): void {
  items = next
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(next))
  } catch {
    // Storage full or disabled: the in-memory list still serves this session.
  }
  for (const listener of listeners) listener()
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(HISTORY_KEY)
  } catch {
    return null
  }
}
