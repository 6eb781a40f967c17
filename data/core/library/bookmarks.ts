import type { LibraryDocument } from './library-schema'

export interface EntryMention {
  entryId: string
  /** Remembered so the bookmark still reads well if a later pack drops the entry. */
  title: string
}

export function isBookmarked(library: LibraryDocument, entryId: string): boolean {
  return library.bookmarks.some((bookmark) => bookmark.entryId === entryId)
}

/** Newest first; bookmarking an entry twice changes nothing. */
export function addBookmark(library: LibraryDocument, entry: EntryMention, now: string): LibraryDocument {
  if (isBookmarked(library, entry.entryId)) return library
  return { ...library, bookmarks: [{ entryId: entry.entryId, title: entry.title, addedAt: now }, ...library.bookmarks] }
}

export function removeBookmark(library: LibraryDocument, entryId: string): LibraryDocument {
  if (!isBookmarked(library, entryId)) return library
  return { ...library, bookmarks: library.bookmarks.filter((bookmark) => bookmark.entryId !== entryId) }
}
