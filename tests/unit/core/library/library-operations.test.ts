import { describe, expect, it } from 'vitest'
import { addBookmark, isBookmarked, removeBookmark } from '../../../../data/core/library/bookmarks'
import { clearHistory, recordVisit } from '../../../../data/core/library/history'
import { stepZoom, updateSettings } from '../../../../data/core/library/library-settings'
import { createEmptyLibrary, HISTORY_LIMIT, libraryDocumentSchema } from '../../../../data/core/library/library-schema'
import { setNote, setNoteOnSheet } from '../../../../data/core/library/notes'
import { at, sampleLibrary } from '../../../helpers/library'

const vietNam = { entryId: 'viet-nam', title: 'Việt Nam' }

describe('bookmarks', () => {
  it('adds newest first, once, and removes', () => {
    let library = addBookmark(createEmptyLibrary(), vietNam, at(1))
    library = addBookmark(library, { entryId: 'apec', title: 'APEC' }, at(2))
    expect(library.bookmarks.map((bookmark) => bookmark.entryId)).toEqual(['apec', 'viet-nam'])
    expect(addBookmark(library, vietNam, at(3))).toBe(library)
    library = removeBookmark(library, 'viet-nam')
    expect(isBookmarked(library, 'viet-nam')).toBe(false)
    expect(isBookmarked(library, 'apec')).toBe(true)
  })
})

describe('notes', () => {
  it('sets, updates with a new time, keeps the sheet choice, and removes when emptied', () => {
    let library = setNote(createEmptyLibrary(), vietNam, 'Gia nhập 1998', at(1))
    expect(library.notes['viet-nam']).toEqual({ text: 'Gia nhập 1998', title: 'Việt Nam', updatedAt: at(1), showOnSheet: false })
    library = setNoteOnSheet(library, 'viet-nam', true, at(2))
    library = setNote(library, vietNam, 'Gia nhập tháng 11/1998', at(3))
    expect(library.notes['viet-nam']).toMatchObject({ text: 'Gia nhập tháng 11/1998', updatedAt: at(3), showOnSheet: true })
    expect(setNote(library, vietNam, 'Gia nhập tháng 11/1998', at(4))).toBe(library)
    library = setNote(library, vietNam, '   ', at(5))
    expect(library.notes).toEqual({})
  })

  it('has no sheet choice without a note', () => {
    const library = createEmptyLibrary()
    expect(setNoteOnSheet(library, 'viet-nam', true, at(1))).toBe(library)
  })
})

describe('history', () => {
  it('puts a revisit on top instead of a second line, and keeps the newest entries only', () => {
    let library = createEmptyLibrary()
    for (let index = 0; index < HISTORY_LIMIT + 5; index += 1) {
      library = recordVisit(library, { kind: 'entry', id: `entry-${index}`, title: `Mục ${index}` }, at(index))
    }
    expect(library.history).toHaveLength(HISTORY_LIMIT)
    expect(library.history[0]?.id).toBe(`entry-${HISTORY_LIMIT + 4}`)
    library = recordVisit(library, { kind: 'entry', id: 'entry-50', title: 'Mục 50' }, at(500))
    expect(library.history[0]).toEqual({ kind: 'entry', id: 'entry-50', title: 'Mục 50', visitedAt: at(500) })
    expect(library.history.filter((item) => item.id === 'entry-50')).toHaveLength(1)
    expect(clearHistory(library).history).toEqual([])
  })

  it('tells an entry and a source with the same id apart', () => {
    let library = recordVisit(createEmptyLibrary(), { kind: 'entry', id: 'apec', title: 'APEC' }, at(1))
    library = recordVisit(library, { kind: 'source', id: 'apec', title: 'Tài liệu APEC' }, at(2))
    expect(library.history).toHaveLength(2)
  })
})

describe('settings', () => {
  it('changes one setting at a time and steps the text size within the levels', () => {
    const library = updateSettings(createEmptyLibrary(), { theme: 'dark' })
    expect(library.settings).toEqual({ theme: 'dark', zoom: 100, printPreset: 'one-page' })
    expect(stepZoom(100, 1)).toBe(110)
    expect(stepZoom(80, -1)).toBe(80)
    expect(stepZoom(200, 1)).toBe(200)
  })
})

describe('the schema', () => {
  it('accepts what the operations build', () => {
    expect(libraryDocumentSchema.safeParse(sampleLibrary()).success).toBe(true)
  })
})
