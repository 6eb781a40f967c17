import { importLibrary } from '../../../../data/core/library/library-import'
import { updateSettings } from '../../../../data/core/library/library-settings'
import {
  createEmptyLibrary,
  historyItemSchema,
  librarySettingsSchema,
  type HistoryItem,
  type LibraryDocument,
  type LibrarySettings,
} from '../../../../data/core/library/library-schema'

/** Where history and display settings lived before the library (both editions used localStorage). */
const HISTORY_KEY = 'apec.history'
const SETTINGS_KEY = 'apec.settings'

interface Migration {
  library: LibraryDocument
  changed: boolean
  /** Removes the old keys; called once the migrated library is saved, so it happens once. */
  forget(): void
}

/**
 * Brings history and settings from localStorage into the library, once. Old values are read
 * item by item: whatever does not fit the library's schema is left out, never trusted.
 */
export function migrateLegacyStorage(library: LibraryDocument): Migration {
  const history = readLegacyHistory()
  const settings = readLegacySettings()
  if (history === null && settings === null) return { library, changed: false, forget: () => undefined }
  let migrated = library
  if (history) {
    const merged = importLibrary(library, { ...createEmptyLibrary(), history }, 'merge')
    if (merged.ok) migrated = merged.value.library
  }
  if (settings) migrated = updateSettings(migrated, settings)
  return {
    library: migrated,
    changed: true,
    forget: () => {
      removeItem(HISTORY_KEY)
      removeItem(SETTINGS_KEY)
    },
  }
}

function readLegacyHistory(): HistoryItem[] | null {
  const value = readJson(HISTORY_KEY)
  if (value === undefined) return null
  if (!Array.isArray(value)) return []
  const items: HistoryItem[] = []
  for (const item of value) {
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {}
    const visitedAt = typeof record.viewedAt === 'string' && !Number.isNaN(Date.parse(record.viewedAt)) ? new Date(record.viewedAt).toISOString() : null
    const parsed = historyItemSchema.safeParse({ kind: record.kind, id: record.id, title: record.title, visitedAt })
    if (parsed.success && !items.some((other) => other.kind === parsed.data.kind && other.id === parsed.data.id)) items.push(parsed.data)
  }
  return items
}

function readLegacySettings(): Partial<LibrarySettings> | null {
  const value = readJson(SETTINGS_KEY)
  if (value === undefined) return null
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const settings: Partial<LibrarySettings> = {}
  const theme = librarySettingsSchema.shape.theme.safeParse(record.theme)
  if (theme.success) settings.theme = theme.data
  const zoom = librarySettingsSchema.shape.zoom.safeParse(record.zoom)
  if (zoom.success) settings.zoom = zoom.data
  return settings
}

/** undefined: no such key (or storage disabled); anything else: the parsed value, null if not JSON. */
function readJson(key: string): unknown {
  let raw: string | null
  try {
    raw = localStorage.getItem(key)
  } catch {
    return undefined
  }
  if (raw === null) return undefined
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return null
  }
}

function removeItem(key: string): void {
  try {
    localStorage.removeItem(key)
  } catch {
    // Storage disabled: there was nothing to migrate from either.
  }
}
