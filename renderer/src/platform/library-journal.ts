import type { LibraryDocument } from '../../../data/core/library/library-schema'
import { parseLibraryText, serializeLibrary } from '../../../data/core/library/library-text'

/**
 * Changes not yet saved, kept synchronously in localStorage. A save is asynchronous (IndexedDB, or
 * IPC to main); a user who types a note and reloads or closes the page at once would lose it,
 * because nothing asynchronous is sure to finish once the page goes. localStorage writes are
 * synchronous: the change is in the journal before the next event runs, and the next page load
 * (in any tab) saves what a page left unsaved.
 *
 * One key per page load, so tabs never overwrite each other's journal; a page removes its own key
 * once everything in it is saved.
 */
const PREFIX = 'apec.library.unsaved.'
const pageKey = `${PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

export interface UnsavedLibrary {
  /** The localStorage key, to forget it once saved. */
  key: string
  /** The revision the library was edited from. */
  baseRevision: number
  library: LibraryDocument
}

/** Records this page's library as not saved yet. A full or disabled storage is not an error: the save itself goes on. */
export function journalUnsaved(baseRevision: number, library: LibraryDocument): void {
  try {
    localStorage.setItem(pageKey, JSON.stringify({ baseRevision, library: serializeLibrary(library) }))
  } catch {
    // Quota or privacy settings: nothing more can be done synchronously.
  }
}

/** This page's changes are all saved. */
export function forgetUnsaved(keys: readonly string[] = [pageKey]): void {
  for (const key of keys) {
    try {
      localStorage.removeItem(key)
    } catch {
      // Storage disabled: there was no journal either.
    }
  }
}

/**
 * What other page loads (earlier ones of this tab, closed tabs, open ones) left unsaved. Entries
 * that cannot be read are dropped; one a newer version of the app wrote is left for it.
 */
export function readUnsavedOfOtherPages(): UnsavedLibrary[] {
  const found: UnsavedLibrary[] = []
  let keys: string[]
  try {
    keys = Object.keys(localStorage).filter((key) => key.startsWith(PREFIX) && key !== pageKey)
  } catch {
    return []
  }
  for (const key of keys) {
    const entry = readEntry(key)
    if (entry === 'newer') continue
    if (entry) found.push(entry)
    else forgetUnsaved([key])
  }
  return found
}

function readEntry(key: string): UnsavedLibrary | 'newer' | null {
  let value: unknown
  try {
    value = JSON.parse(localStorage.getItem(key) ?? '')
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { baseRevision, library } = value as { baseRevision?: unknown; library?: unknown }
  if (typeof baseRevision !== 'number' || typeof library !== 'string') return null
  const parsed = parseLibraryText(library)
  if (parsed.ok) return { key, baseRevision, library: parsed.value }
  return parsed.error.code === 'library-newer-version' ? 'newer' : null
}
