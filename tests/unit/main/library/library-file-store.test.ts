import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { addBookmark } from '../../../../data/core/library/bookmarks'
import { createEmptyLibrary, type LibraryDocument } from '../../../../data/core/library/library-schema'
import { setNote } from '../../../../data/core/library/notes'
import { parseLibraryText, serializeLibrary } from '../../../../data/core/library/library-text'
import { BACKUP_FILE, createLibraryFileStore, LIBRARY_FILE } from '../../../../electron/main/library/library-file-store'
import { at, sampleLibrary } from '../../../helpers/library'
import { libraryGeneration } from '../../../helpers/library-generations'
import { libraryWindow } from '../../../helpers/library-window'

const directories: string[] = []
afterAll(async () => {
  for (const directory of directories) await rm(directory, { recursive: true, force: true })
})

async function emptyFolder(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'apec-library-'))
  directories.push(directory)
  return directory
}

async function readLibrary(path: string): Promise<LibraryDocument> {
  const parsed = parseLibraryText(await readFile(path, 'utf8'))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.value
}

const FIXED_NOW = () => new Date('2025-03-01T10:20:30.456Z')

describe('library file store', () => {
  it('starts empty and silent, then reads back what it saved', async () => {
    const directory = await emptyFolder()
    const store = createLibraryFileStore(directory)
    expect(await store.load()).toEqual({ ok: true, value: { library: createEmptyLibrary(), notice: null, revision: 0, readOnly: false } })
    expect(await store.save({ library: sampleLibrary(), baseRevision: 0 })).toEqual({ ok: true, value: { revision: 1, merged: null } })
    expect(await createLibraryFileStore(directory).load()).toEqual({ ok: true, value: { library: sampleLibrary(), notice: null, revision: 0, readOnly: false } })
    expect(await readFile(join(directory, LIBRARY_FILE), 'utf8')).toBe(serializeLibrary(sampleLibrary()))
  })

  it('creates its folder when userData does not exist yet', async () => {
    const directory = join(await emptyFolder(), 'Bách khoa APEC')
    const store = libraryWindow(createLibraryFileStore(directory))
    expect((await store.save(sampleLibrary())).ok).toBe(true)
    expect(await readLibrary(join(directory, LIBRARY_FILE))).toEqual(sampleLibrary())
  })

  it('keeps the previous good copy as library.backup.json on every save', async () => {
    const directory = await emptyFolder()
    const store = libraryWindow(createLibraryFileStore(directory))
    const first = sampleLibrary()
    const second = addBookmark(first, { entryId: 'abac', title: 'ABAC' }, at(50))
    await store.save(first)
    expect(await readdir(directory)).toEqual([LIBRARY_FILE])
    await store.save(second)
    expect(await readLibrary(join(directory, BACKUP_FILE))).toEqual(first)
    expect(await readLibrary(join(directory, LIBRARY_FILE))).toEqual(second)
  })

  it('runs saves one after another: the last one queued is the one on disk', async () => {
    const directory = await emptyFolder()
    const store = createLibraryFileStore(directory)
    // Each save made from the revision the one before it will have written: no conflict, no merge.
    const results = await Promise.all(Array.from({ length: 12 }, (_, index) => store.save({ library: libraryGeneration(index + 1), baseRevision: index })))
    expect(results.map((result) => result.ok && result.value)).toEqual(Array.from({ length: 12 }, (_, index) => ({ revision: index + 1, merged: null })))
    expect(await readLibrary(join(directory, LIBRARY_FILE))).toEqual(libraryGeneration(12))
    expect(await readLibrary(join(directory, BACKUP_FILE))).toEqual(libraryGeneration(11))
    expect(store.busy()).toBe(false)
  })

  it('sweeps the temp files a crash left, and nothing else', async () => {
    const directory = await emptyFolder()
    const stale = ['library.json.4242-7.tmp', 'library.backup.json.4242-backup.tmp']
    for (const name of stale) await writeFile(join(directory, name), '{"formatVersion": 1, "bookm')
    await writeFile(join(directory, 'Preferences'), '{}')
    await writeFile(join(directory, 'library.corrupt-2024-01-01T00-00-00-000Z.json'), 'kept')
    const store = createLibraryFileStore(directory)
    expect((await store.load()).ok).toBe(true)
    expect((await readdir(directory)).sort()).toEqual(['Preferences', 'library.corrupt-2024-01-01T00-00-00-000Z.json'])
  })

  it.each([
    ['is cut short', (text: string) => text.slice(0, 200)],
    ['is not JSON at all', () => '\u0000\u0000\u0000'],
    ['fails the schema', (text: string) => text.replace('"zoom": 100', '"zoom": 3')],
  ])('moves a library.json that %s aside, restores the backup and says so', async (_name, damage) => {
    const directory = await emptyFolder()
    const store = libraryWindow(createLibraryFileStore(directory, { now: FIXED_NOW }))
    const older = sampleLibrary()
    const newer = addBookmark(older, { entryId: 'abac', title: 'ABAC' }, at(50))
    await store.save(older)
    await store.save(newer)
    const damaged = damage(await readFile(join(directory, LIBRARY_FILE), 'utf8'))
    await writeFile(join(directory, LIBRARY_FILE), damaged)

    const loaded = await createLibraryFileStore(directory, { now: FIXED_NOW }).load()
    if (!loaded.ok) throw new Error(loaded.error.message)
    expect(loaded.value.library).toEqual(older)
    expect(loaded.value.notice).toMatchObject({ kind: 'recovered-from-backup', setAsideAs: 'library.corrupt-2025-03-01T10-20-30-456Z.json' })
    // The damaged bytes are kept, the restored copy is on disk, and the backup is untouched.
    expect(await readFile(join(directory, 'library.corrupt-2025-03-01T10-20-30-456Z.json'), 'utf8')).toBe(damaged)
    expect(await readLibrary(join(directory, LIBRARY_FILE))).toEqual(older)
    expect(await readLibrary(join(directory, BACKUP_FILE))).toEqual(older)
    // A second start is healthy again: no notice.
    expect(await createLibraryFileStore(directory).load()).toMatchObject({ ok: true, value: { notice: null } })
  })

  it('never overwrites an earlier set-aside copy', async () => {
    const directory = await emptyFolder()
    await writeFile(join(directory, LIBRARY_FILE), 'hỏng lần 1')
    await createLibraryFileStore(directory, { now: FIXED_NOW }).load()
    await writeFile(join(directory, LIBRARY_FILE), 'hỏng lần 2')
    const loaded = await createLibraryFileStore(directory, { now: FIXED_NOW }).load()
    expect(loaded.ok && loaded.value.notice?.setAsideAs).toBe('library.corrupt-2025-03-01T10-20-30-456Z-1.json')
    expect(await readFile(join(directory, 'library.corrupt-2025-03-01T10-20-30-456Z.json'), 'utf8')).toBe('hỏng lần 1')
  })

  it('starts empty with a notice when the backup is unreadable too, keeping both copies', async () => {
    const directory = await emptyFolder()
    await writeFile(join(directory, LIBRARY_FILE), '{"formatVersion": 1')
    await writeFile(join(directory, BACKUP_FILE), '[]')
    const loaded = await createLibraryFileStore(directory, { now: FIXED_NOW }).load()
    expect(loaded.ok && loaded.value).toMatchObject({ library: createEmptyLibrary(), notice: { kind: 'started-empty' } })
    expect((await readdir(directory)).sort()).toEqual(['library.backup.corrupt-2025-03-01T10-20-30-456Z.json', 'library.corrupt-2025-03-01T10-20-30-456Z.json'])
  })

  it('answers library-read-failed, and touches nothing, when library.json cannot be read', async () => {
    const directory = await emptyFolder()
    await mkdir(join(directory, LIBRARY_FILE))
    const loaded = await createLibraryFileStore(directory).load()
    expect(loaded.ok ? null : loaded.error.code).toBe('library-read-failed')
    expect(await readdir(directory)).toEqual([LIBRARY_FILE])
  })

  it('answers library-save-failed instead of throwing when the folder cannot be written', async () => {
    const directory = await emptyFolder()
    const blocked = join(directory, 'not-a-folder')
    await writeFile(blocked, '')
    const saved = await libraryWindow(createLibraryFileStore(blocked)).save(sampleLibrary())
    expect(saved.ok ? null : saved.error.code).toBe('library-save-failed')
  })

  it('refuses to save a library it could not read back, leaving the saved one as it was', async () => {
    const directory = await emptyFolder()
    const store = libraryWindow(createLibraryFileStore(directory))
    await store.save(sampleLibrary())
    const tooLong = setNote(sampleLibrary(), { entryId: 'viet-nam', title: 'Việt Nam' }, 'ệ'.repeat(100_001), at(9))
    const saved = await store.save(tooLong)
    expect(saved.ok ? null : saved.error).toMatchObject({ code: 'library-invalid', message: expect.stringContaining('notes.viet-nam.text') })
    expect(await readLibrary(join(directory, LIBRARY_FILE))).toEqual(sampleLibrary())
    expect((await readdir(directory)).sort()).toEqual([LIBRARY_FILE])
  })
})
