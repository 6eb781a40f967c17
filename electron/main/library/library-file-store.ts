import { access, copyFile, link, mkdir, open, readFile, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { LoadedLibrary } from '../../../data/core/library/library-contract'
import { planLibraryLoad } from '../../../data/core/library/library-recovery'
import type { LibraryDocument } from '../../../data/core/library/library-schema'
import { parseLibraryText, serializeLibrary } from '../../../data/core/library/library-text'
import { fail, ok, type Result } from '../../../data/core/result'
import { isTemporaryFileOf, syncDirectory, writeFileAtomic, writeTemporaryFile } from './atomic-file'
import { createSerialQueue } from './serial-queue'

export const LIBRARY_FILE = 'library.json'
export const BACKUP_FILE = 'library.backup.json'

/** The library as files in one folder (Electron's userData): library.json and its backup. */
export interface LibraryFileStore {
  load(): Promise<Result<LoadedLibrary>>
  save(library: LibraryDocument): Promise<Result<null>>
  /** Whether a load or save is queued or running. */
  busy(): boolean
  /** Resolves once everything queued so far has finished. */
  settled(): Promise<void>
}

/**
 * The library folder's store. Its first task creates the folder and sweeps the temp files a crash
 * or a full disk left behind (nothing else writes there: the app holds a single-instance lock).
 * Loads and saves then run through one queue, so a save never interleaves with another save or a
 * load; if the folder cannot be prepared, every call answers with the reason instead of throwing.
 */
export function createLibraryFileStore(directory: string, now: () => Date = () => new Date()): LibraryFileStore {
  const current = join(directory, LIBRARY_FILE)
  const backup = join(directory, BACKUP_FILE)
  const serial = createSerialQueue()
  let running = 0
  const queue = <T>(task: () => Promise<T>): Promise<T> => {
    running += 1
    return serial(task).finally(() => {
      running -= 1
    })
  }
  const prepared = queue(async () => {
    await mkdir(directory, { recursive: true })
    await sweepTemporaryFiles(directory)
  })
  prepared.catch(() => undefined)

  async function load(): Promise<LoadedLibrary> {
    const plan = planLibraryLoad(await readIfExists(current), await readIfExists(backup))
    const setAsideAs = plan.setAsideCurrent ? await setAside(current, 'library.corrupt') : null
    if (plan.setAsideBackup) await setAside(backup, 'library.backup.corrupt')
    // The backup already holds these bytes, so the current copy is rewritten without rotating it.
    if (plan.restoreCurrent) await writeFileAtomic(current, serializeLibrary(plan.library))
    return { library: plan.library, notice: plan.notice && { ...plan.notice, setAsideAs } }
  }

  /**
   * New bytes go to a synced temp file first; only then does the previous copy become the backup
   * (a hard link: library.json is never absent) and the temp file replace library.json by rename.
   * A kill at any point leaves library.json holding the old state or the new one; a full disk
   * fails at the temp file, before anything else is touched.
   */
  async function save(text: string): Promise<void> {
    const temporary = await writeTemporaryFile(current, text)
    try {
      await keepAsBackup(current, backup)
      await rename(temporary, current)
    } catch (error) {
      await rm(temporary, { force: true })
      throw error
    }
    await syncDirectory(directory)
  }

  async function setAside(path: string, prefix: string): Promise<string> {
    const stamp = now().toISOString().replace(/[:.]/g, '-')
    for (let attempt = 0; ; attempt += 1) {
      const name = `${prefix}-${stamp}${attempt ? `-${attempt}` : ''}.json`
      const target = join(directory, name)
      if (!(await exists(target))) {
        await rename(path, target)
        await syncDirectory(directory)
        return name
      }
    }
  }

  return {
    busy: () => running > 0,
    settled: () => queue(() => Promise.resolve()),
    load: () => queue(() => attempt('library-read-failed', () => prepared.then(load))),
    save: (library) => {
      const text = serializeLibrary(library)
      // Never write what the next start could not read back: that start would set the file aside.
      const readBack = parseLibraryText(text)
      if (!readBack.ok) return Promise.resolve(readBack)
      return queue(() => attempt('library-save-failed', () => prepared.then(() => save(text)).then(() => null)))
    },
  }
}

async function attempt<T>(code: 'library-read-failed' | 'library-save-failed', body: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await body())
  } catch (error) {
    const { code: errno, message } = error as NodeJS.ErrnoException
    return fail(code, errno === 'ENOSPC' ? `no space left on the disk (ENOSPC): ${message}` : message)
  }
}

/** Points the backup name at the current file's bytes; copies where the file system has no hard links. */
async function keepAsBackup(current: string, backup: string): Promise<void> {
  if (!(await exists(current))) return
  const staging = `${backup}.${process.pid}-backup.tmp`
  await rm(staging, { force: true })
  try {
    await link(current, staging)
  } catch {
    await copyFile(current, staging)
    const handle = await open(staging, 'r+')
    await handle.sync().finally(() => handle.close())
  }
  await rename(staging, backup)
}

async function sweepTemporaryFiles(directory: string): Promise<void> {
  for (const name of await readdir(directory)) {
    if (isTemporaryFileOf(LIBRARY_FILE, name) || isTemporaryFileOf(BACKUP_FILE, name)) {
      await rm(join(directory, name), { force: true })
    }
  }
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
