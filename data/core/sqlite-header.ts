import { CatalogError } from './error-codes'

const MAGIC = 'SQLite format 3\u0000'
const HEADER_SIZE = 100

/**
 * Checks the first bytes of a file before SQLite ever sees it, so an empty, foreign or cut-off
 * file gets its own precise error instead of an opaque engine failure.
 */
export function checkSqliteHeader(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new CatalogError('pack-empty', 'the pack file is empty (0 bytes)')
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length))
  if (bytes.length < HEADER_SIZE || magic !== MAGIC) {
    throw new CatalogError('pack-not-sqlite', 'the file does not start with the SQLite header')
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const rawPageSize = view.getUint16(16)
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    throw new CatalogError('pack-corrupt', `invalid page size ${rawPageSize} in the SQLite header`)
  }
  if (bytes.length % pageSize !== 0) {
    throw new CatalogError('pack-truncated', `file size ${bytes.length} is not a whole number of ${pageSize}-byte pages`)
  }
  // The page count in the header is only valid when "version-valid-for" matches the change counter.
  const changeCounter = view.getUint32(24)
  const versionValidFor = view.getUint32(92)
  const pageCount = view.getUint32(28)
  if (changeCounter === versionValidFor && pageCount * pageSize > bytes.length) {
    throw new CatalogError(
      'pack-truncated',
      `the header declares ${pageCount} pages but the file holds ${bytes.length / pageSize}`,
    )
  }
}
