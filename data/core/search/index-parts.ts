import { SEARCH_FIELDS, SEARCH_INDEX_VERSION } from './search-options'
import type { StoredCounts } from './stored-fields'
import { decodeUtf8, encodeUtf8 } from './utf8'

/**
 * The index as the pack stores it: named parts, each one BLOB (the `search_index` table), most of
 * them little-endian typed arrays read back without a pass over their values. `header` is a small
 * JSON object with the counts the other parts are checked against.
 */
export type IndexParts = Map<string, Uint8Array>

/** A part's bytes, or null when the index has no such part. */
export type PartReader = (name: string) => Uint8Array | null

export const HEADER_PART = 'header'

export interface IndexHeader extends StoredCounts {
  searchIndexVersion: number
  fields: string[]
  termCount: number
  /** MiniSearch's running average per field, kept as it computes it so scores stay its scores. */
  averageFieldLength: number[]
}

/**
 * Posting lists use 31-bit arithmetic (a document id doubled, plus a flag): far above any pack
 * under the 1 GiB limit.
 */
export const MAX_DOCUMENTS = 0x3fffffff

export function writeHeader(parts: IndexParts, header: Omit<IndexHeader, 'searchIndexVersion' | 'fields'>): void {
  const full: IndexHeader = { searchIndexVersion: SEARCH_INDEX_VERSION, fields: [...SEARCH_FIELDS], ...header }
  parts.set(HEADER_PART, encodeUtf8(JSON.stringify(full)))
}

/** The version is read first, so an index of another version is refused, never misread. */
export type HeaderReading =
  | { ok: true; header: IndexHeader }
  | { ok: false; reason: 'version'; version: unknown }
  | { ok: false; reason: 'damaged'; detail: string }

export function readHeader(bytes: Uint8Array | null): HeaderReading {
  if (bytes === null) return { ok: false, reason: 'damaged', detail: 'the index has no header' }
  let parsed: unknown
  try {
    parsed = JSON.parse(decodeUtf8(bytes))
  } catch {
    return { ok: false, reason: 'damaged', detail: 'the index header is not JSON' }
  }
  if (typeof parsed !== 'object' || parsed === null)
    return { ok: false, reason: 'damaged', detail: 'the index header has an unknown shape' }
  const record = parsed as Record<string, unknown>
  if (record.searchIndexVersion !== SEARCH_INDEX_VERSION)
    return { ok: false, reason: 'version', version: record.searchIndexVersion }
  const counts = ['documentCount', 'entryCount', 'termCount', 'titleCount', 'sourceIdCount'] as const
  const shaped =
    counts.every((key) => Number.isInteger(record[key]) && (record[key] as number) >= 0) &&
    Number.isInteger(record.yearBase) &&
    Number.isInteger(record.paragraphBase) &&
    isStringArray(record.fields) &&
    isStringArray(record.types) &&
    Array.isArray(record.averageFieldLength) &&
    record.averageFieldLength.every((value) => typeof value === 'number' && Number.isFinite(value))
  if (!shaped) return { ok: false, reason: 'damaged', detail: 'the index header has an unknown shape' }
  const header = parsed as IndexHeader
  if (header.fields.join('\n') !== SEARCH_FIELDS.join('\n'))
    return { ok: false, reason: 'damaged', detail: 'the index has other fields than this app searches' }
  if (header.averageFieldLength.length !== SEARCH_FIELDS.length || header.documentCount > MAX_DOCUMENTS)
    return { ok: false, reason: 'damaged', detail: 'the index header has impossible counts' }
  return { ok: true, header }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}
