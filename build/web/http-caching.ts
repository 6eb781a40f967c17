import type { IncomingHttpHeaders } from 'node:http'

/**
 * The parts of HTTP a static server needs so browsers can revalidate and resume instead of
 * downloading the pack again: validators (ETag, Last-Modified), conditional GET (304) and a
 * single byte range (206/416). Pure functions of the request headers and the file's size and time.
 */

export interface FileVersion {
  size: number
  mtimeMs: number
}

/** A strong validator in nginx's form, "<mtime hex>-<size hex>": it changes whenever the file does. */
export function entityTag({ size, mtimeMs }: FileVersion): string {
  return `"${Math.floor(mtimeMs / 1000).toString(16)}-${size.toString(16)}"`
}

export function lastModified({ mtimeMs }: FileVersion): string {
  return new Date(mtimeMs).toUTCString()
}

/**
 * Whether the browser's copy is current. If-None-Match wins over If-Modified-Since (RFC 9110
 * 13.2.2); HTTP dates count whole seconds, so the file's time is cut to the second.
 */
export function isNotModified(headers: IncomingHttpHeaders, version: FileVersion): boolean {
  const noneMatch = headers['if-none-match']
  if (noneMatch !== undefined) {
    const current = entityTag(version)
    return noneMatch.split(',').some((tag) => {
      const trimmed = tag.trim()
      return trimmed === '*' || trimmed.replace(/^W\//, '') === current
    })
  }
  const modifiedSince = Date.parse(headers['if-modified-since'] ?? '')
  return Number.isFinite(modifiedSince) && Math.floor(version.mtimeMs / 1000) <= Math.floor(modifiedSince / 1000)
}

export type ByteRange =
  | { kind: 'whole' }
  | { kind: 'part'; start: number; end: number }
  | { kind: 'unsatisfiable' }

/**
 * The one byte range to send. A missing, malformed or multi-range header, or an If-Range naming
 * another version, gets the whole file (RFC 9110 14.2 lets a server ignore Range); a range that
 * starts past the end gets 416.
 */
export function requestedRange(headers: IncomingHttpHeaders, version: FileVersion): ByteRange {
  const header = headers.range
  if (header === undefined || !header.startsWith('bytes=') || header.includes(',')) return { kind: 'whole' }
  const ifRange = headers['if-range']
  if (ifRange !== undefined && ifRange !== entityTag(version) && ifRange !== lastModified(version)) return { kind: 'whole' }
  const match = /^(\d*)-(\d*)$/.exec(header.slice('bytes='.length).trim())
  if (match === null) return { kind: 'whole' }
  const [, first = '', last = ''] = match
  const { size } = version
  if (first === '') {
    if (last === '') return { kind: 'whole' }
    const suffix = Number(last)
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' }
    return { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(first)
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
  if (last !== '' && Number(last) < start) return { kind: 'whole' }
  if (start >= size) return { kind: 'unsatisfiable' }
  return { kind: 'part', start, end }
}
