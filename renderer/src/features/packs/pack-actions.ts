import type { EntryMention } from '../../../../data/core/library/bookmarks'
import { addEntryToPack } from '../../../../data/core/library/briefing-pack-entries'
import { createPack, deletePack, duplicatePack, findPack, restorePack } from '../../../../data/core/library/briefing-packs'
import { showToast } from '../../components/toast-store'
import { STRINGS } from '../../strings'
import { changeLibrary, getLibrary, now } from '../library/library-state'

/**
 * A new pack id: "pack-" and 16 hex digits. getRandomValues, not randomUUID, because the web
 * edition may be served over plain http on an office network, where randomUUID does not exist.
 */
export function newPackId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return `pack-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`
}

export function packTitle(title: string): string {
  return title.trim() || STRINGS.packs.untitled
}

/** Creates a pack (with a first entry, if given) and returns its id. */
export function createNewPack(firstEntry?: EntryMention): string {
  const id = newPackId()
  void changeLibrary((library) => {
    const created = createPack(library, { id, title: STRINGS.packs.newTitle }, now())
    return firstEntry ? addEntryToPack(created, id, firstEntry, now()) : created
  })
  return id
}

export function addToPack(packId: string, entry: EntryMention): void {
  void changeLibrary((library) => addEntryToPack(library, packId, entry, now()))
}

export function duplicateExistingPack(packId: string): string | null {
  const original = findPack(getLibrary(), packId)
  if (!original) return null
  const id = newPackId()
  const title = STRINGS.packs.copyTitle(packTitle(original.title))
  void changeLibrary((library) => duplicatePack(library, packId, { id, title }, now()))
  showToast(STRINGS.packs.duplicated(title))
  return id
}

/** Deletes at once and offers "Hoàn tác" in a toast, which puts the pack back where it was. */
export function deletePackWithUndo(packId: string): void {
  const { library, removed } = deletePack(getLibrary(), packId)
  if (!removed) return
  void changeLibrary(() => library)
  const title = packTitle(removed.pack.title)
  showToast(STRINGS.packs.deleted(title), {
    label: STRINGS.packs.undo,
    run: () => {
      void changeLibrary((current) => restorePack(current, removed))
      showToast(STRINGS.packs.restored(title))
    },
  })
}
