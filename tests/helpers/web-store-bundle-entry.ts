// Bundled by tests/helpers/web-store-bundle.ts into a script for a page of the web edition's origin.
export { createIndexedDbLibraryStore } from '../../renderer/src/platform/web/indexed-db-library-store'
export { setNote } from '../../data/core/library/notes'
