import type { LibraryStore } from '../../../../data/core/library/library-contract'
import { planLibraryLoad } from '../../../../data/core/library/library-recovery'
import { libraryDocumentSchema } from '../../../../data/core/library/library-schema'
import { serializeLibrary } from '../../../../data/core/library/library-text'
import { fail, ok } from '../../../../data/core/result'
import { inTransaction, openLibraryDatabase, request } from './indexed-db'
import { announceLibrarySaved } from './library-broadcast'
import { downloadLibrary, pickLibraryFile } from './library-files'

/** Record keys: the library, the previous good copy, and unreadable copies kept aside. */
export const CURRENT_KEY = 'current'
export const BACKUP_KEY = 'backup'

/**
 * The web edition's LibraryStore: the same JSON text as the desktop's library.json, in IndexedDB.
 * A save writes the new copy and keeps the previous one as the backup in ONE transaction, so a
 * closed tab or a full quota leaves the old state or the new one, never a mix.
 */
export function createIndexedDbLibraryStore(): LibraryStore {
  let opened: Promise<IDBDatabase> | undefined
  const database = () => (opened ??= openLibraryDatabase())

  return {
    async load() {
      try {
        const db = await database()
        return ok(
          await inTransaction(db, 'readwrite', async (store) => {
            const plan = planLibraryLoad(asText(await request(store.get(CURRENT_KEY))), asText(await request(store.get(BACKUP_KEY))))
            const stamp = new Date().toISOString()
            let setAsideAs: string | null = null
            if (plan.setAsideCurrent) {
              setAsideAs = `corrupt-${stamp}`
              await request(store.put(await request(store.get(CURRENT_KEY)), setAsideAs))
            }
            if (plan.setAsideBackup) {
              await request(store.put(await request(store.get(BACKUP_KEY)), `backup-corrupt-${stamp}`))
              await request(store.delete(BACKUP_KEY))
            }
            if (plan.restoreCurrent) await request(store.put(serializeLibrary(plan.library), CURRENT_KEY))
            else if (plan.setAsideCurrent) await request(store.delete(CURRENT_KEY))
            return { library: plan.library, notice: plan.notice && { ...plan.notice, setAsideAs } }
          }),
        )
      } catch (error) {
        return fail('library-read-failed', describe(error))
      }
    },

    async save(library) {
      // The renderer's own state, but checked as main checks it: nothing invalid is ever stored.
      const checked = libraryDocumentSchema.safeParse(library)
      if (!checked.success) return fail('invalid-input', `save: ${checked.error.issues[0]?.message ?? 'invalid library'}`)
      try {
        const db = await database()
        await inTransaction(db, 'readwrite', async (store) => {
          const previous = await request(store.get(CURRENT_KEY))
          if (previous !== undefined) await request(store.put(previous, BACKUP_KEY))
          await request(store.put(serializeLibrary(checked.data), CURRENT_KEY))
        })
        announceLibrarySaved()
        return ok(null)
      } catch (error) {
        return fail('library-save-failed', describe(error))
      }
    },

    exportTo: (library) => Promise.resolve(ok(downloadLibrary(library))),
    importFrom: () => pickLibraryFile(),
  }
}

/** A record someone replaced with a non-string is read as its JSON, so the schema judges it. */
function asText(value: unknown): string | null {
  if (value === undefined) return null
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '')
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}
