import { open, readdir, rename, rm, mkdir } from 'node:fs/promises'
import { dirname, basename, join } from 'node:path'

/** `.<name>.<pid>.tmp` beside the target: the pid says whose it is, so a later run can tell a dead writer's leftovers. */
function temporaryName(target: string, pid: number): string {
  return `.${basename(target)}.${pid}.tmp`
}

/** The writer's pid if `name` is a temp file of `target`, otherwise null. */
function temporaryOwner(target: string, name: string): number | null {
  const prefix = `.${basename(target)}.`
  if (!name.startsWith(prefix) || !name.endsWith('.tmp')) return null
  const pid = name.slice(prefix.length, -'.tmp'.length)
  return /^[1-9]\d{0,9}$/.test(pid) ? Number(pid) : null
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: alive, but another user's. Only "no such process" is proof of death.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}

/**
 * Removes temp files of `target` whose writer is gone (killed, or the machine lost power mid-write):
 * a 100 MB pack would otherwise stay hidden beside it forever. A live writer's file is left alone,
 * and so is one whose pid a new process has since taken: kept, never wrongly deleted.
 * Returns the names removed.
 */
export async function sweepStaleTemporaries(target: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dirname(target))
  } catch {
    return []
  }
  const stale = names.filter((name) => {
    const pid = temporaryOwner(target, name)
    return pid !== null && pid !== process.pid && !isAlive(pid)
  })
  for (const name of stale) await rm(join(dirname(target), name), { force: true })
  return stale
}

/**
 * Writes a file so readers see the old bytes or the new ones, never half of them: temp file, fsync,
 * rename. On any failure the temp file is removed before the error is thrown.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await sweepStaleTemporaries(path)
  const temporary = join(dirname(path), temporaryName(path, process.pid))
  const handle = await open(temporary, 'w')
  try {
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
