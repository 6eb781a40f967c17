import { copyFile, link, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** An open file as a durable write uses it. */
export interface DurableFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/**
 * The file system calls every durable write in main goes through (the library, its export, the
 * window state, saved PDFs). Real code uses `nodeFs`; a test passes a layer that records the calls,
 * so skipping an fsync, or renaming before the bytes are on disk, fails a test instead of waiting
 * for a power cut to show.
 */
export interface DurableFs {
  open(path: string, flags: 'wx' | 'r' | 'r+'): Promise<DurableFileHandle>
  rename(from: string, to: string): Promise<void>
  rm(path: string): Promise<void>
  link(existing: string, newPath: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
}

export const nodeFs: DurableFs = {
  async open(path, flags) {
    const handle = await open(path, flags)
    return {
      writeFile: (data) => handle.writeFile(data),
      sync: () => handle.sync(),
      close: () => handle.close(),
    }
  },
  rename: (from, to) => rename(from, to),
  rm: (path) => rm(path, { force: true }),
  link: (existing, newPath) => link(existing, newPath),
  copyFile: (from, to) => copyFile(from, to),
}

let temporaryCount = 0

/** Temp files are named after their target, so a sweep at start can find the ones a crash left. */
export function isTemporaryFileOf(target: string, name: string): boolean {
  return name.startsWith(`${target}.`) && name.endsWith('.tmp')
}

/**
 * Writes the data beside `path` in a new temp file, fsyncs and closes it, so its bytes are on disk
 * before anything points at it. On failure (a full disk) the temp file is removed and the error thrown.
 */
export async function writeTemporaryFile(path: string, data: string | Uint8Array, fs: DurableFs = nodeFs): Promise<string> {
  temporaryCount += 1
  const temporary = join(dirname(path), `${basename(path)}.${process.pid}-${temporaryCount}.tmp`)
  const handle = await fs.open(temporary, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await fs.rm(temporary)
    throw error
  }
  await handle.close()
  return temporary
}

/**
 * Readers see the old bytes or the new ones, never half of them, and a power cut after this
 * resolves keeps the new ones: temp file, fsync, close, rename over the target, fsync the folder.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, fs: DurableFs = nodeFs): Promise<void> {
  const temporary = await writeTemporaryFile(path, data, fs)
  try {
    await fs.rename(temporary, path)
  } catch (error) {
    await fs.rm(temporary)
    throw error
  }
  await syncDirectory(dirname(path), fs)
}

/**
 * Makes a rename durable: the new directory entry is on disk only once the folder is synced.
 * Windows cannot open a folder for syncing (EPERM/EISDIR); there NTFS journals the rename itself.
 */
export async function syncDirectory(directory: string, fs: DurableFs = nodeFs): Promise<void> {
  let handle: DurableFileHandle | undefined
  try {
    handle = await fs.open(directory, 'r')
    await handle.sync()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EPERM' && code !== 'EISDIR' && code !== 'EINVAL') throw error
  } finally {
    await handle?.close()
  }
}
