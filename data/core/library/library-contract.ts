import type { Result } from '../result'
import type { LibraryDocument } from './library-schema'

/** Told to the user once the library is open, when the saved copy could not be used as it was. */
export interface LibraryNotice {
  kind: 'recovered-from-backup' | 'started-empty'
  /** Where the unreadable copy was kept (a file name, or an IndexedDB key); null if there was none to keep. */
  setAsideAs: string | null
  /** Why the saved copy could not be used, for the technical details. */
  problem: string
}

export interface LoadedLibrary {
  library: LibraryDocument
  notice: LibraryNotice | null
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
  save(library: LibraryDocument): Promise<Result<null>>
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
