import type { EntryMention } from './bookmarks'
import type { LibraryDocument, Note } from './library-schema'

/**
 * Sets the note of an entry. Emptying the text removes the note, so the library lists only notes
 * that say something; unchanged text leaves the document (and its timestamp) as it was.
 */
export function setNote(library: LibraryDocument, entry: EntryMention, text: string, now: string): LibraryDocument {
  const current = library.notes[entry.entryId]
  if (text.trim() === '') {
    if (!current) return library
    const notes = { ...library.notes }
    delete notes[entry.entryId]
    return { ...library, notes }
  }
  if (current?.text === text) return library
  const note: Note = { text, title: entry.title, updatedAt: now, showOnSheet: current?.showOnSheet ?? false }
  return { ...library, notes: { ...library.notes, [entry.entryId]: note } }
}

/** Whether the note prints on the entry's fact sheet; only an existing note has the choice. */
export function setNoteOnSheet(library: LibraryDocument, entryId: string, showOnSheet: boolean, now: string): LibraryDocument {
  const current = library.notes[entryId]
  if (!current || current.showOnSheet === showOnSheet) return library
  return { ...library, notes: { ...library.notes, [entryId]: { ...current, showOnSheet, updatedAt: now } } }
}

/** The notes the user ticked to print on their entry's sheet, by entry id, as they will print. */
export function printedNotes(library: LibraryDocument): Record<string, string> {
  const printed: Record<string, string> = {}
  for (const [entryId, note] of Object.entries(library.notes)) {
    if (note.showOnSheet && note.text.trim() !== '') printed[entryId] = note.text.trim()
  }
  return printed
}
