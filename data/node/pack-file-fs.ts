import { constants, type Stats } from 'node:fs'
import { open, stat, type FileHandle } from 'node:fs/promises'
import {
  checkPackFileFacts,
  probePackFile,
  readPackFile,
  type PackFileAccess,
  type PackFileKind,
} from '../core/pack-file-check'
import { fail, type Result } from '../core/result'

/** Opening a FIFO that has no writer blocks in open() itself; O_NONBLOCK returns at once (0 on Windows). */
const READ_WITHOUT_BLOCKING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * The file-system side of the core's pack file rules (data/core/pack-file-check.ts), shared by the
 * desktop's main process, the CLI and the web server: size and SQLite header, nothing read whole, so
 * an empty, foreign, cut-off or huge file is refused before anything is copied.
 */
export function probePackFileAt(path: string): Promise<Result<{ size: number }>> {
  return withPackFile(path, probePackFile)
}

/** The same checks, then the whole file, as many bytes as were measured. */
export function readPackFileAt(path: string): Promise<Result<Uint8Array>> {
  return withPackFile(path, readPackFile)
}

/**
 * The path is judged before it is opened, so a FIFO or a device is refused without touching it,
 * and again through the open handle, so the file judged is the file read even if the name was
 * swapped in between.
 */
async function withPackFile<T>(
  path: string,
  use: (file: PackFileAccess) => Promise<Result<T>>,
): Promise<Result<T>> {
  let handle: FileHandle
  try {
    const info = await stat(path)
    const facts = checkPackFileFacts(kindOf(info), info.size)
    if (!facts.ok) return facts
    handle = await open(path, READ_WITHOUT_BLOCKING)
  } catch (error) {
    return fail('pack-missing', describe(error))
  }
  try {
    const info = await handle.stat()
    return await use({
      kind: kindOf(info),
      size: info.size,
      read: (position, length) => readRange(handle, position, length),
    })
  } catch (error) {
    return fail('pack-missing', describe(error))
  } finally {
    await handle.close()
  }
}

function kindOf(info: Stats): PackFileKind {
  if (info.isFile()) return 'file'
  return info.isDirectory() ? 'directory' : 'other'
}

/** Up to `length` bytes from `position`, fewer only at the end of the file. */
export async function readRange(handle: FileHandle, position: number, length: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(length)
  let filled = 0
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return buffer.subarray(0, filled)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
