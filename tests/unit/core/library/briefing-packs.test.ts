import { describe, expect, it } from 'vitest'
import { addEntryToPack, moveEntryInPack, removeEntryFromPack } from '../../../../data/core/library/briefing-pack-entries'
import { createPack, deletePack, duplicatePack, findPack, restorePack, setPackFields } from '../../../../data/core/library/briefing-packs'
import { createEmptyLibrary, libraryDocumentSchema, type LibraryDocument } from '../../../../data/core/library/library-schema'
import { at, sampleLibrary } from '../../../helpers/library'

function entryIds(library: LibraryDocument, packId = 'pack-hoi-nghi'): string[] {
  return findPack(library, packId)?.entryIds ?? []
}

describe('briefing packs', () => {
  it('creates an empty pack on top of the list', () => {
    let library = createPack(createEmptyLibrary(), { id: 'pack-a', title: 'A' }, at(1))
    library = createPack(library, { id: 'pack-b', title: 'B' }, at(2))
    expect(library.briefingPacks.map((pack) => pack.id)).toEqual(['pack-b', 'pack-a'])
    expect(findPack(library, 'pack-a')).toEqual({
      id: 'pack-a',
      title: 'A',
      meeting: '',
      date: '',
      note: '',
      entryIds: [],
      entryTitles: {},
      createdAt: at(1),
      updatedAt: at(1),
    })
  })

  it('sets title, meeting, date and note, stamping the time only when something changed', () => {
    const library = sampleLibrary()
    const renamed = setPackFields(library, 'pack-hoi-nghi', { title: 'SOM 1 – Lima' }, at(20))
    expect(findPack(renamed, 'pack-hoi-nghi')).toMatchObject({ title: 'SOM 1 – Lima', meeting: 'SOM 1', updatedAt: at(20) })
    expect(setPackFields(renamed, 'pack-hoi-nghi', { title: 'SOM 1 – Lima' }, at(21))).toBe(renamed)
    expect(setPackFields(renamed, 'no-such-pack', { title: 'x' }, at(21))).toBe(renamed)
  })

  it('adds an entry once, at the end, remembering its title', () => {
    let library = addEntryToPack(sampleLibrary(), 'pack-hoi-nghi', { entryId: 'apec', title: 'APEC' }, at(20))
    expect(entryIds(library)).toEqual(['viet-nam', 'apec-2017', 'apec'])
    expect(findPack(library, 'pack-hoi-nghi')?.entryTitles.apec).toBe('APEC')
    const again = addEntryToPack(library, 'pack-hoi-nghi', { entryId: 'viet-nam', title: 'Việt Nam' }, at(21))
    expect(again).toBe(library)
    library = removeEntryFromPack(library, 'pack-hoi-nghi', 'apec-2017', at(22))
    expect(entryIds(library)).toEqual(['viet-nam', 'apec'])
    expect(findPack(library, 'pack-hoi-nghi')?.entryTitles).toEqual({ 'viet-nam': 'Việt Nam', apec: 'APEC' })
    expect(libraryDocumentSchema.safeParse(library).success).toBe(true)
  })

  it('moves an entry up, down and to any position, clamped to the list', () => {
    let library = addEntryToPack(sampleLibrary(), 'pack-hoi-nghi', { entryId: 'apec', title: 'APEC' }, at(20))
    library = moveEntryInPack(library, 'pack-hoi-nghi', 'apec', 1, at(21))
    expect(entryIds(library)).toEqual(['viet-nam', 'apec', 'apec-2017'])
    library = moveEntryInPack(library, 'pack-hoi-nghi', 'viet-nam', 99, at(22))
    expect(entryIds(library)).toEqual(['apec', 'apec-2017', 'viet-nam'])
    library = moveEntryInPack(library, 'pack-hoi-nghi', 'viet-nam', -1, at(23))
    expect(entryIds(library)).toEqual(['viet-nam', 'apec', 'apec-2017'])
    expect(moveEntryInPack(library, 'pack-hoi-nghi', 'viet-nam', 0, at(24))).toBe(library)
  })

  it('duplicates a pack with everything in it, right after the original', () => {
    let library = createPack(sampleLibrary(), { id: 'pack-other', title: 'Khác' }, at(20))
    library = duplicatePack(library, 'pack-hoi-nghi', { id: 'pack-copy', title: 'Hội nghị SOM (bản sao)' }, at(21))
    expect(library.briefingPacks.map((pack) => pack.id)).toEqual(['pack-other', 'pack-hoi-nghi', 'pack-copy'])
    const original = findPack(library, 'pack-hoi-nghi')
    expect(findPack(library, 'pack-copy')).toEqual({ ...original, id: 'pack-copy', title: 'Hội nghị SOM (bản sao)', createdAt: at(21), updatedAt: at(21) })
    // A change to the copy leaves the original alone.
    library = removeEntryFromPack(library, 'pack-copy', 'viet-nam', at(22))
    expect(entryIds(library)).toEqual(['viet-nam', 'apec-2017'])
  })

  it('deletes a pack and restores it where it was', () => {
    let library = createPack(sampleLibrary(), { id: 'pack-top', title: 'Trên cùng' }, at(20))
    library = createPack(library, { id: 'pack-new', title: 'Mới' }, at(21))
    const before = library.briefingPacks.map((pack) => pack.id)
    const { library: after, removed } = deletePack(library, 'pack-top')
    expect(after.briefingPacks.map((pack) => pack.id)).toEqual(['pack-new', 'pack-hoi-nghi'])
    expect(removed?.index).toBe(1)
    if (!removed) throw new Error('nothing removed')
    expect(restorePack(after, removed).briefingPacks.map((pack) => pack.id)).toEqual(before)
    expect(deletePack(after, 'pack-top').removed).toBeNull()
  })
})
