import { open, stat } from 'node:fs/promises'
import { toResult } from '../../../data/core/catalog-api'
import { fail, type Result } from '../../../data/core/result'
import { checkSqliteFileStart, SQLITE_HEADER_SIZE } from '../../../data/core/sqlite-header'

/**
 * The largest pack the app opens. sql.js holds the whole database in WASM memory (at most 2 GiB),
 * beside the bytes it was read from and SQLite's own working memory, so a larger file could only
 * fail later and less clearly.
 */
export const MAX_PACK_BYTES = 1024 ** 3

/**
 * Looks at a chosen file without reading it whole: its size against MAX_PACK_BYTES, then its first
 * bytes and size against the SQLite header, so an empty, foreign, cut-off or huge file is refused
 * before anything is copied.
 */
export async function probePackFile(path: string): Promise<Result<{ size: number }>> {
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) return fail('pack-missing', 'not a file')
    size = info.size
  } catch (error) {
    return fail('pack-missing', error instanceof Error ? error.message : String(error))
  }
  if (size > MAX_PACK_BYTES) {
    return fail(
      'pack-too-large',
      `${size} bytes, more than the ${MAX_PACK_BYTES} bytes the app opens`,
    )
  }
  let header: Uint8Array
  try {
    header = await readStart(path, SQLITE_HEADER_SIZE)
  } catch (error) {
    return fail('pack-missing', error instanceof Error ? error.message : String(error))
  }
  return toResult(() => {
    checkSqliteFileStart(header, size)
    return { size }
  })
}

async function readStart(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const buffer = new Uint8Array(length)
    const { bytesRead } = await handle.read(buffer, 0, length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
