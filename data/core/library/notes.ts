import type { EntryMention } from './bookmarks'
import { idRecord, ownValue, withId, withoutId, type IdRecord } from './id-records'
import type { LibraryDocument, Note } from './library-schema'

/** The note on an entry, if there is one (an id like `constructor` included). */
export function noteOf(library: LibraryDocument, entryId: string): Note | undefined {
  return ownValue(library.notes, entryId)
}

/**
 * Sets the note of an entry. Emptying the text removes the note, so the library lists only notes
 * that say something; unchanged text leaves the document (and its timestamp) as it was.
 */
export function setNote(library: LibraryDocument, entry: EntryMention, text: string, now: string): LibraryDocument {
  const current = noteOf(library, entry.entryId)
  if (text.trim() === '') {
    if (!current) return library
    return { ...library, notes: withoutId(library.notes, entry.entryId) }
  }
  if (current?.text === text) return library
  const note: Note = { text, title: entry.title, updatedAt: now, showOnSheet: current?.showOnSheet ?? false }
  return { ...library, notes: withId(library.notes, entry.entryId, note) }
}

/** Whether the note prints on the entry's fact sheet; only an existing note has the choice. */
export function setNoteOnSheet(library: LibraryDocument, entryId: string, showOnSheet: boolean, now: string): LibraryDocument {
  const current = noteOf(library, entryId)
  if (!current || current.showOnSheet === showOnSheet) return library
  return { ...library, notes: withId(library.notes, entryId, { ...current, showOnSheet, updatedAt: now }) }
}

/** The notes the user ticked to print on their entry's sheet, by entry id, as they will print. */
export function printedNotes(library: LibraryDocument): IdRecord<string> {
  // Prototype-less, read with ownValue: a sheet of the entry `constructor` prints no inherited "note".
  return idRecord(
    Object.entries(library.notes).flatMap(([entryId, note]) => (note.showOnSheet && note.text.trim() !== '' ? [[entryId, note.text.trim()] as const] : [])),
  )
}
