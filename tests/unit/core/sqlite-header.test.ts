import { describe, expect, it } from 'vitest'
import { CatalogError } from '../../../data/core/error-codes'
import { checkSqliteFileStart, checkSqliteHeader, SQLITE_HEADER_SIZE } from '../../../data/core/sqlite-header'

interface FileShape {
  pageSize?: number
  pages?: number
  declaredPages?: number
  /** Whether "version-valid-for" matches the change counter, which makes the page count trustworthy. */
  counterValid?: boolean
}

/** A file of `pages` pages whose header declares `declaredPages`. */
function sqliteBytes(shape: FileShape = {}): Uint8Array {
  const { pageSize = 4096, pages = 4, counterValid = true } = shape
  const declaredPages = shape.declaredPages ?? pages
  const bytes = new Uint8Array(pageSize * pages)
  bytes.set(new TextEncoder().encode('SQLite format 3\u0000'))
  const view = new DataView(bytes.buffer)
  view.setUint16(16, pageSize === 65536 ? 1 : pageSize)
  view.setUint32(24, 7) // file change counter
  view.setUint32(28, declaredPages)
  view.setUint32(92, counterValid ? 7 : 6) // version-valid-for
  return bytes
}

function codeOf(bytes: Uint8Array): string | null {
  try {
    checkSqliteHeader(bytes)
    return null
  } catch (error) {
    if (error instanceof CatalogError) return error.code
    throw error
  }
}

describe('checkSqliteHeader', () => {
  it('accepts a whole database', () => {
    expect(codeOf(sqliteBytes())).toBeNull()
    expect(codeOf(sqliteBytes({ pageSize: 512, pages: 1 }))).toBeNull()
    expect(codeOf(sqliteBytes({ pageSize: 65536, pages: 1 }))).toBeNull()
  })

  it('tells an empty file apart', () => {
    expect(codeOf(new Uint8Array())).toBe('pack-empty')
  })

  it('tells a file that is not SQLite apart', () => {
    expect(codeOf(new TextEncoder().encode('Đây không phải cơ sở dữ liệu.\n'.repeat(20)))).toBe(
      'pack-not-sqlite',
    )
    expect(codeOf(new TextEncoder().encode('PK\u0003\u0004'.padEnd(4096, '\u0000')))).toBe(
      'pack-not-sqlite',
    )
  })

  it('tells a file cut inside the header apart from garbage', () => {
    // Only the magic string survived: still not something SQLite can read.
    expect(codeOf(sqliteBytes().subarray(0, 50))).toBe('pack-not-sqlite')
  })

  it('reports a file cut between pages as truncated', () => {
    expect(codeOf(sqliteBytes({ pages: 4 }).subarray(0, 4096 * 3 + 100))).toBe('pack-truncated')
  })

  it('reports a file cut on a page boundary as truncated when the header says it had more pages', () => {
    expect(codeOf(sqliteBytes({ pages: 4 }).subarray(0, 4096 * 2))).toBe('pack-truncated')
  })

  it('does not trust a stale page count', () => {
    // With version-valid-for behind the change counter, SQLite ignores the page count; so do we.
    expect(codeOf(sqliteBytes({ pages: 2, declaredPages: 9, counterValid: false }))).toBeNull()
  })

  it('reports an impossible page size as corrupt', () => {
    const bytes = sqliteBytes()
    new DataView(bytes.buffer).setUint16(16, 1000)
    expect(codeOf(bytes)).toBe('pack-corrupt')
    new DataView(bytes.buffer).setUint16(16, 256)
    expect(codeOf(bytes)).toBe('pack-corrupt')
  })

  it('reads the header of a view into a larger buffer at the view offset', () => {
    const whole = sqliteBytes({ pages: 2 })
    const padded = new Uint8Array(whole.length + 3)
    padded.set(whole, 3)
    expect(codeOf(padded.subarray(3))).toBeNull()
  })

  it('gives the same verdicts from the first bytes and the file size alone, before a file is copied', () => {
    const verdictFromStart = (bytes: Uint8Array) => {
      try {
        checkSqliteFileStart(bytes.subarray(0, SQLITE_HEADER_SIZE), bytes.length)
        return null
      } catch (error) {
        if (error instanceof CatalogError) return error.code
        throw error
      }
    }
    const files = [
      sqliteBytes(),
      new Uint8Array(),
      new TextEncoder().encode('ghi chú\n'.repeat(40)),
      sqliteBytes().subarray(0, 50),
      sqliteBytes({ pages: 4 }).subarray(0, 4096 * 2),
      sqliteBytes({ pages: 4 }).subarray(0, 4096 * 3 + 100),
    ]
    expect(files.map(verdictFromStart)).toEqual(files.map(codeOf))
    expect(files.map(verdictFromStart)).toEqual([null, 'pack-empty', 'pack-not-sqlite', 'pack-not-sqlite', 'pack-truncated', 'pack-truncated'])
  })
})
