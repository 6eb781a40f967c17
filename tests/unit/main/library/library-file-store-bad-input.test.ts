import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { addBookmark } from '../../../../data/core/library/bookmarks'
import { createEmptyLibrary } from '../../../../data/core/library/library-schema'
import { serializeLibrary } from '../../../../data/core/library/library-text'
import { BACKUP_FILE, createLibraryFileStore, LIBRARY_FILE } from '../../../../electron/main/library/library-file-store'
import { at, sampleLibrary } from '../../../helpers/library'
import { libraryWindow } from '../../../helpers/library-window'

const directories: string[] = []
afterAll(async () => {
  for (const directory of directories) await rm(directory, { recursive: true, force: true })
})

async function emptyFolder(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'apec-library-bad-'))
  directories.push(directory)
  return directory
}

/** Every file of the folder with its bytes, to prove nothing was renamed, removed or written. */
async function snapshot(directory: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const name of (await readdir(directory)).sort()) files[name] = await readFile(join(directory, name), 'utf8').catch(() => '(folder)')
  return files
}

/** What a later version of the app might write: formatVersion 2, with a field this version does not know. */
const NEWER = JSON.stringify({ ...sampleLibrary(), formatVersion: 2, tags: [{ id: 'som', name: 'SOM' }] }, null, 2)

describe('library file store: a library written by a newer version of the app', () => {
  it('opens read-only with the newer-version notice, refuses every save, and never renames or writes the file', async () => {
    const directory = await emptyFolder()
    await writeFile(join(directory, LIBRARY_FILE), NEWER)
    await writeFile(join(directory, BACKUP_FILE), serializeLibrary(sampleLibrary()))
    const before = await snapshot(directory)
    const window = libraryWindow(createLibraryFileStore(directory))

    const loaded = await window.load()
    expect(loaded.ok && loaded.value).toEqual({
      library: createEmptyLibrary(),
      notice: { kind: 'newer-version', setAsideAs: null, problem: expect.stringContaining('formatVersion: 2 is newer than 1') },
      revision: 0,
      readOnly: true,
    })
    const saved = await window.save(addBookmark(createEmptyLibrary(), { entryId: 'apec', title: 'APEC' }, at(1)))
    expect(saved.ok ? null : saved.error.code).toBe('library-read-only')
    expect(await snapshot(directory)).toEqual(before)
    // The next start says the same, and still touches nothing.
    expect(await createLibraryFileStore(directory).load()).toMatchObject({ ok: true, value: { readOnly: true, notice: { kind: 'newer-version' } } })
    expect(await snapshot(directory)).toEqual(before)
  })

  it('refuses a save even when no load came first, so nothing can overwrite the newer library', async () => {
    const directory = await emptyFolder()
    await writeFile(join(directory, LIBRARY_FILE), NEWER)
    const saved = await createLibraryFileStore(directory).save({ library: sampleLibrary(), baseRevision: 0 })
    expect(saved.ok ? null : saved.error.code).toBe('library-read-only')
    expect(await snapshot(directory)).toEqual({ [LIBRARY_FILE]: NEWER })
  })

  it('does not restore an older copy over a newer version\'s backup when library.json is missing', async () => {
    const directory = await emptyFolder()
    await writeFile(join(directory, BACKUP_FILE), NEWER)
    const loaded = await createLibraryFileStore(directory).load()
    expect(loaded.ok && loaded.value).toMatchObject({ readOnly: true, notice: { kind: 'newer-version' } })
    expect(await snapshot(directory)).toEqual({ [BACKUP_FILE]: NEWER })
  })
})

describe('library file store: a bad backup beside a good library', () => {
  it('opens a good library.json when library.backup.json is a folder, and goes on saving', async () => {
    const directory = await emptyFolder()
    await writeFile(join(directory, LIBRARY_FILE), serializeLibrary(sampleLibrary()))
    await mkdir(join(directory, BACKUP_FILE))
    const window = libraryWindow(createLibraryFileStore(directory))
    expect(await window.load()).toEqual({ ok: true, value: { library: sampleLibrary(), notice: null, revision: 0, readOnly: false } })
    const next = addBookmark(sampleLibrary(), { entryId: 'apec', title: 'APEC' }, at(20))
    expect((await window.save(next)).ok).toBe(true)
    expect(await readFile(join(directory, LIBRARY_FILE), 'utf8')).toBe(serializeLibrary(next))
    // The folder is the user's: left as it was, and no temp file is left beside it.
    expect(await snapshot(directory)).toEqual({ [BACKUP_FILE]: '(folder)', [LIBRARY_FILE]: serializeLibrary(next) })
  })
})

describe('library file store: a byte order mark', () => {
  it('reads a library.json that starts with a UTF-8 BOM as it is, instead of restoring the older backup', async () => {
    const directory = await emptyFolder()
    const older = createEmptyLibrary()
    await writeFile(join(directory, LIBRARY_FILE), `\uFEFF${serializeLibrary(sampleLibrary())}`)
    await writeFile(join(directory, BACKUP_FILE), serializeLibrary(older))
    const loaded = await createLibraryFileStore(directory).load()
    expect(loaded).toEqual({ ok: true, value: { library: sampleLibrary(), notice: null, revision: 0, readOnly: false } })
    expect((await readdir(directory)).sort()).toEqual([BACKUP_FILE, LIBRARY_FILE])
  })
})
