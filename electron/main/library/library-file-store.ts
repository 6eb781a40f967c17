import { access, mkdir, readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { LoadedLibrary, SavedLibrary, SaveRequest } from '../../../data/core/library/library-contract'
import { mergeLibraries } from '../../../data/core/library/library-merge'
import { planLibraryLoad } from '../../../data/core/library/library-recovery'
import type { LibraryDocument } from '../../../data/core/library/library-schema'
import { parseLibraryText, serializeLibrary } from '../../../data/core/library/library-text'
import { fail, ok, type Result } from '../../../data/core/result'
import { isTemporaryFileOf, nodeFs, syncDirectory, writeFileAtomic, writeTemporaryFile, type DurableFs } from './atomic-file'
import { createSerialQueue } from './serial-queue'

export const LIBRARY_FILE = 'library.json'
export const BACKUP_FILE = 'library.backup.json'

/** How many recent saves are remembered as the base a late save is merged from. */
const REVISIONS_KEPT = 32

/** The library as files in one folder (Electron's userData): library.json and its backup. */
export interface LibraryFileStore {
  load(): Promise<Result<LoadedLibrary>>
  save(request: SaveRequest): Promise<Result<SavedLibrary>>
  /** Whether a load or save is queued or running. */
  busy(): boolean
  /** Resolves once everything queued so far has finished. */
  settled(): Promise<void>
}

export interface LibraryFileStoreOptions {
  now?: () => Date
  /** The durable-write calls; tests record them to check that every fsync happens, in order. */
  fs?: DurableFs
}

/**
 * The library folder's store. Its first task creates the folder and sweeps the temp files a crash
 * or a full disk left behind (nothing else writes there: the app holds a single-instance lock).
 * Loads and saves then run through one queue, so a save never interleaves with another save or a
 * load; if the folder cannot be prepared, every call answers with the reason instead of throwing.
 *
 * Two windows, or an import, may save from the same revision: each save names the revision it
 * was edited from, and one that arrives after another save is merged with it item by item
 * (mergeLibraries) instead of overwriting it.
 */
export function createLibraryFileStore(directory: string, { now = () => new Date(), fs = nodeFs }: LibraryFileStoreOptions = {}): LibraryFileStore {
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

  let loaded = false
  let readOnly = false
  let revision = 0
  /** The library as saved at each recent revision (the newest is what library.json holds). */
  const revisions = new Map<number, LibraryDocument>()
  const remember = (library: LibraryDocument) => {
    revisions.set(revision, library)
    revisions.delete(revision - REVISIONS_KEPT)
  }

  async function load(): Promise<LoadedLibrary> {
    const plan = await planLibraryLoad(await readIfExists(current), () => readIfExists(backup))
    loaded = true
    readOnly = plan.readOnly
    const setAsideAs = plan.setAsideCurrent ? await setAside(current, 'library.corrupt') : null
    if (plan.setAsideBackup) await setAside(backup, 'library.backup.corrupt')
    // The backup already holds these bytes, so the current copy is rewritten without rotating it.
    if (plan.restoreCurrent) await writeFileAtomic(current, serializeLibrary(plan.library), fs)
    remember(plan.library)
    return { library: plan.library, notice: plan.notice && { ...plan.notice, setAsideAs }, revision, readOnly }
  }

  async function save({ library, baseRevision }: SaveRequest): Promise<Result<SavedLibrary>> {
    // Never a save before the folder was read: it could overwrite a newer version's library.
    if (!loaded) await load()
    if (readOnly) return fail('library-read-only', `${current}: written by a newer version of the app; saves are refused`)
    const theirs = revisions.get(revision)
    const merged = baseRevision === revision || !theirs ? null : mergeLibraries(revisions.get(baseRevision) ?? null, library, theirs)
    const saving = merged ?? library
    const text = serializeLibrary(saving)
    // Never write what the next start could not read back: that start would set the file aside.
    const readBack = parseLibraryText(text)
    if (!readBack.ok) return merged ? fail(readBack.error.code, `merged library: ${readBack.error.message}`) : readBack
    await writeDurably(text)
    revision += 1
    remember(saving)
    return ok({ revision, merged })
  }

  /**
   * New bytes go to a synced temp file first; only then does the previous copy become the backup
   * (a hard link: library.json is never absent) and the temp file replace library.json by rename.
   * A kill at any point leaves library.json holding the old state or the new one; a full disk
   * fails at the temp file, before anything else is touched.
   */
  async function writeDurably(text: string): Promise<void> {
    const temporary = await writeTemporaryFile(current, text, fs)
    try {
      await keepAsBackup(current, backup, fs)
      await fs.rename(temporary, current)
    } catch (error) {
      await fs.rm(temporary)
      throw error
    }
    await syncDirectory(directory, fs)
  }

  async function setAside(path: string, prefix: string): Promise<string> {
    const stamp = now().toISOString().replace(/[:.]/g, '-')
    for (let attempt = 0; ; attempt += 1) {
      const name = `${prefix}-${stamp}${attempt ? `-${attempt}` : ''}.json`
      const target = join(directory, name)
      if (!(await exists(target))) {
        await fs.rename(path, target)
        await syncDirectory(directory, fs)
        return name
      }
    }
  }

  return {
    busy: () => running > 0,
    settled: () => queue(() => Promise.resolve()),
    load: () => queue(() => attempt('library-read-failed', () => prepared.then(load))),
    save: (request) => {
      // Checked before queueing: a library that could not be read back is never written.
      const readBack = parseLibraryText(serializeLibrary(request.library))
      if (!readBack.ok) return Promise.resolve(readBack)
      return queue(() => attempt('library-save-failed', () => prepared.then(() => save(request)))).then((result) => (result.ok ? result.value : result))
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

/**
 * Points the backup name at the current file's bytes; copies where the file system has no hard
 * links. The backup is a second chance, not the library: if it cannot be replaced (someone made
 * library.backup.json a folder), the save goes on and the old backup stays as it is.
 */
async function keepAsBackup(current: string, backup: string, fs: DurableFs): Promise<void> {
  if (!(await exists(current))) return
  const staging = `${backup}.${process.pid}-backup.tmp`
  try {
    await fs.rm(staging)
    try {
      await fs.link(current, staging)
    } catch {
      await fs.copyFile(current, staging)
      const handle = await fs.open(staging, 'r+')
      await handle.sync().finally(() => handle.close())
    }
    await fs.rename(staging, backup)
  } catch {
    await fs.rm(staging).catch(() => undefined)
  }
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
