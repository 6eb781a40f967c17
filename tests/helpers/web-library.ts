import type { Page } from 'playwright-core'
import { createEmptyLibrary, type LibraryDocument, type LibrarySettings } from '../../data/core/library/library-schema'
import { serializeLibrary } from '../../data/core/library/library-text'
import { LIBRARY_DATABASE, LIBRARY_OBJECT_STORE } from '../../renderer/src/platform/web/indexed-db'
import { BACKUP_KEY, CURRENT_KEY } from '../../renderer/src/platform/web/indexed-db-library-store'

const DATABASE = { name: LIBRARY_DATABASE, store: LIBRARY_OBJECT_STORE }

/** Keys of the unsaved-changes journal in localStorage (renderer/src/platform/library-journal.ts). */
const JOURNAL_PREFIX = 'apec.library.unsaved.'

/**
 * Reads or writes the web edition's IndexedDB records from the test, as another tab would. Done on
 * the home page (which changes nothing in the library), then reloaded so the app reads what was
 * written. The journal of unsaved changes is cleared too.
 */
export async function writeLibraryRecords(page: Page, origin: string, records: Record<string, string | number | null>): Promise<void> {
  await openHome(page, origin)
  await page.evaluate(
    ({ database, records, journalPrefix }) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open(database.name, 1)
        opening.onupgradeneeded = () => opening.result.createObjectStore(database.store)
        opening.onerror = () => reject(opening.error)
        opening.onsuccess = () => {
          const transaction = opening.result.transaction(database.store, 'readwrite')
          const store = transaction.objectStore(database.store)
          for (const [key, value] of Object.entries(records)) {
            if (value === null) store.delete(key)
            else store.put(value, key)
          }
          transaction.oncomplete = () => {
            opening.result.close()
            // What earlier pages left unsaved would be saved into the library written here.
            for (const key of Object.keys(localStorage)) if (key.startsWith(journalPrefix)) localStorage.removeItem(key)
            resolve()
          }
          transaction.onabort = () => reject(transaction.error)
        }
      }),
    { database: DATABASE, records, journalPrefix: JOURNAL_PREFIX },
  )
  await page.reload()
  await page.locator('.shell').waitFor()
}

export async function readLibraryRecords(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    (database) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const opening = indexedDB.open(database.name, 1)
        opening.onerror = () => reject(opening.error)
        opening.onsuccess = () => {
          const store = opening.result.transaction(database.store, 'readonly').objectStore(database.store)
          const records: Record<string, string> = {}
          const cursor = store.openCursor()
          cursor.onerror = () => reject(cursor.error)
          cursor.onsuccess = () => {
            const at = cursor.result
            if (!at) {
              opening.result.close()
              resolve(records)
              return
            }
            records[String(at.key)] = String(at.value)
            at.continue()
          }
        }
      }),
    DATABASE,
  )
}

/** The library the app saved last, parsed. */
export async function readWebLibrary(page: Page): Promise<LibraryDocument> {
  const text = (await readLibraryRecords(page))[CURRENT_KEY]
  if (text === undefined) throw new Error('the web edition has not saved a library yet')
  return JSON.parse(text) as LibraryDocument
}

/** Waits until the library the page holds has reached IndexedDB, and reads it. */
export async function savedWebLibrary(page: Page): Promise<LibraryDocument> {
  await page.locator('html[data-library-save="saved"]').waitFor({ state: 'attached' })
  return readWebLibrary(page)
}

/** Replaces the saved library (and drops the backup), then reloads so the app reads it. */
export function writeWebLibrary(page: Page, origin: string, library: LibraryDocument): Promise<void> {
  return writeLibraryRecords(page, origin, { [CURRENT_KEY]: serializeLibrary(library), [BACKUP_KEY]: null })
}

/** Changes the saved library the way `change` says (starting from an empty one if none was saved). */
export async function updateWebLibrary(page: Page, origin: string, change: (library: LibraryDocument) => LibraryDocument): Promise<void> {
  await openHome(page, origin)
  const text = (await readLibraryRecords(page))[CURRENT_KEY]
  await writeWebLibrary(page, origin, change(text === undefined ? createEmptyLibrary() : (JSON.parse(text) as LibraryDocument)))
}

/** The display settings a user would have chosen with the header buttons; everything else stays. */
export function setWebSettings(page: Page, origin: string, settings: Partial<LibrarySettings>): Promise<void> {
  return updateWebLibrary(page, origin, (library) => ({ ...library, settings: { ...library.settings, ...settings } }))
}

/**
 * The home page changes nothing in the library; waiting for any save under way to finish means
 * a record written next cannot be overwritten by a save that started earlier.
 */
async function openHome(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/#/`)
  await page.locator('.shell').waitFor()
  await page.locator('html[data-library-save]:not([data-library-save="saving"])').waitFor({ state: 'attached' })
}

/**
 * Holds a read-write transaction on the library's object store open from `page` (another tab of
 * the same origin) until the returned function is called. IndexedDB runs read-write transactions on
 * one store one after another, so until then no save of any tab can commit: a test can reload or
 * close a page while its save is certainly not written.
 */
export async function holdLibraryDatabase(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    (database) =>
      new Promise<void>((resolve, reject) => {
        const holder = window as unknown as { releaseLibrary?: () => void }
        const opening = indexedDB.open(database.name, 1)
        opening.onerror = () => reject(opening.error)
        opening.onsuccess = () => {
          const transaction = opening.result.transaction(database.store, 'readwrite')
          const store = transaction.objectStore(database.store)
          let held = true
          holder.releaseLibrary = () => {
            held = false
          }
          // A transaction stays open while it has requests: keep one in flight until released.
          const keep = () => {
            if (held) store.get('held').onsuccess = keep
          }
          keep()
          transaction.oncomplete = () => opening.result.close()
          resolve()
        }
      }),
    DATABASE,
  )
  return () => page.evaluate(() => (window as unknown as { releaseLibrary?: () => void }).releaseLibrary?.())
}

export function unsavedJournalKeys(page: Page): Promise<string[]> {
  return page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)), JOURNAL_PREFIX)
}
