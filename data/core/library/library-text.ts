import type { z } from 'zod'
import { fail, ok, type Result } from '../result'
import { LIBRARY_FORMAT_VERSION, libraryDocumentSchema, type LibraryDocument } from './library-schema'

/** An exported library is kilobytes; anything this big is not one, and is refused before reading. */
export const LIBRARY_FILE_MAX_BYTES = 20 * 1024 * 1024

const ISSUES_SHOWN = 5

/** The library as the JSON text that is saved and exported: stable key order, readable. */
export function serializeLibrary(library: LibraryDocument): string {
  return `${JSON.stringify(library, null, 2)}\n`
}

/** "thu-vien-bach-khoa-apec-2025-01-31.json" on the user's local date: ASCII, so any file system and mail keeps it. */
export function libraryExportFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `thu-vien-bach-khoa-apec-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`
}

/**
 * Notepad and some editors start a UTF-8 file with a byte order mark (U+FEFF). The browser's
 * File.text() drops it, Node's readFile does not, and JSON.parse refuses it: strip it once, here,
 * so a file reads the same on the desktop and on the web.
 */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text
}

/**
 * Reads a library from JSON text (a saved file, an IndexedDB record or an import). A failure says
 * exactly which field is wrong, as a JSON path ("briefingPacks.0.date: ..."), for editors and logs;
 * the UI shows the Vietnamese text of the code beside it.
 */
export function parseLibraryText(text: string): Result<LibraryDocument> {
  let value: unknown
  try {
    value = JSON.parse(withoutByteOrderMark(text))
  } catch (error) {
    return fail('library-not-json', `not JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  const version = typeof value === 'object' && value !== null ? (value as { formatVersion?: unknown }).formatVersion : undefined
  if (typeof version === 'number' && version > LIBRARY_FORMAT_VERSION) {
    return fail('library-newer-version', `formatVersion: ${version} is newer than ${LIBRARY_FORMAT_VERSION}, the version this app reads`)
  }
  const parsed = libraryDocumentSchema.safeParse(value)
  if (!parsed.success) return fail('library-invalid', describeIssues(parsed.error.issues))
  return ok(parsed.data)
}

/** The first issues as "json.path: message", for editors and logs. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.slice(0, ISSUES_SHOWN).map((issue) => `${jsonPath(issue.path)}: ${issueMessage(issue)}`)
  const more = issues.length - ISSUES_SHOWN
  return more > 0 ? `${lines.join('; ')} (and ${more} more)` : lines.join('; ')
}

/** "briefingPacks.0.entryIds.2", or "(document)" for the whole file. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(document)' : path.map(String).join('.')
}

function issueMessage(issue: z.core.$ZodIssue): string {
  // A bad record key reports "Invalid key in record"; the reason is one level down.
  if (issue.code === 'invalid_key') return `key ${issue.issues[0]?.message ?? issue.message}`
  return issue.message
}
