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
  /**
   * A newer version of the app wrote the library: this one cannot read it, so it opens empty,
   * renames and writes nothing, and refuses every save until the app is updated.
   */
  readOnly: boolean
}

const KEEP_AS_IS = { setAsideCurrent: false, setAsideBackup: false, restoreCurrent: false, readOnly: false } as const

/**
 * Decides how to open the library from the current copy and the backup, the same way on the
 * desktop (files) and in the web edition (IndexedDB records). Nothing unreadable is thrown away.
 * The backup is read only when the current copy cannot be used, so a good library.json opens
 * whatever state its backup is in (a folder, a file without read permission).
 */
export async function planLibraryLoad(current: string | null, readBackup: () => Promise<string | null>): Promise<LoadPlan> {
  const fromCurrent = current === null ? null : parseLibraryText(current)
  if (fromCurrent?.ok) return { library: fromCurrent.value, notice: null, ...KEEP_AS_IS }
  if (fromCurrent?.error.code === 'library-newer-version') return readOnly(fromCurrent.error.message)
  const backup = await readBackup()
  if (fromCurrent === null && backup === null) return { library: createEmptyLibrary(), notice: null, ...KEEP_AS_IS }
  const problem = fromCurrent === null ? 'the library file is missing' : `${fromCurrent.error.code}: ${fromCurrent.error.message}`
  const fromBackup = backup === null ? null : parseLibraryText(backup)
  if (fromBackup?.ok) {
    return {
      library: fromBackup.value,
      notice: { kind: 'recovered-from-backup', problem },
      ...KEEP_AS_IS,
      setAsideCurrent: fromCurrent !== null,
      restoreCurrent: true,
    }
  }
  if (fromBackup?.error.code === 'library-newer-version') return readOnly(`backup: ${fromBackup.error.message}`)
  return {
    library: createEmptyLibrary(),
    notice: { kind: 'started-empty', problem },
    ...KEEP_AS_IS,
    setAsideCurrent: fromCurrent !== null,
    setAsideBackup: fromBackup !== null,
  }
}

function readOnly(problem: string): LoadPlan {
  return { library: createEmptyLibrary(), notice: { kind: 'newer-version', problem: `library-newer-version: ${problem}` }, ...KEEP_AS_IS, readOnly: true }
}
