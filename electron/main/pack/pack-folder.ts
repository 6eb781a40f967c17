import { randomUUID } from 'node:crypto'
import { readdir, readFile, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fail, ok, type Result } from '../../../data/core/result'
import { writeFileAtomic } from '../library/atomic-file'
import { CHECKED_PACKS_FILE, createCheckedPackStore, type CheckedPackStore } from './checked-pack-store'

export const LAST_PACK_FILE = 'last-pack.json'

/** A copy's generated name: never the user's file name, so no name from outside reaches the disk. */
const COPY_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.sqlite$/
/**
 * What a copy or a memory write left half-done (a crash, a full disk): `<copy>.part`,
 * `last-pack.json.*.tmp`, `checked-packs.json.*.tmp`.
 */
const LEFTOVER_NAME = /^(?:[0-9a-f-]{36}\.sqlite\.part|(?:last-pack|checked-packs)\.json\..+\.tmp)$/

/**
 * The app-owned folder (userData/packs) holding copies of the packs the user opened, each under a
 * generated name, and last-pack.json naming the one to open at the next start. Only the current
 * copy is kept: the others are removed whenever the choice changes.
 */
export interface PackFolder {
  directory: string
  /** Packs that passed quick_check (checked-packs.json): they open without it while unchanged. */
  checkedPacks: CheckedPackStore
  /** A new, unused path for a copy. */
  newCopyPath(): string
  /** The copy the user opened last, or null (none, or a memory that does not name one of our copies). */
  remembered(): Promise<string | null>
  /** Makes `copy` the pack of the next start and removes every other copy. */
  remember(copy: string): Promise<Result<null>>
  /** Back to the shipped pack: forgets the last pack and removes every copy. */
  forget(): Promise<Result<null>>
  /** Removes every copy but `keep`, and what a crash left half-written. */
  sweep(keep: string | null): Promise<Result<null>>
}

export function createPackFolder(directory: string): PackFolder {
  const memory = join(directory, LAST_PACK_FILE)

  async function sweep(keep: string | null): Promise<Result<null>> {
    const kept = keep === null ? null : basename(keep)
    try {
      const names = await readdir(directory).catch(() => [])
      for (const name of names) {
        if (name === kept || !(COPY_NAME.test(name) || LEFTOVER_NAME.test(name))) continue
        await rm(join(directory, name), { force: true })
      }
      return ok(null)
    } catch (error) {
      return fail('internal', `could not clear old packs from ${directory}: ${describe(error)}`)
    }
  }

  return {
    directory,
    checkedPacks: createCheckedPackStore(join(directory, CHECKED_PACKS_FILE)),
    newCopyPath: () => join(directory, `${randomUUID()}.sqlite`),
    async remembered() {
      let text: string
      try {
        text = await readFile(memory, 'utf8')
      } catch {
        return null
      }
      const file = rememberedFileName(text)
      // Only a bare generated name is accepted, so a hand-edited memory cannot point outside the folder.
      return file !== null && COPY_NAME.test(file) ? join(directory, file) : null
    },
    async remember(copy) {
      const name = basename(copy)
      if (dirname(copy) !== directory || !COPY_NAME.test(name)) {
        return fail('internal', `${copy} is not a copy in ${directory}`)
      }
      try {
        await writeFileAtomic(memory, `${JSON.stringify({ file: name })}\n`)
      } catch (error) {
        // The older copy stays too: last-pack.json still names it.
        return fail('internal', `could not remember ${copy}: ${describe(error)}`)
      }
      return sweep(copy)
    },
    async forget() {
      try {
        await rm(memory, { force: true })
      } catch (error) {
        return fail('internal', `could not forget the last pack: ${describe(error)}`)
      }
      return sweep(null)
    },
    sweep,
  }
}

function rememberedFileName(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text)
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'file' in parsed &&
      typeof parsed.file === 'string'
    ) {
      return parsed.file
    }
  } catch {
    // A damaged memory is no memory: the shipped pack opens.
  }
  return null
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
