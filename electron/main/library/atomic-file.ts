import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

let temporaryCount = 0

/** Temp files are named after their target, so a sweep at start can find the ones a crash left. */
export function isTemporaryFileOf(target: string, name: string): boolean {
  return name.startsWith(`${target}.`) && name.endsWith('.tmp')
}

/**
 * Writes text beside `path` in a new temp file and fsyncs it, so its bytes are on disk before
 * anything points at it. On failure (a full disk) the temp file is removed and the error thrown.
 */
export async function writeTemporaryFile(path: string, text: string): Promise<string> {
  temporaryCount += 1
  const temporary = join(dirname(path), `${basename(path)}.${process.pid}-${temporaryCount}.tmp`)
  const handle = await open(temporary, 'wx')
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await rm(temporary, { force: true })
    throw error
  }
  await handle.close()
  return temporary
}

/** Readers see the old bytes or the new ones, never half of them: temp file, fsync, rename, fsync the folder. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = await writeTemporaryFile(path, text)
  try {
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  await syncDirectory(dirname(path))
}

/**
 * Makes a rename durable: the new directory entry is on disk only once the folder is synced.
 * Windows cannot open a folder for syncing (EPERM/EISDIR); there NTFS journals the rename itself.
 */
export async function syncDirectory(directory: string): Promise<void> {
  let handle
  try {
    handle = await open(directory, 'r')
    await handle.sync()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EPERM' && code !== 'EISDIR' && code !== 'EINVAL') throw error
  } finally {
    await handle?.close()
  }
}
