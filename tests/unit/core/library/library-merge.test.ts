import { describe, expect, it } from 'vitest'
import { addBookmark, removeBookmark } from '../../../../data/core/library/bookmarks'
import { addEntryToPack } from '../../../../data/core/library/briefing-pack-entries'
import { createPack, deletePack, duplicatePack, setPackFields } from '../../../../data/core/library/briefing-packs'
import { clearHistory, recordVisit } from '../../../../data/core/library/history'
import { mergeLibraries } from '../../../../data/core/library/library-merge'
import { updateSettings } from '../../../../data/core/library/library-settings'
import { libraryDocumentSchema, type LibraryDocument } from '../../../../data/core/library/library-schema'
import { parseLibraryText, serializeLibrary } from '../../../../data/core/library/library-text'
import { noteOf, setNote } from '../../../../data/core/library/notes'
import { at, sampleLibrary } from '../../../helpers/library'

const note = (entryId: string, text: string, minute: number) => (library: LibraryDocument) => setNote(library, { entryId, title: entryId }, text, at(minute))
const noteTexts = (library: LibraryDocument) => Object.fromEntries(Object.entries(library.notes).map(([id, value]) => [id, value.text]))

describe('merging two saves made from the same revision', () => {
  it('keeps the note each tab wrote on a different entry (the two-tab case that lost half the notes)', () => {
    const base = sampleLibrary()
    const mine = note('apec', 'Tab A', 20)(base)
    const theirs = note('abac', 'Tab B', 20)(base)
    expect(noteTexts(mergeLibraries(base, mine, theirs))).toEqual({ 'viet-nam': 'Gia nhập tháng 11/1998.', apec: 'Tab A', abac: 'Tab B' })
  })

  it('keeps the newer edit of one note edited on both sides, and mine on a tie', () => {
    const base = sampleLibrary()
    expect(noteOf(mergeLibraries(base, note('viet-nam', 'cũ hơn', 20)(base), note('viet-nam', 'mới hơn', 21)(base)), 'viet-nam')?.text).toBe('mới hơn')
    expect(noteOf(mergeLibraries(base, note('viet-nam', 'mới hơn', 21)(base), note('viet-nam', 'cũ hơn', 20)(base)), 'viet-nam')?.text).toBe('mới hơn')
    expect(noteOf(mergeLibraries(base, note('viet-nam', 'của tôi', 21)(base), note('viet-nam', 'của họ', 21)(base)), 'viet-nam')?.text).toBe('của tôi')
  })

  it('carries a removal made on one side only, whichever side', () => {
    const base = sampleLibrary()
    const removed = note('viet-nam', '', 30)(removeBookmark(base, 'apec-2017'))
    for (const merged of [mergeLibraries(base, removed, base), mergeLibraries(base, base, removed)]) {
      expect(noteOf(merged, 'viet-nam')).toBeUndefined()
      expect(merged.bookmarks.map((bookmark) => bookmark.entryId)).toEqual(['viet-nam'])
    }
  })

  it('keeps an edit made on one side when the other side removed the same note', () => {
    const base = sampleLibrary()
    const edited = note('viet-nam', 'vẫn cần', 31)(base)
    const removed = note('viet-nam', '', 32)(base)
    expect(noteOf(mergeLibraries(base, removed, edited), 'viet-nam')?.text).toBe('vẫn cần')
    expect(noteOf(mergeLibraries(base, edited, removed), 'viet-nam')?.text).toBe('vẫn cần')
  })

  it('unions bookmarks and history, newest first', () => {
    const base = sampleLibrary()
    const mine = recordVisit(addBookmark(base, { entryId: 'apec', title: 'APEC' }, at(40)), { kind: 'entry', id: 'apec', title: 'APEC' }, at(41))
    const theirs = recordVisit(addBookmark(base, { entryId: 'abac', title: 'ABAC' }, at(42)), { kind: 'entry', id: 'abac', title: 'ABAC' }, at(43))
    const merged = mergeLibraries(base, mine, theirs)
    expect(merged.bookmarks.map((bookmark) => bookmark.entryId)).toEqual(['abac', 'apec', 'apec-2017', 'viet-nam'])
    expect(merged.history.map((item) => item.id)).toEqual(['abac', 'apec', 'wikipedia-apec', 'viet-nam'])
  })

  it('keeps history cleared on one side, with the visits the other side made since', () => {
    const base = sampleLibrary()
    const theirs = recordVisit(base, { kind: 'entry', id: 'abac', title: 'ABAC' }, at(50))
    expect(mergeLibraries(base, clearHistory(base), theirs).history.map((item) => item.id)).toEqual(['abac'])
  })

  it('merges packs by id: the newer edit of each, new packs where the other side put them, a deletion carried', () => {
    let base = createPack(sampleLibrary(), { id: 'pack-b', title: 'B' }, at(60))
    base = createPack(base, { id: 'pack-a', title: 'A' }, at(61))
    // Mine: edits pack-a, duplicates pack-b (the copy goes right after it), deletes pack-hoi-nghi.
    let mine = setPackFields(base, 'pack-a', { meeting: 'SOM 1' }, at(62))
    mine = duplicatePack(mine, 'pack-b', { id: 'pack-b-copy', title: 'B (bản sao)' }, at(63))
    mine = deletePack(mine, 'pack-hoi-nghi').library
    // Theirs: a new pack on top, a later edit of pack-a, an entry added to pack-b.
    let theirs = createPack(base, { id: 'pack-new', title: 'Mới' }, at(64))
    theirs = setPackFields(theirs, 'pack-a', { title: 'A (sửa sau)' }, at(65))
    theirs = addEntryToPack(theirs, 'pack-b', { entryId: 'apec', title: 'APEC' }, at(66))
    const merged = mergeLibraries(base, mine, theirs)
    expect(merged.briefingPacks.map((pack) => pack.id)).toEqual(['pack-new', 'pack-a', 'pack-b', 'pack-b-copy'])
    expect(merged.briefingPacks.find((pack) => pack.id === 'pack-a')).toMatchObject({ title: 'A (sửa sau)', meeting: '' })
    expect(merged.briefingPacks.find((pack) => pack.id === 'pack-b')?.entryIds).toEqual(['apec'])
  })

  it('takes each display setting from the side that changed it', () => {
    const base = sampleLibrary()
    const merged = mergeLibraries(base, updateSettings(base, { theme: 'dark' }), updateSettings(base, { zoom: 125 }))
    expect(merged.settings).toEqual({ theme: 'dark', zoom: 125, printPreset: 'one-page' })
  })

  it('with the base unknown, removes nothing: everything both sides hold, the newer of each', () => {
    const mine = note('apec', 'A', 70)(sampleLibrary())
    const theirs = note('viet-nam', 'sửa sau', 71)(removeBookmark(sampleLibrary(), 'viet-nam'))
    const merged = mergeLibraries(null, mine, theirs)
    expect(noteTexts(merged)).toEqual({ 'viet-nam': 'sửa sau', apec: 'A' })
    expect(merged.bookmarks.map((bookmark) => bookmark.entryId)).toEqual(['apec-2017', 'viet-nam'])
    expect(merged.settings).toEqual(mine.settings)
  })

  it('changes nothing when both sides are the same, and its result passes the schema and reads back', () => {
    const base = sampleLibrary()
    const mine = note('apec', 'A', 80)(base)
    expect(mergeLibraries(base, mine, mine)).toEqual(mine)
    const merged = mergeLibraries(base, mine, note('abac', 'B', 81)(base))
    expect(libraryDocumentSchema.safeParse(merged).success).toBe(true)
    expect(parseLibraryText(serializeLibrary(merged))).toEqual({ ok: true, value: merged })
  })
})
