import type { Result } from '../result'
import type { LibraryDocument } from './library-schema'

/** Told to the user once the library is open, when the saved copy could not be used as it was. */
export interface LibraryNotice {
  /** newer-version: a newer app wrote it; the library is read-only and left exactly as it is. */
  kind: 'recovered-from-backup' | 'started-empty' | 'newer-version'
  /** Where the unreadable copy was kept (a file name, or an IndexedDB key); null if there was none to keep. */
  setAsideAs: string | null
  /** Why the saved copy could not be used, for the technical details. */
  problem: string
}

export interface LoadedLibrary {
  library: LibraryDocument
  notice: LibraryNotice | null
  /** Counts the saves; a save names the revision it was edited from (see SaveRequest). */
  revision: number
  /** The saved library is a newer version's: every save is refused (library-read-only). */
  readOnly: boolean
}

export interface SaveRequest {
  library: LibraryDocument
  /** The revision (of the load or the previous save) this library was edited from. */
  baseRevision: number
}

/**
 * A save is a compare-and-set on the revision: if another tab, window or import saved since
 * `baseRevision`, the two are merged item by item (mergeLibraries) and the merge is saved.
 */
export interface SavedLibrary {
  revision: number
  /** What was saved when another save came first: both merged. null: saved as given. */
  merged: LibraryDocument | null
}

export interface ExportReceipt {
  /** The file the library was written to (desktop) or the name it was downloaded as (web). */
  location: string
}

export interface ImportedFile {
  name: string
  /** Already validated; merging or replacing is the caller's choice. */
  library: LibraryDocument
}

/**
 * Where the user's library lives: a JSON file in userData on the desktop (over IPC), IndexedDB in
 * the web edition. Every method resolves to a Result, never a rejection; a cancelled dialog is
 * `ok(null)` and writes nothing.
 */
export interface LibraryStore {
  /** Reads the saved library; an unreadable copy is set aside and the backup restored, with a notice. */
  load(): Promise<Result<LoadedLibrary>>
  /** Replaces the saved library atomically, keeping the previous copy as the backup. */
  save(request: SaveRequest): Promise<Result<SavedLibrary>>
  /** Writes the library as one JSON file where the user chooses. */
  exportTo(library: LibraryDocument): Promise<Result<ExportReceipt | null>>
  /** Reads and validates a JSON file the user picks. */
  importFrom(): Promise<Result<ImportedFile | null>>
}

export type LibraryMethod = keyof LibraryStore

/** The IPC channel of each method; a total map, so a method without a channel fails to compile. */
export const LIBRARY_CHANNELS: { readonly [K in LibraryMethod]: `library:${string}` } = {
  load: 'library:load',
  save: 'library:save',
  exportTo: 'library:export-to',
  importFrom: 'library:import-from',
}
