import { CatalogError } from './error-codes'

const MAGIC = 'SQLite format 3\u0000'
/** How many bytes of a file the header checks read. */
export const SQLITE_HEADER_SIZE = 100

/**
 * Checks the first bytes of a file before SQLite ever sees it, so an empty, foreign or cut-off
 * file gets its own precise error instead of an opaque engine failure.
 */
export function checkSqliteHeader(bytes: Uint8Array): void {
  checkSqliteFileStart(bytes.subarray(0, SQLITE_HEADER_SIZE), bytes.length)
}

/**
 * The same checks from the file's first SQLITE_HEADER_SIZE bytes and its size alone, so a file
 * can be refused before it is read in full or copied.
 */
export function checkSqliteFileStart(header: Uint8Array, fileSize: number): void {
  if (fileSize === 0) throw new CatalogError('pack-empty', 'the pack file is empty (0 bytes)')
  const magic = String.fromCharCode(...header.subarray(0, MAGIC.length))
  if (fileSize < SQLITE_HEADER_SIZE || header.length < SQLITE_HEADER_SIZE || magic !== MAGIC) {
    throw new CatalogError('pack-not-sqlite', 'the file does not start with the SQLite header')
  }
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength)
  const rawPageSize = view.getUint16(16)
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    throw new CatalogError('pack-corrupt', `invalid page size ${rawPageSize} in the SQLite header`)
  }
  if (fileSize % pageSize !== 0) {
    throw new CatalogError('pack-truncated', `file size ${fileSize} is not a whole number of ${pageSize}-byte pages`)
  }
  // The page count in the header is only valid when "version-valid-for" matches the change counter.
  const changeCounter = view.getUint32(24)
  const versionValidFor = view.getUint32(92)
  const pageCount = view.getUint32(28)
  if (changeCounter === versionValidFor && pageCount * pageSize > fileSize) {
    throw new CatalogError(
      'pack-truncated',
      `the header declares ${pageCount} pages but the file holds ${fileSize / pageSize}`,
    )
  }
}
