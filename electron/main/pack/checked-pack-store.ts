import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  checkedContentHash,
  parseCheckedPacks,
  serializeCheckedPacks,
  withCheckedPack,
  type CheckedPack,
  type PackFileStats,
} from '../../../data/core/checked-packs'
import { writeFileAtomic } from '../library/atomic-file'

export const CHECKED_PACKS_FILE = 'checked-packs.json'

/** The record of packs that passed quick_check (data/core/checked-packs.ts says when it is trusted). */
export interface CheckedPackStore {
  /** The content hash recorded for `path` as `stats` describe it now, or null. */
  knownHash(path: string, stats: PackFileStats): Promise<string | null>
  /** Records a pack that has just passed every check. A failed write only means a check next time. */
  remember(pack: CheckedPack): Promise<void>
}

export function createCheckedPackStore(file: string): CheckedPackStore {
  const read = async () => parseCheckedPacks(await readFile(file, 'utf8').catch(() => ''))
  // One write at a time: two packs checked together (the shipped one, an import) both get in.
  let writing = Promise.resolve()
  return {
    knownHash: async (path, stats) => checkedContentHash(await read(), path, stats),
    remember(pack) {
      writing = writing.then(async () => {
        const packs = await read()
        if (checkedContentHash(packs, pack.path, pack) === pack.contentHash && packs[0]?.path === pack.path) return
        await mkdir(dirname(file), { recursive: true })
        await writeFileAtomic(file, serializeCheckedPacks(withCheckedPack(packs, pack)))
      }).catch(() => undefined)
      return writing
    },
  }
}
