import { constants, type Stats } from 'node:fs'
import { open, stat, type FileHandle } from 'node:fs/promises'
import { checkPackFileFacts, readPackFile, type PackFileKind } from '../core/pack-file-check'
import { fail, type Result } from '../core/result'

/** Opening a FIFO that has no writer blocks in open() itself; O_NONBLOCK returns at once (0 on Windows). */
const READ_WITHOUT_BLOCKING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * Reads a pack file for the CLI under the core's rules (data/core/pack-file-check.ts); the desktop's
 * adapter is electron/main/pack/pack-file-probe.ts. The path is judged before it is opened, so a FIFO
 * or a device is refused without touching it, and again through the open handle, so the file judged
 * is the file read even if the name was swapped in between. Messages start with the path.
 */
export async function readPackFileAt(path: string): Promise<Result<Uint8Array>> {
  const read = await readChecked(path)
  return read.ok ? read : fail(read.error.code, `${path}: ${read.error.message}`)
}

async function readChecked(path: string): Promise<Result<Uint8Array>> {
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
    return await readPackFile({ kind: kindOf(info), size: info.size, read: (at, length) => readRange(handle, at, length) })
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
