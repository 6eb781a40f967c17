import { describe, expect, it } from 'vitest'
import { addEntryToPack, rememberedTitle, removeEntryFromPack } from '../../../../data/core/library/briefing-pack-entries'
import { createPack, duplicatePack, findPack } from '../../../../data/core/library/briefing-packs'
import { ownValue } from '../../../../data/core/library/id-records'
import { importLibrary } from '../../../../data/core/library/library-import'
import { mergeLibraries } from '../../../../data/core/library/library-merge'
import { createEmptyLibrary, type LibraryDocument } from '../../../../data/core/library/library-schema'
import { parseLibraryText, serializeLibrary } from '../../../../data/core/library/library-text'
import { noteOf, setNote, setNoteOnSheet } from '../../../../data/core/library/notes'
import { at, sampleLibrary } from '../../../helpers/library'

/**
 * Ids that are also keys of Object.prototype. Only `constructor` is a valid entry id (lower-case
 * letters, digits and -), but the operations must not care: a plain `{}` answers all three.
 */
const PROTOTYPE_KEYS = ['constructor', 'toString', '__proto__'] as const

function parsed(text: string): LibraryDocument {
  const result = parseLibraryText(text)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe.each(PROTOTYPE_KEYS)('an entry id "%s" in the library operations', (id) => {
  const entry = { entryId: id, title: `Mục từ ${id}` }

  it('has no note until one is written, then exactly that note', () => {
    const empty = createEmptyLibrary()
    expect(noteOf(empty, id)).toBeUndefined()
    expect(setNoteOnSheet(empty, id, true, at(1))).toBe(empty)
    const library = setNote(empty, entry, 'Ghi chú', at(1))
    expect(noteOf(library, id)).toEqual({ text: 'Ghi chú', title: `Mục từ ${id}`, updatedAt: at(1), showOnSheet: false })
    expect(Object.keys(library.notes)).toEqual([id])
  })

  it('keeps the sheet choice, updates and removes the note like any other', () => {
    let library = setNote(createEmptyLibrary(), entry, 'Ghi chú', at(1))
    library = setNoteOnSheet(library, id, true, at(2))
    expect(noteOf(library, id)).toEqual({ text: 'Ghi chú', title: `Mục từ ${id}`, updatedAt: at(2), showOnSheet: true })
    library = setNote(library, entry, 'Sửa lại', at(3))
    expect(noteOf(library, id)).toMatchObject({ text: 'Sửa lại', showOnSheet: true })
    library = setNote(library, entry, '', at(4))
    expect(noteOf(library, id)).toBeUndefined()
    expect(Object.keys(library.notes)).toEqual([])
  })

  it('remembers its title in a pack, copies it with the pack, and forgets it when removed', () => {
    let library = createPack(createEmptyLibrary(), { id: 'goi', title: 'Gói' }, at(1))
    const pack = () => findPack(library, 'goi') ?? findPack(library, 'none')!
    expect(rememberedTitle(pack(), id)).toBeUndefined()
    library = addEntryToPack(library, 'goi', entry, at(2))
    expect(pack().entryIds).toEqual([id])
    expect(rememberedTitle(pack(), id)).toBe(`Mục từ ${id}`)
    library = duplicatePack(library, 'goi', { id: 'goi-2', title: 'Bản sao' }, at(3))
    expect(rememberedTitle(findPack(library, 'goi-2')!, id)).toBe(`Mục từ ${id}`)
    library = removeEntryFromPack(library, 'goi', id, at(4))
    expect(pack().entryIds).toEqual([])
    expect(rememberedTitle(pack(), id)).toBeUndefined()
    expect(Object.keys(pack().entryTitles)).toEqual([])
  })

  it('is added by a merge-import when only the file has it', () => {
    const incoming = setNote(createEmptyLibrary(), entry, 'Từ máy khác', at(5))
    const result = importLibrary(sampleLibrary(), incoming, 'merge')
    // Only `constructor` is a valid id: the other two are refused by the schema, by name, not dropped.
    if (id === 'constructor') {
      expect(result.ok && noteOf(result.value.library, id)?.text).toBe('Từ máy khác')
      expect(result.ok && result.value.summary.notes).toEqual({ added: 1, updated: 0, total: 2 })
    } else {
      expect(result.ok ? null : result.error.message).toContain(`notes.${id}: key must be an entry id`)
    }
  })

  it('is kept by a three-way merge when one side added it', () => {
    const base = sampleLibrary()
    const theirs = setNote(base, entry, 'Tab kia viết', at(6))
    const merged = mergeLibraries(base, base, theirs)
    expect(noteOf(merged, id)?.text).toBe('Tab kia viết')
    expect(ownValue(merged.notes, 'viet-nam')?.text).toBe('Gia nhập tháng 11/1998.')
  })
})

describe('reading a library whose ids are Object.prototype keys', () => {
  it('reads, saves and reads back a note and a pack entry on "constructor"', () => {
    let library = setNote(sampleLibrary(), { entryId: 'constructor', title: 'Hàm tạo' }, 'Ghi chú', at(7))
    library = addEntryToPack(library, 'pack-hoi-nghi', { entryId: 'constructor', title: 'Hàm tạo' }, at(8))
    const read = parsed(serializeLibrary(library))
    expect(read).toEqual(library)
    expect(noteOf(read, 'constructor')?.text).toBe('Ghi chú')
    expect(rememberedTitle(findPack(read, 'pack-hoi-nghi')!, 'constructor')).toBe('Hàm tạo')
    // Nothing inherited answers for an id that has no note.
    expect(noteOf(read, 'toString')).toBeUndefined()
    expect(Object.getPrototypeOf(read.notes)).toBe(null)
  })

  it.each([
    ['a note', (text: string) => text.replace('"notes": {', '"notes": {\n    "__proto__": {"text": "x", "title": "x", "updatedAt": "2025-01-10T08:00:00.000Z", "showOnSheet": false},'), 'notes.__proto__: key must be an entry id'],
    ['a remembered pack title', (text: string) => text.replace('"entryTitles": {', '"entryTitles": {\n        "__proto__": "x",'), 'briefingPacks.0.entryTitles.__proto__: key must be an entry id'],
  ])('refuses %s under "__proto__" by its path, instead of dropping it without a word', (_name, edit, message) => {
    const text = edit(serializeLibrary(sampleLibrary()))
    expect(text).toContain('"__proto__"')
    const result = parseLibraryText(text)
    expect(result.ok ? null : result.error).toEqual({ code: 'library-invalid', message: expect.stringContaining(message) })
  })

  it('refuses a note on "toString" as not an entry id', () => {
    const text = serializeLibrary(sampleLibrary()).replace('"viet-nam": {', '"toString": {')
    const result = parseLibraryText(text)
    expect(result.ok ? null : result.error.message).toContain('notes.toString: key must be an entry id')
  })
})
