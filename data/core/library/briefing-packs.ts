import { idRecord } from './id-records'
import type { BriefingPack, LibraryDocument } from './library-schema'

export type PackFields = Pick<BriefingPack, 'title' | 'meeting' | 'date' | 'note'>

/** A deleted pack and where it stood, kept by the caller so "Hoàn tác" can put it back. */
export interface RemovedPack {
  pack: BriefingPack
  index: number
}

export function findPack(library: LibraryDocument, packId: string): BriefingPack | undefined {
  return library.briefingPacks.find((pack) => pack.id === packId)
}

/** A new, empty pack at the top of the list. Ids come from the caller, so this stays pure. */
export function createPack(library: LibraryDocument, pack: { id: string; title: string }, now: string): LibraryDocument {
  const created: BriefingPack = {
    id: pack.id,
    title: pack.title,
    meeting: '',
    date: '',
    note: '',
    entryIds: [],
    entryTitles: idRecord(),
    createdAt: now,
    updatedAt: now,
  }
  return { ...library, briefingPacks: [created, ...library.briefingPacks] }
}

/**
 * Applies `change` to one pack and stamps it. An unknown pack, or a change that changes nothing,
 * returns the library as it was (no save, no new timestamp).
 */
export function updatePack(
  library: LibraryDocument,
  packId: string,
  change: (pack: BriefingPack) => BriefingPack,
  now: string,
): LibraryDocument {
  let changed = false
  const briefingPacks = library.briefingPacks.map((pack) => {
    if (pack.id !== packId) return pack
    const next = change(pack)
    if (next === pack) return pack
    changed = true
    return { ...next, updatedAt: now }
  })
  return changed ? { ...library, briefingPacks } : library
}

export function setPackFields(library: LibraryDocument, packId: string, fields: Partial<PackFields>, now: string): LibraryDocument {
  return updatePack(
    library,
    packId,
    (pack) => {
      const same = (Object.keys(fields) as (keyof PackFields)[]).every((key) => fields[key] === pack[key])
      return same ? pack : { ...pack, ...fields }
    },
    now,
  )
}

/** A copy with everything in it, placed right after the original. */
export function duplicatePack(
  library: LibraryDocument,
  packId: string,
  copy: { id: string; title: string },
  now: string,
): LibraryDocument {
  const index = library.briefingPacks.findIndex((pack) => pack.id === packId)
  const original = library.briefingPacks[index]
  if (!original) return library
  const duplicate: BriefingPack = {
    ...original,
    id: copy.id,
    title: copy.title,
    entryIds: [...original.entryIds],
    entryTitles: idRecord(Object.entries(original.entryTitles)),
    createdAt: now,
    updatedAt: now,
  }
  const briefingPacks = [...library.briefingPacks]
  briefingPacks.splice(index + 1, 0, duplicate)
  return { ...library, briefingPacks }
}

export function deletePack(library: LibraryDocument, packId: string): { library: LibraryDocument; removed: RemovedPack | null } {
  const index = library.briefingPacks.findIndex((pack) => pack.id === packId)
  const pack = library.briefingPacks[index]
  if (!pack) return { library, removed: null }
  return { library: { ...library, briefingPacks: library.briefingPacks.filter((other) => other.id !== packId) }, removed: { pack, index } }
}

/** Puts a deleted pack back where it was; a pack with the same id already there wins. */
export function restorePack(library: LibraryDocument, removed: RemovedPack): LibraryDocument {
  if (findPack(library, removed.pack.id)) return library
  const briefingPacks = [...library.briefingPacks]
  briefingPacks.splice(Math.min(removed.index, briefingPacks.length), 0, removed.pack)
  return { ...library, briefingPacks }
}
