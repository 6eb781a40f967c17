import type { LibraryNotice } from './library-contract'
import { createEmptyLibrary, type LibraryDocument } from './library-schema'
import { parseLibraryText } from './library-text'

/** What to do with the two saved copies found at start (null: that copy does not exist). */
export interface LoadPlan {
  library: LibraryDocument
  notice: Omit<LibraryNotice, 'setAsideAs'> | null
  /** The current copy is unreadable: keep it under another name, never delete it. */
  setAsideCurrent: boolean
  setAsideBackup: boolean
  /** The library came from the backup: write it back as the current copy. */
  restoreCurrent: boolean
}

/**
 * Decides how to open the library from the current copy and the backup, the same way on the
 * desktop (files) and in the web edition (IndexedDB records). Nothing unreadable is thrown away.
 */
export function planLibraryLoad(current: string | null, backup: string | null): LoadPlan {
  const fromCurrent = current === null ? null : parseLibraryText(current)
  if (fromCurrent?.ok) return { library: fromCurrent.value, notice: null, setAsideCurrent: false, setAsideBackup: false, restoreCurrent: false }
  if (fromCurrent === null && backup === null) {
    return { library: createEmptyLibrary(), notice: null, setAsideCurrent: false, setAsideBackup: false, restoreCurrent: false }
  }
  const problem = fromCurrent === null ? 'the library file is missing' : `${fromCurrent.error.code}: ${fromCurrent.error.message}`
  const fromBackup = backup === null ? null : parseLibraryText(backup)
  if (fromBackup?.ok) {
    return {
      library: fromBackup.value,
      notice: { kind: 'recovered-from-backup', problem },
      setAsideCurrent: fromCurrent !== null,
      setAsideBackup: false,
      restoreCurrent: true,
    }
  }
  return {
    library: createEmptyLibrary(),
    notice: { kind: 'started-empty', problem },
    setAsideCurrent: fromCurrent !== null,
    setAsideBackup: fromBackup !== null,
    restoreCurrent: false,
  }
}
