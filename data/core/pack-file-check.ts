import { toResult } from './catalog-api'
import { fail, ok, type Result } from './result'
import { checkSqliteFileStart, SQLITE_HEADER_SIZE } from './sqlite-header'

/**
 * The largest pack any shell opens. sql.js holds the whole database in WASM memory (at most 2 GiB),
 * beside the bytes it was read from and SQLite's own working memory, so a larger file could only
 * fail later and less clearly.
 */
export const MAX_PACK_BYTES = 1024 ** 3

/** What a path is, as the shell's file system tells it (a FIFO, a socket or a device is `other`). */
export type PackFileKind = 'file' | 'directory' | 'other'

/**
 * A chosen pack file as a shell's adapter (Node in the CLI and in main) presents it: what it is, its
 * size, and a way to read part of it. The core decides; the adapter only does the I/O.
 */
export interface PackFileAccess {
  kind: PackFileKind
  size: number
  read(position: number, length: number): Promise<Uint8Array>
}

/**
 * What can be judged from the file system alone: a regular file (a directory, a FIFO or /dev/zero is
 * never read: one would fail, the others never end) of at most MAX_PACK_BYTES.
 */
export function checkPackFileFacts(kind: PackFileKind, size: number): Result<{ size: number }> {
  if (kind !== 'file') {
    return fail('pack-not-file', kind === 'directory' ? 'a directory, not a file' : 'not a regular file (a device, FIFO or socket)')
  }
  if (size > MAX_PACK_BYTES) {
    return fail('pack-too-large', `${size} bytes, more than the ${MAX_PACK_BYTES} bytes the app opens`)
  }
  return ok({ size })
}

/**
 * The rules every shell applies before it reads a pack whole, in this order: checkPackFileFacts,
 * then a SQLite header that agrees with the size. Only the header is read.
 */
export async function probePackFile(file: PackFileAccess): Promise<Result<{ size: number }>> {
  const facts = checkPackFileFacts(file.kind, file.size)
  if (!facts.ok) return facts
  let header: Uint8Array
  try {
    header = await file.read(0, SQLITE_HEADER_SIZE)
  } catch (error) {
    return fail('pack-missing', error instanceof Error ? error.message : String(error))
  }
  return toResult(() => {
    checkSqliteFileStart(header, file.size)
    return { size: file.size }
  })
}

/**
 * The probe, then the whole file: exactly the size measured, so a file that grows while it is read
 * cannot make the read unbounded. A file that shrank comes back short and fails the header's
 * page count when it is opened.
 */
export async function readPackFile(file: PackFileAccess): Promise<Result<Uint8Array>> {
  const probed = await probePackFile(file)
  if (!probed.ok) return probed
  try {
    return ok(await file.read(0, probed.value.size))
  } catch (error) {
    return fail('pack-missing', error instanceof Error ? error.message : String(error))
  }
}
