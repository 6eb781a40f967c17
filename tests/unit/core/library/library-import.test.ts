import { describe, expect, it } from 'vitest'
import { addBookmark } from '../../../../data/core/library/bookmarks'
import { addEntryToPack } from '../../../../data/core/library/briefing-pack-entries'
import { createPack, findPack, setPackFields } from '../../../../data/core/library/briefing-packs'
import { recordVisit } from '../../../../data/core/library/history'
import { importLibrary } from '../../../../data/core/library/library-import'
import { updateSettings } from '../../../../data/core/library/library-settings'
import { createEmptyLibrary, type LibraryDocument } from '../../../../data/core/library/library-schema'
import { setNote } from '../../../../data/core/library/notes'
import { at, sampleLibrary } from '../../../helpers/library'

/** What another machine exported: some of the same things, some newer, some new. */
function otherMachine(): LibraryDocument {
  let library = updateSettings(createEmptyLibrary(), { theme: 'dark', zoom: 125 })
  library = addBookmark(library, { entryId: 'viet-nam', title: 'Việt Nam' }, at(30))
  library = addBookmark(library, { entryId: 'abac', title: 'ABAC' }, at(31))
  library = setNote(library, { entryId: 'viet-nam', title: 'Việt Nam' }, 'Ghi chú mới hơn', at(32))
  library = setNote(library, { entryId: 'apec', title: 'APEC' }, 'Ghi chú về APEC', at(33))
  library = recordVisit(library, { kind: 'entry', id: 'viet-nam', title: 'Việt Nam' }, at(34))
  library = recordVisit(library, { kind: 'entry', id: 'abac', title: 'ABAC' }, at(35))
  library = createPack(library, { id: 'pack-hoi-nghi', title: 'Hội nghị SOM (sửa ở máy khác)' }, at(36))
  library = addEntryToPack(library, 'pack-hoi-nghi', { entryId: 'abac', title: 'ABAC' }, at(37))
  library = createPack(library, { id: 'pack-moi', title: 'Gói mới' }, at(38))
  return library
}

function imported(current: LibraryDocument, incoming: LibraryDocument, mode: 'merge' | 'replace') {
  const result = importLibrary(current, incoming, mode)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('import: merge', () => {
  it('unions bookmarks, keeps the newer note and the newer pack, adds new packs, leaves settings', () => {
    const { library, summary } = imported(sampleLibrary(), otherMachine(), 'merge')
    expect(library.bookmarks.map((bookmark) => bookmark.entryId)).toEqual(['abac', 'apec-2017', 'viet-nam'])
    expect(library.notes['viet-nam']?.text).toBe('Ghi chú mới hơn')
    expect(library.notes.apec?.text).toBe('Ghi chú về APEC')
    expect(findPack(library, 'pack-hoi-nghi')?.title).toBe('Hội nghị SOM (sửa ở máy khác)')
    expect(library.briefingPacks.map((pack) => pack.id)).toEqual(['pack-hoi-nghi', 'pack-moi'])
    expect(library.history.map((item) => item.id)).toEqual(['abac', 'viet-nam', 'wikipedia-apec'])
    expect(library.settings).toEqual(sampleLibrary().settings)
    expect(summary).toEqual({
      mode: 'merge',
      bookmarks: { added: 1, updated: 0, total: 3 },
      notes: { added: 1, updated: 1, total: 2 },
      briefingPacks: { added: 1, updated: 1, total: 2 },
      history: { added: 1, updated: 0, total: 3 },
    })
  })

  it('keeps what is here when it is newer than what the file brings', () => {
    const current = setPackFields(setNote(sampleLibrary(), { entryId: 'viet-nam', title: 'Việt Nam' }, 'Của tôi, mới nhất', at(90)), 'pack-hoi-nghi', { note: 'sửa sau cùng' }, at(91))
    const { library, summary } = imported(current, otherMachine(), 'merge')
    expect(library.notes['viet-nam']?.text).toBe('Của tôi, mới nhất')
    expect(findPack(library, 'pack-hoi-nghi')?.note).toBe('sửa sau cùng')
    expect(summary.notes).toEqual({ added: 1, updated: 0, total: 2 })
    expect(summary.briefingPacks).toEqual({ added: 1, updated: 0, total: 2 })
  })

  it('changes nothing when a library is merged with itself', () => {
    const { library, summary } = imported(sampleLibrary(), sampleLibrary(), 'merge')
    expect(library).toEqual(sampleLibrary())
    expect([summary.bookmarks.added, summary.notes.added, summary.notes.updated, summary.briefingPacks.added, summary.history.added]).toEqual([0, 0, 0, 0, 0])
  })
})

describe('import: replace', () => {
  it('makes the file the library, settings included, and counts what it holds', () => {
    const { library, summary } = imported(sampleLibrary(), otherMachine(), 'replace')
    expect(library).toEqual(otherMachine())
    expect(summary).toEqual({
      mode: 'replace',
      bookmarks: { added: 2, updated: 0, total: 2 },
      notes: { added: 2, updated: 0, total: 2 },
      briefingPacks: { added: 2, updated: 0, total: 2 },
      history: { added: 2, updated: 0, total: 2 },
    })
  })
})

describe('import: limits', () => {
  it('refuses a merge whose union would break a limit, instead of saving a library that will not load', () => {
    let current = createEmptyLibrary()
    let incoming = createEmptyLibrary()
    for (let index = 0; index < 600; index += 1) {
      current = createPack(current, { id: `mine-${index}`, title: `${index}` }, at(index))
      incoming = createPack(incoming, { id: `theirs-${index}`, title: `${index}` }, at(index))
    }
    const result = importLibrary(current, incoming, 'merge')
    expect(result.ok ? null : result.error).toEqual({ code: 'library-invalid', message: expect.stringContaining('merged library: briefingPacks') })
  })
})
