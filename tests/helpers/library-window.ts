import type { LibraryStore } from '../../data/core/library/library-contract'
import type { LibraryDocument } from '../../data/core/library/library-schema'

/**
 * One window of the app over a store, as renderer/src/features/library/library-state.ts uses it:
 * each save names the revision of this window's previous load or save.
 */
export function libraryWindow(store: Pick<LibraryStore, 'load' | 'save'>) {
  let revision = 0
  return {
    revision: () => revision,
    async load() {
      const loaded = await store.load()
      if (loaded.ok) revision = loaded.value.revision
      return loaded
    },
    async save(library: LibraryDocument) {
      const saved = await store.save({ library, baseRevision: revision })
      if (saved.ok) revision = saved.value.revision
      return saved
    },
  }
}
