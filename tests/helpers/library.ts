import { addBookmark } from '../../data/core/library/bookmarks'
import { addEntryToPack } from '../../data/core/library/briefing-pack-entries'
import { createPack, setPackFields } from '../../data/core/library/briefing-packs'
import { recordVisit } from '../../data/core/library/history'
import { createEmptyLibrary, type LibraryDocument } from '../../data/core/library/library-schema'
import { setNote } from '../../data/core/library/notes'

export const T0 = '2025-01-10T08:00:00.000Z'

/** An ISO time `minutes` after T0, so tests can say which of two edits is newer. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString()
}

/** A small library with something in every part, built with the real operations. */
export function sampleLibrary(): LibraryDocument {
  let library = createEmptyLibrary()
  library = addBookmark(library, { entryId: 'viet-nam', title: 'Việt Nam' }, at(1))
  library = addBookmark(library, { entryId: 'apec-2017', title: 'Năm APEC 2017' }, at(2))
  library = setNote(library, { entryId: 'viet-nam', title: 'Việt Nam' }, 'Gia nhập tháng 11/1998.', at(3))
  library = recordVisit(library, { kind: 'entry', id: 'viet-nam', title: 'Việt Nam' }, at(4))
  library = recordVisit(library, { kind: 'source', id: 'wikipedia-apec', title: 'APEC – Wikipedia' }, at(5))
  library = createPack(library, { id: 'pack-hoi-nghi', title: 'Hội nghị SOM' }, at(6))
  library = setPackFields(library, 'pack-hoi-nghi', { meeting: 'SOM 1', date: '2025-02-20', note: 'Mang theo bản in.' }, at(7))
  library = addEntryToPack(library, 'pack-hoi-nghi', { entryId: 'viet-nam', title: 'Việt Nam' }, at(8))
  library = addEntryToPack(library, 'pack-hoi-nghi', { entryId: 'apec-2017', title: 'Năm APEC 2017' }, at(9))
  return library
}

/** A pack "pack-som" of three real entries of the shipped pack, in this order. */
export function threeEntryPack(): LibraryDocument {
  let library = createPack(createEmptyLibrary(), { id: 'pack-som', title: 'Hội nghị SOM' }, at(1))
  for (const [entryId, title] of [
    ['viet-nam', 'Việt Nam'],
    ['apec-2017', 'Năm APEC 2017'],
    ['apec', 'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương'],
  ] as const) {
    library = addEntryToPack(library, 'pack-som', { entryId, title }, at(2))
  }
  return library
}
