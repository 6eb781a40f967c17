import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { isTemporaryFileOf, writeFileAtomic } from './library/atomic-file'
import { parseWindowState, type WindowState } from './window-state'

export const WINDOW_STATE_FILE = 'window-state.json'

export interface WindowStateFile {
  /** The state saved last time, or null when there is none or it cannot be read. */
  load(): Promise<WindowState | null>
  /** Writes atomically; a failure (read-only profile, full disk) only means the next start is centred. */
  save(state: WindowState): void
  /** Whether a save is under way, so quitting can wait for it (see quit-guard). */
  busy(): boolean
  settled(): Promise<void>
}

/** window-state.json in userData, beside the library. */
export function createWindowStateFile(directory: string): WindowStateFile {
  const path = join(directory, WINDOW_STATE_FILE)
  let pending: Promise<void> = Promise.resolve()
  let saving = 0
  return {
    async load() {
      await removeTemporaryFiles(directory)
      try {
        return parseWindowState(JSON.parse(await readFile(path, 'utf8')))
      } catch {
        return null
      }
    },
    save(state) {
      saving += 1
      pending = pending
        .then(() => writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`))
        .catch(() => undefined)
        .finally(() => {
          saving -= 1
        })
    },
    busy: () => saving > 0,
    settled: () => pending,
  }
}

/** A crash in the middle of a save leaves a temp file; nothing else would ever remove it. */
async function removeTemporaryFiles(directory: string): Promise<void> {
  try {
    for (const name of await readdir(directory)) {
      if (isTemporaryFileOf(WINDOW_STATE_FILE, name)) await rm(join(directory, name), { force: true })
    }
  } catch {
    // No userData folder yet: nothing to remove.
  }
}
