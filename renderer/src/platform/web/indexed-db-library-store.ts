import type { LibraryStore } from '../../../../data/core/library/library-contract'
import { mergeLibraries } from '../../../../data/core/library/library-merge'
import { planLibraryLoad } from '../../../../data/core/library/library-recovery'
import { libraryDocumentSchema, type LibraryDocument } from '../../../../data/core/library/library-schema'
import { describeIssues, parseLibraryText, serializeLibrary } from '../../../../data/core/library/library-text'
import { fail, ok, type Result } from '../../../../data/core/result'
import { inTransaction, openLibraryDatabase, request } from './indexed-db'
import { announceLibrarySaved } from './library-broadcast'
import { downloadLibrary, pickLibraryFile } from './library-files'

/** Record keys: the library, the previous good copy, and unreadable copies kept aside. */
export const CURRENT_KEY = 'current'
export const BACKUP_KEY = 'backup'
/** A number counted up by every write of the current record, in the same transaction. */
export const REVISION_KEY = 'revision'

/** How many revisions this tab remembers as the base a late save is merged from. */
const REVISIONS_KEPT = 32

const READ_ONLY = 'the saved library was written by a newer version of the app; saves are refused'

/**
 * The web edition's LibraryStore: the same JSON text as the desktop's library.json, in IndexedDB.
 * A save writes the new copy and keeps the previous one as the backup in ONE transaction, so a
 * closed tab or a full quota leaves the old state or the new one, never a mix.
 *
 * Tabs share the database. A save is a compare-and-set on the revision, inside its transaction
 * (IndexedDB runs read-write transactions on one store one after another, across tabs): if another
 * tab saved since the revision this tab's library was edited from, the two are merged item by item
 * (mergeLibraries) and the merge is what gets written.
 */
export function createIndexedDbLibraryStore(): LibraryStore {
  let opened: Promise<IDBDatabase> | undefined
  const database = () => (opened ??= openLibraryDatabase())
  let readOnly = false
  /** The library at each revision this tab loaded or saved. */
  const revisions = new Map<number, LibraryDocument>()
  const remember = (revision: number, library: LibraryDocument) => {
    revisions.set(revision, library)
    revisions.delete(revision - REVISIONS_KEPT)
  }

  return {
    async load() {
      try {
        const db = await database()
        const loaded = await inTransaction(db, 'readwrite', async (store) => {
          const currentRecord = await request(store.get(CURRENT_KEY))
          const plan = await planLibraryLoad(asText(currentRecord), async () => asText(await request(store.get(BACKUP_KEY))))
          let revision = asRevision(await request(store.get(REVISION_KEY)))
          const stamp = new Date().toISOString()
          let setAsideAs: string | null = null
          if (plan.setAsideCurrent) {
            setAsideAs = `corrupt-${stamp}`
            await request(store.put(currentRecord, setAsideAs))
          }
          if (plan.setAsideBackup) {
            await request(store.put(await request(store.get(BACKUP_KEY)), `backup-corrupt-${stamp}`))
            await request(store.delete(BACKUP_KEY))
          }
          if (plan.restoreCurrent || plan.setAsideCurrent) {
            if (plan.restoreCurrent) await request(store.put(serializeLibrary(plan.library), CURRENT_KEY))
            else await request(store.delete(CURRENT_KEY))
            revision += 1
            await request(store.put(revision, REVISION_KEY))
          }
          return { library: plan.library, notice: plan.notice && { ...plan.notice, setAsideAs }, revision, readOnly: plan.readOnly }
        })
        readOnly = loaded.readOnly
        remember(loaded.revision, loaded.library)
        return ok(loaded)
      } catch (error) {
        return fail('library-read-failed', describe(error))
      }
    },

    async save({ library, baseRevision }) {
      // The renderer's own state, but checked as main checks it: nothing invalid is ever stored.
      const checked = libraryDocumentSchema.safeParse(library)
      if (!checked.success) return fail('invalid-input', `save: ${checked.error.issues[0]?.message ?? 'invalid library'}`)
      if (readOnly) return fail('library-read-only', READ_ONLY)
      try {
        const db = await database()
        const saved = await inTransaction(db, 'readwrite', async (store): Promise<Result<{ revision: number; saving: LibraryDocument; merged: LibraryDocument | null }>> => {
          const revision = asRevision(await request(store.get(REVISION_KEY)))
          const previous: unknown = await request(store.get(CURRENT_KEY))
          let merged: LibraryDocument | null = null
          if (revision !== baseRevision && previous !== undefined) {
            const theirs = parseLibraryText(asText(previous) ?? '')
            // A newer version's tab saved meanwhile: its library is never written over.
            if (!theirs.ok && theirs.error.code === 'library-newer-version') return fail('library-read-only', READ_ONLY)
            if (theirs.ok) {
              const checkedMerge = libraryDocumentSchema.safeParse(mergeLibraries(revisions.get(baseRevision) ?? null, checked.data, theirs.value))
              if (!checkedMerge.success) return fail('library-invalid', `merged library: ${describeIssues(checkedMerge.error.issues)}`)
              merged = checkedMerge.data
            }
          }
          const saving = merged ?? checked.data
          if (previous !== undefined) await request(store.put(previous, BACKUP_KEY))
          await request(store.put(serializeLibrary(saving), CURRENT_KEY))
          await request(store.put(revision + 1, REVISION_KEY))
          return ok({ revision: revision + 1, saving, merged })
        })
        if (!saved.ok) return saved
        remember(saved.value.revision, saved.value.saving)
        announceLibrarySaved()
        return ok({ revision: saved.value.revision, merged: saved.value.merged })
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

/** No record (a library saved before revisions were counted) is revision 0. */
function asRevision(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}
