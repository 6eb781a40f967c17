/** The web edition's database: one object store of JSON texts under string keys. */
export const LIBRARY_DATABASE = 'bach-khoa-apec'
export const LIBRARY_OBJECT_STORE = 'library'
const DATABASE_VERSION = 1

export function openLibraryDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(LIBRARY_DATABASE, DATABASE_VERSION)
    request.onupgradeneeded = () => request.result.createObjectStore(LIBRARY_OBJECT_STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'))
    request.onblocked = () => reject(new Error('IndexedDB is held by an older version of the app in another tab'))
  })
}

/**
 * Runs `body` in one transaction and resolves with its value once the transaction has committed:
 * IndexedDB applies all of a transaction's writes or none of them.
 */
export function inTransaction<T>(
  database: IDBDatabase,
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => Promise<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(LIBRARY_OBJECT_STORE, mode)
    let value: T
    body(transaction.objectStore(LIBRARY_OBJECT_STORE)).then(
      (result) => {
        value = result
      },
      (error: unknown) => {
        try {
          transaction.abort()
        } catch {
          // Already finished: nothing of it to undo.
        }
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
    transaction.oncomplete = () => resolve(value)
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'))
  })
}

export function request<T>(pending: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result)
    pending.onerror = () => reject(pending.error ?? new Error('IndexedDB request failed'))
  })
}
