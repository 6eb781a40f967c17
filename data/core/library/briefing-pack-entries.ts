import type { EntryMention } from './bookmarks'
import { updatePack } from './briefing-packs'
import { ownValue, withId, withoutId } from './id-records'
import type { BriefingPack, LibraryDocument } from './library-schema'

export function packHasEntry(pack: BriefingPack, entryId: string): boolean {
  return pack.entryIds.includes(entryId)
}

/** The title the pack remembered for an entry, for when the data pack no longer has it. */
export function rememberedTitle(pack: Pick<BriefingPack, 'entryTitles'>, entryId: string): string | undefined {
  return ownValue(pack.entryTitles, entryId)
}

/** Appends the entry, remembering its title; an entry already in the pack stays where it is. */
export function addEntryToPack(library: LibraryDocument, packId: string, entry: EntryMention, now: string): LibraryDocument {
  return updatePack(
    library,
    packId,
    (pack) =>
      packHasEntry(pack, entry.entryId)
        ? pack
        : { ...pack, entryIds: [...pack.entryIds, entry.entryId], entryTitles: withId(pack.entryTitles, entry.entryId, entry.title) },
    now,
  )
}

export function removeEntryFromPack(library: LibraryDocument, packId: string, entryId: string, now: string): LibraryDocument {
  return updatePack(
    library,
    packId,
    (pack) => {
      if (!packHasEntry(pack, entryId)) return pack
      return { ...pack, entryIds: pack.entryIds.filter((id) => id !== entryId), entryTitles: withoutId(pack.entryTitles, entryId) }
    },
    now,
  )
}

/** Moves an entry to position `toIndex` (clamped), for drag and drop and for the Lên/Xuống keys alike. */
export function moveEntryInPack(library: LibraryDocument, packId: string, entryId: string, toIndex: number, now: string): LibraryDocument {
  return updatePack(
    library,
    packId,
    (pack) => {
      const from = pack.entryIds.indexOf(entryId)
      const to = Math.max(0, Math.min(pack.entryIds.length - 1, toIndex))
      if (from < 0 || from === to) return pack
      const entryIds = pack.entryIds.filter((id) => id !== entryId)
      entryIds.splice(to, 0, entryId)
      return { ...pack, entryIds }
    },
    now,
  )
}
