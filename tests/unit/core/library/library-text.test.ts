import { describe, expect, it } from 'vitest'
import { ERROR_MESSAGES_VI } from '../../../../data/core/error-messages'
import { libraryExportFileName, parseLibraryText, serializeLibrary } from '../../../../data/core/library/library-text'
import { sampleLibrary } from '../../../helpers/library'

/** The sample library as JSON with one change made by `edit`. */
function edited(edit: (library: Record<string, unknown> & ReturnType<typeof sampleLibrary>) => void): string {
  const library = structuredClone(sampleLibrary())
  edit(library)
  return JSON.stringify(library)
}

function failure(text: string): { code: string; message: string } {
  const result = parseLibraryText(text)
  if (result.ok) throw new Error('expected the library to be refused')
  return result.error
}

describe('reading a library file', () => {
  it('reads back exactly what was exported', () => {
    const library = sampleLibrary()
    expect(parseLibraryText(serializeLibrary(library))).toEqual({ ok: true, value: library })
  })

  it('reads a file that starts with a UTF-8 byte order mark (Notepad writes one), the same on the desktop as on the web', () => {
    expect(parseLibraryText(`\uFEFF${serializeLibrary(sampleLibrary())}`)).toEqual({ ok: true, value: sampleLibrary() })
    // Only a leading mark is taken away: anywhere else it is text, and JSON refuses it.
    expect(failure(`{\uFEFF"formatVersion": 1}`).code).toBe('library-not-json')
  })

  it('refuses text that is not JSON', () => {
    expect(failure('{"formatVersion": 1,').code).toBe('library-not-json')
    expect(failure('').code).toBe('library-not-json')
  })

  it('says when the file comes from a newer version of the app', () => {
    expect(failure(edited((library) => Object.assign(library, { formatVersion: 2 })))).toEqual({
      code: 'library-newer-version',
      message: 'formatVersion: 2 is newer than 1, the version this app reads',
    })
  })

  it.each<[string, (library: ReturnType<typeof sampleLibrary> & Record<string, unknown>) => void, string]>([
    ['a meeting date that does not exist', (library) => Object.assign(library.briefingPacks[0] ?? {}, { date: '2025-02-30' }), "briefingPacks.0.date: must be a date 'YYYY-MM-DD' or ''"],
    ['an entry id that is a path', (library) => library.briefingPacks[0]?.entryIds.push('../etc'), 'briefingPacks.0.entryIds.2: must be an entry id'],
    ['a note on a key that is not an entry id', (library) => Object.assign(library.notes, { 'Việt Nam': library.notes['viet-nam'] }), 'notes.Việt Nam: key must be an entry id'],
    ['a bookmark without a time', (library) => Object.assign(library.bookmarks[1] ?? {}, { addedAt: undefined }), 'bookmarks.1.addedAt: must be an ISO 8601 UTC time'],
    ['a history time that is not ISO', (library) => Object.assign(library.history[0] ?? {}, { visitedAt: 'hôm qua' }), 'history.0.visitedAt: must be an ISO 8601 UTC time'],
    ['an unknown theme', (library) => Object.assign(library.settings, { theme: 'blue' }), 'settings.theme: Invalid option'],
    ['a field we do not know', (library) => Object.assign(library, { password: 'x' }), '(document): Unrecognized key: "password"'],
    ['an entry twice in one pack', (library) => library.briefingPacks[0]?.entryIds.push('viet-nam'), 'briefingPacks.0.entryIds.2: entry "viet-nam" is already in the pack'],
    ['a pack entry without its remembered title', (library) => Object.assign(library.briefingPacks[0] ?? {}, { entryTitles: {} }), 'briefingPacks.0.entryTitles.viet-nam: missing the remembered title of "viet-nam"'],
    ['the same bookmark twice', (library) => library.bookmarks.push(library.bookmarks[0] ?? library.bookmarks[1]!), 'bookmarks.2: "apec-2017" appears twice'],
  ])('refuses %s, naming the field by its JSON path', (_name, edit, expected) => {
    const error = failure(edited(edit))
    expect(error.code).toBe('library-invalid')
    expect(error.message).toContain(expected)
  })

  it('lists the first five problems and counts the rest', () => {
    const two = failure(edited((library) => Object.assign(library.history[0] ?? {}, { kind: 'x', visitedAt: 'x' })))
    expect(two.message.split('; ')).toEqual([expect.stringMatching(/^history\.0\.kind: /), expect.stringMatching(/^history\.0\.visitedAt: /)])
    const seven = failure(edited((library) => library.history.forEach((item) => Object.assign(item, { kind: 'x', id: 'X', title: 1, visitedAt: 'x' }))))
    expect(seven.message.split('; ')).toHaveLength(5)
    expect(seven.message).toMatch(/^history\.0\.kind: .*\(and 3 more\)$/)
  })

  it('tells the user in Vietnamese that a refused file changed nothing', () => {
    for (const code of ['library-not-json', 'library-invalid', 'library-newer-version'] as const) {
      expect(ERROR_MESSAGES_VI[code].advice).toContain('Thư viện hiện tại không bị thay đổi')
    }
  })

  it('names an export after the local date, in ASCII', () => {
    expect(libraryExportFileName(new Date(2025, 0, 31, 23, 59))).toBe('thu-vien-bach-khoa-apec-2025-01-31.json')
  })
})
