import type { LibraryStore } from '../../../data/core/library/library-contract'
import { fail } from '../../../data/core/result'
import { createIndexedDbLibraryStore } from './web/indexed-db-library-store'

let store: LibraryStore | undefined

/**
 * Where the user's library is kept: the desktop's library.json through the preload, or IndexedDB
 * in the web edition. Both answer the one LibraryStore contract (data/core/library).
 */
export function getLibraryStore(): LibraryStore {
  store ??= __APP_PLATFORM__ === 'web' ? createIndexedDbLibraryStore() : (window.library ?? missingBridge())
  return store
}

function missingBridge(): LibraryStore {
  const unavailable = () => Promise.resolve(fail<never>('library-read-failed', 'the desktop bridge (preload) is not available'))
  return { load: unavailable, save: unavailable, exportTo: unavailable, importFrom: unavailable }
}
