import { z } from 'zod'
import { SLUG_PATTERN } from '../slug'
import { idRecord, idRecordSchema } from './id-records'

/**
 * The user's library as ONE versioned JSON document: what the desktop writes to library.json, the
 * web edition keeps in IndexedDB, and export/import carry. Entries are referenced by their stable
 * ids with the title remembered, so a newer content pack never orphans a bookmark, note or pack.
 */
export const LIBRARY_FORMAT_VERSION = 1

export const HISTORY_LIMIT = 100
export const ZOOM_LEVELS = [80, 90, 100, 110, 125, 150, 175, 200] as const
export const THEMES = ['light', 'dark', 'system'] as const
export const PRINT_PRESETS = ['one-page', 'full', 'with-sources'] as const

// Bounds stop an absurd import from filling memory; no real library comes near them.
const TITLE_MAX = 500
const NOTE_MAX = 100_000
const PACK_ENTRIES_MAX = 500
const PACKS_MAX = 1_000
const BOOKMARKS_MAX = 10_000

const entryIdSchema = z.string().max(120).regex(SLUG_PATTERN, 'must be an entry id (lower-case letters, digits and -)')
const titleSchema = z.string().max(TITLE_MAX)
const timestampSchema = z.iso.datetime({ message: 'must be an ISO 8601 UTC time such as 2025-01-31T09:30:00.000Z' })

/** A calendar date 'YYYY-MM-DD' that exists (no 31 February), or '' for none. */
const meetingDateSchema = z.string().refine((value) => value === '' || isCalendarDate(value), {
  message: "must be a date 'YYYY-MM-DD' or ''",
})

export const bookmarkSchema = z.strictObject({
  entryId: entryIdSchema,
  title: titleSchema,
  addedAt: timestampSchema,
})

export const noteSchema = z.strictObject({
  text: z.string().max(NOTE_MAX),
  title: titleSchema,
  updatedAt: timestampSchema,
  /** Printed on the entry's fact sheet when true. */
  showOnSheet: z.boolean(),
})

export const historyItemSchema = z.strictObject({
  kind: z.enum(['entry', 'source']),
  id: entryIdSchema,
  title: titleSchema,
  visitedAt: timestampSchema,
})

export const briefingPackSchema = z
  .strictObject({
    id: z.string().max(64).regex(SLUG_PATTERN, 'must be a pack id (lower-case letters, digits and -)'),
    title: titleSchema,
    meeting: titleSchema,
    date: meetingDateSchema,
    note: z.string().max(NOTE_MAX),
    entryIds: z.array(entryIdSchema).max(PACK_ENTRIES_MAX),
    entryTitles: idRecordSchema(entryIdSchema, titleSchema),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .superRefine((pack, context) => {
    const seen = new Set<string>()
    pack.entryIds.forEach((entryId, index) => {
      if (seen.has(entryId)) {
        context.addIssue({ code: 'custom', path: ['entryIds', index], message: `entry "${entryId}" is already in the pack` })
      }
      seen.add(entryId)
      if (!Object.hasOwn(pack.entryTitles, entryId)) {
        context.addIssue({ code: 'custom', path: ['entryTitles', entryId], message: `missing the remembered title of "${entryId}"` })
      }
    })
  })

export const librarySettingsSchema = z.strictObject({
  theme: z.enum(THEMES),
  zoom: z.union(ZOOM_LEVELS.map((level) => z.literal(level))),
  printPreset: z.enum(PRINT_PRESETS),
})

export const libraryDocumentSchema = z
  .strictObject({
    formatVersion: z.literal(LIBRARY_FORMAT_VERSION),
    bookmarks: z.array(bookmarkSchema).max(BOOKMARKS_MAX),
    notes: idRecordSchema(entryIdSchema, noteSchema),
    /** Newest first. */
    history: z.array(historyItemSchema).max(HISTORY_LIMIT),
    briefingPacks: z.array(briefingPackSchema).max(PACKS_MAX),
    settings: librarySettingsSchema,
  })
  .superRefine((library, context) => {
    flagDuplicates(library.bookmarks.map((bookmark) => bookmark.entryId), ['bookmarks'], context)
    flagDuplicates(library.history.map((item) => `${item.kind}:${item.id}`), ['history'], context)
    flagDuplicates(library.briefingPacks.map((pack) => pack.id), ['briefingPacks'], context)
  })

export type Bookmark = z.infer<typeof bookmarkSchema>
export type Note = z.infer<typeof noteSchema>
export type HistoryItem = z.infer<typeof historyItemSchema>
export type BriefingPack = z.infer<typeof briefingPackSchema>
export type LibrarySettings = z.infer<typeof librarySettingsSchema>
export type ThemeSetting = LibrarySettings['theme']
export type ZoomLevel = LibrarySettings['zoom']
export type PrintPreset = LibrarySettings['printPreset']
export type LibraryDocument = z.infer<typeof libraryDocumentSchema>

export const DEFAULT_SETTINGS: LibrarySettings = { theme: 'system', zoom: 100, printPreset: 'one-page' }

export function createEmptyLibrary(): LibraryDocument {
  return { formatVersion: LIBRARY_FORMAT_VERSION, bookmarks: [], notes: idRecord(), history: [], briefingPacks: [], settings: DEFAULT_SETTINGS }
}

function flagDuplicates(keys: string[], path: string[], context: z.RefinementCtx): void {
  const seen = new Set<string>()
  keys.forEach((key, index) => {
    if (seen.has(key)) context.addIssue({ code: 'custom', path: [...path, index], message: `"${key}" appears twice` })
    seen.add(key)
  })
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
