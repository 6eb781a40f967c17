import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setNote } from '../../../../data/core/library/notes'
import { serializeLibrary } from '../../../../data/core/library/library-text'
import { BACKUP_FILE, createLibraryFileStore, LIBRARY_FILE } from '../../../../electron/main/library/library-file-store'
import { exportLibraryTo } from '../../../../electron/main/library/library-exchange'
import { at, sampleLibrary } from '../../../helpers/library'
import { libraryWindow } from '../../../helpers/library-window'

/**
 * A real full disk: a 64 KiB tmpfs. Mounting needs root, which this machine and CI have; the test
 * fails (it does not skip) where it cannot mount, so a missing guarantee is never silent.
 */
let disk: string

beforeAll(async () => {
  disk = await mkdtemp(join(tmpdir(), 'apec-full-disk-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk])
})

afterAll(async () => {
  if (!disk) return
  try {
    execFileSync('umount', [disk])
  } finally {
    await rm(disk, { recursive: true, force: true })
  }
})

/** A valid library (its note just under the 100 000-character limit) far bigger than the disk. */
const tooBig = () => setNote(sampleLibrary(), { entryId: 'viet-nam', title: 'Việt Nam' }, 'Biên bản dài. '.repeat(7_000), at(60))

describe('library file store: a full disk', () => {
  it('fails a save that does not fit with a clear error, leaving the saved library and its backup intact', async () => {
    const directory = join(disk, 'userData')
    const store = libraryWindow(createLibraryFileStore(directory))
    const small = sampleLibrary()
    const smaller = { ...small, bookmarks: [] }
    expect((await store.save(smaller)).ok).toBe(true)
    expect((await store.save(small)).ok).toBe(true)

    const result = await store.save(tooBig())
    expect(result).toEqual({ ok: false, error: { code: 'library-save-failed', message: expect.stringContaining('no space left on the disk (ENOSPC)') } })
    expect(await readFile(join(directory, LIBRARY_FILE), 'utf8')).toBe(serializeLibrary(small))
    expect(await readFile(join(directory, BACKUP_FILE), 'utf8')).toBe(serializeLibrary(smaller))
    // The half-written temp file is gone, so the space is free again.
    expect((await readdir(directory)).sort()).toEqual([BACKUP_FILE, LIBRARY_FILE])

    // The store still works once the change fits, and the next start reads the last good state.
    const fits = setNote(small, { entryId: 'viet-nam', title: 'Việt Nam' }, 'Ngắn thôi.', at(61))
    expect((await store.save(fits)).ok).toBe(true)
    expect(await createLibraryFileStore(directory).load()).toEqual({ ok: true, value: { library: fits, notice: null, revision: 0, readOnly: false } })
  })

  it('fails an export that does not fit and leaves no partial file behind', async () => {
    const target = join(disk, 'thu-vien.json')
    const result = await exportLibraryTo(target, tooBig())
    expect(result.ok ? null : result.error.code).toBe('library-save-failed')
    expect((await readdir(disk)).filter((name) => name.startsWith('thu-vien'))).toEqual([])
  })
})
