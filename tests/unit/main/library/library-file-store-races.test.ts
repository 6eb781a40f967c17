import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { addBookmark } from '../../../../data/core/library/bookmarks'
import { importLibrary } from '../../../../data/core/library/library-import'
import type { LibraryDocument } from '../../../../data/core/library/library-schema'
import { parseLibraryText } from '../../../../data/core/library/library-text'
import { noteOf, setNote } from '../../../../data/core/library/notes'
import { createLibraryFileStore, LIBRARY_FILE, type LibraryFileStore } from '../../../../electron/main/library/library-file-store'
import { at, sampleLibrary } from '../../../helpers/library'

const directories: string[] = []
afterAll(async () => {
  for (const directory of directories) await rm(directory, { recursive: true, force: true })
})

async function emptyFolder(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'apec-library-races-'))
  directories.push(directory)
  return directory
}

async function savedLibrary(directory: string): Promise<LibraryDocument> {
  const parsed = parseLibraryText(await readFile(join(directory, LIBRARY_FILE), 'utf8'))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.value
}

/** A window as library-state.ts runs one: its own library, the revision it was edited from, merges taken in. */
async function openWindow(store: LibraryFileStore) {
  const loaded = await store.load()
  if (!loaded.ok) throw new Error(loaded.error.message)
  let library = loaded.value.library
  let revision = loaded.value.revision
  return {
    change(edit: (library: LibraryDocument) => LibraryDocument) {
      library = edit(library)
    },
    async save() {
      const saved = await store.save({ library, baseRevision: revision })
      if (!saved.ok) throw new Error(saved.error.message)
      revision = saved.value.revision
      library = saved.value.merged ?? library
      return saved.value
    },
  }
}

const noteOn = (entryId: string, text: string, minute: number) => (library: LibraryDocument) => setNote(library, { entryId, title: entryId }, text, at(minute))

describe('library file store: two windows saving at once', () => {
  it('keeps every note of two windows that save at the same moment, 100 rounds', async () => {
    const directory = await emptyFolder()
    const store = createLibraryFileStore(directory)
    const first = await openWindow(store)
    const second = await openWindow(store)
    let merges = 0
    for (let round = 0; round < 100; round += 1) {
      first.change(noteOn(`cua-so-a-${round}`, `Ghi chú A ${round}`, round))
      second.change(noteOn(`cua-so-b-${round}`, `Ghi chú B ${round}`, round))
      // Both sent before either is written, each from the revision its window last saw.
      const answers = await Promise.all([first.save(), second.save()])
      merges += answers.filter((answer) => answer.merged !== null).length
    }
    const notes = (await savedLibrary(directory)).notes
    expect(Object.keys(notes)).toHaveLength(200)
    for (let round = 0; round < 100; round += 1) {
      expect(noteOf({ ...sampleLibrary(), notes }, `cua-so-a-${round}`)?.text).toBe(`Ghi chú A ${round}`)
      expect(noteOf({ ...sampleLibrary(), notes }, `cua-so-b-${round}`)?.text).toBe(`Ghi chú B ${round}`)
    }
    // Every save but the very first was made from a revision the other window had since replaced.
    expect(merges).toBe(199)
  })

  it('keeps a note typed in one window while an import is saved from another', async () => {
    const directory = await emptyFolder()
    const store = createLibraryFileStore(directory)
    const setup = await openWindow(store)
    setup.change(() => sampleLibrary())
    await setup.save()
    const reading = await openWindow(store)
    const importing = await openWindow(store)
    reading.change(noteOn('apec', 'Gõ trong lúc nhập', 10))
    const file = addBookmark(noteOn('abac', 'Từ tệp', 11)(sampleLibrary()), { entryId: 'abac', title: 'ABAC' }, at(11))
    importing.change((library) => {
      const imported = importLibrary(library, file, 'merge')
      if (!imported.ok) throw new Error(imported.error.message)
      return imported.value.library
    })
    await Promise.all([importing.save(), reading.save()])
    const saved = await savedLibrary(directory)
    expect(noteOf(saved, 'apec')?.text).toBe('Gõ trong lúc nhập')
    expect(noteOf(saved, 'abac')?.text).toBe('Từ tệp')
    expect(saved.bookmarks.map((bookmark) => bookmark.entryId)).toEqual(['abac', 'apec-2017', 'viet-nam'])
  })

  it('merges a save made from a revision too old to remember, still losing nothing', async () => {
    const directory = await emptyFolder()
    const store = createLibraryFileStore(directory)
    const stale = await openWindow(store)
    const busy = await openWindow(store)
    for (let round = 0; round < 40; round += 1) {
      busy.change(noteOn(`ban-${round}`, `${round}`, round))
      await busy.save()
    }
    stale.change(noteOn('cu', 'Cửa sổ cũ', 50))
    expect((await stale.save()).merged).not.toBe(null)
    expect(Object.keys((await savedLibrary(directory)).notes).sort()).toEqual(['cu', ...Array.from({ length: 40 }, (_, round) => `ban-${round}`)].sort())
  })
})
