import { fail, ok, type Result } from '../result'
import { idRecord, ownValue } from './id-records'
import { newestFirst } from './library-merge'
import { HISTORY_LIMIT, libraryDocumentSchema, type LibraryDocument } from './library-schema'
import { describeIssues } from './library-text'

/** Merge keeps what is here and adds what the file brings; replace makes the file the library. */
export type ImportMode = 'merge' | 'replace'

export interface ImportTally {
  added: number
  updated: number
  /** How many the library holds after the import. */
  total: number
}

export interface ImportSummary {
  mode: ImportMode
  bookmarks: ImportTally
  notes: ImportTally
  briefingPacks: ImportTally
  history: ImportTally
}

/**
 * Brings an imported (already validated) library into the current one. Merge unions bookmarks and
 * history, keeps the newer of two notes on one entry and of two packs with one id, and leaves the
 * display settings alone; replace takes the file whole, settings included.
 */
export function importLibrary(
  current: LibraryDocument,
  incoming: LibraryDocument,
  mode: ImportMode,
): Result<{ library: LibraryDocument; summary: ImportSummary }> {
  const { library, summary } = mode === 'replace' ? replace(incoming) : merge(current, incoming)
  // A union can pass a limit that neither side reached; refuse rather than save a library that will not load.
  const checked = libraryDocumentSchema.safeParse(library)
  if (!checked.success) return fail('library-invalid', `merged library: ${describeIssues(checked.error.issues)}`)
  return ok({ library: checked.data, summary })
}

function replace(incoming: LibraryDocument): { library: LibraryDocument; summary: ImportSummary } {
  const all = (total: number): ImportTally => ({ added: total, updated: 0, total })
  return {
    library: incoming,
    summary: {
      mode: 'replace',
      bookmarks: all(incoming.bookmarks.length),
      notes: all(Object.keys(incoming.notes).length),
      briefingPacks: all(incoming.briefingPacks.length),
      history: all(incoming.history.length),
    },
  }
}

function merge(current: LibraryDocument, incoming: LibraryDocument): { library: LibraryDocument; summary: ImportSummary } {
  const bookmarkIds = new Set(current.bookmarks.map((bookmark) => bookmark.entryId))
  const newBookmarks = incoming.bookmarks.filter((bookmark) => !bookmarkIds.has(bookmark.entryId))
  const bookmarks = newestFirst([...current.bookmarks, ...newBookmarks], (bookmark) => bookmark.addedAt)

  const notes = idRecord(Object.entries(current.notes))
  const noteTally = { added: 0, updated: 0 }
  for (const [entryId, note] of Object.entries(incoming.notes)) {
    const mine = ownValue(notes, entryId)
    if (!mine) noteTally.added += 1
    else if (isNewer(note.updatedAt, mine.updatedAt)) noteTally.updated += 1
    else continue
    // Prototype-less, so even `__proto__` is set as an ordinary key.
    notes[entryId] = note
  }

  const packTally = { added: 0, updated: 0 }
  const briefingPacks = current.briefingPacks.map((pack) => {
    const theirs = incoming.briefingPacks.find((other) => other.id === pack.id)
    if (!theirs || !isNewer(theirs.updatedAt, pack.updatedAt)) return pack
    packTally.updated += 1
    return theirs
  })
  const packIds = new Set(current.briefingPacks.map((pack) => pack.id))
  for (const pack of incoming.briefingPacks) {
    if (packIds.has(pack.id)) continue
    briefingPacks.push(pack)
    packTally.added += 1
  }

  const visitKey = (item: LibraryDocument['history'][number]) => `${item.kind}:${item.id}`
  const visits = new Map(current.history.map((item) => [visitKey(item), item]))
  for (const item of incoming.history) {
    const mine = visits.get(visitKey(item))
    if (!mine || isNewer(item.visitedAt, mine.visitedAt)) visits.set(visitKey(item), item)
  }
  const history = newestFirst([...visits.values()], (item) => item.visitedAt).slice(0, HISTORY_LIMIT)
  const historyAdded = history.filter((item) => !current.history.some((mine) => visitKey(mine) === visitKey(item))).length

  const library: LibraryDocument = { ...current, bookmarks, notes, briefingPacks, history }
  return {
    library,
    summary: {
      mode: 'merge',
      bookmarks: { added: newBookmarks.length, updated: 0, total: bookmarks.length },
      notes: { ...noteTally, total: Object.keys(notes).length },
      briefingPacks: { ...packTally, total: briefingPacks.length },
      history: { added: historyAdded, updated: 0, total: history.length },
    },
  }
}

/** Compared as instants: "…:00Z" and "…:00.000Z" are the same time. */
function isNewer(candidate: string, than: string): boolean {
  return Date.parse(candidate) > Date.parse(than)
}
