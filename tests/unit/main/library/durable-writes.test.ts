import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { addBookmark } from '../../../../data/core/library/bookmarks'
import { serializeLibrary } from '../../../../data/core/library/library-text'
import { writeFileAtomic } from '../../../../electron/main/library/atomic-file'
import { BACKUP_FILE, createLibraryFileStore, LIBRARY_FILE } from '../../../../electron/main/library/library-file-store'
import { at, sampleLibrary } from '../../../helpers/library'
import { libraryWindow } from '../../../helpers/library-window'
import { durabilityProblems, recordingFs, type FsCall } from '../../../helpers/recording-fs'

/**
 * library-kill.test.ts kills the writer, but a killed process still leaves its writes in the page
 * cache, so it passes with every fsync removed. A power cut does not. These tests record the file
 * system calls of each durable write and check, call by call, that nothing is renamed before its
 * bytes are synced and closed, and that the folder is synced after the rename.
 */
const directories: string[] = []
afterAll(async () => {
  for (const directory of directories) await rm(directory, { recursive: true, force: true })
})

async function emptyFolder(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'apec-durable-'))
  directories.push(directory)
  return directory
}

/** Calls with the temp file's varying name replaced by "<temp>", to compare orders exactly. */
function shape(calls: readonly FsCall[], directory: string): string[] {
  const name = (path: string) => (path === directory ? '<folder>' : basename(path).replace(/\.\d+-(\d+|backup)\.tmp$/, '.<temp>'))
  return calls.map((call) => ('path' in call ? `${call.op} ${name(call.path)}` : `${call.op} ${name(call.from)} → ${name(call.to)}`))
}

describe('the durability check itself', () => {
  const temp = '/d/f.1-1.tmp'
  const target = '/d/f'
  const good: FsCall[] = [
    { op: 'open', path: temp, flags: 'wx' },
    { op: 'write', path: temp },
    { op: 'sync', path: temp },
    { op: 'close', path: temp },
    { op: 'rename', from: temp, to: target },
    { op: 'open', path: '/d', flags: 'r' },
    { op: 'sync', path: '/d' },
    { op: 'close', path: '/d' },
  ]
  const without = (index: number) => good.filter((_, at) => at !== index)

  it('passes write temp → fsync → close → rename → fsync folder', () => {
    expect(durabilityProblems(good)).toEqual([])
  })

  it.each([
    ['the fsync of the file', without(2), [`renamed ${temp} before its data was synced`]],
    ['the close before the rename', without(3), [`renamed ${temp} while it was still open`]],
    ['the fsync of the folder', without(6), ['the rename in /d was never made durable (no fsync of the folder after it)']],
    ['the order: rename before fsync', [good[0], good[1], good[4], good[2], good[3], ...good.slice(5)], [`renamed ${temp} before its data was synced`, `renamed ${temp} while it was still open`]],
    ['the order: folder synced before the rename', [...good.slice(0, 4), good[5], good[6], good[7], good[4]], ['the rename in /d was never made durable (no fsync of the folder after it)']],
  ] as [string, FsCall[], string[]][])('finds a missing %s', (_name, calls, problems) => {
    expect(durabilityProblems(calls)).toEqual(problems)
  })
})

describe('durable writes in main', () => {
  it('writes a file (export, window state, saved PDFs) as: temp, fsync, close, rename, fsync the folder', async () => {
    const directory = await emptyFolder()
    const { fs, calls } = recordingFs()
    await writeFileAtomic(join(directory, 'Viet-Nam.pdf'), new Uint8Array([37, 80, 68, 70]), fs)
    expect(shape(calls, directory)).toEqual([
      'open Viet-Nam.pdf.<temp>',
      'write Viet-Nam.pdf.<temp>',
      'sync Viet-Nam.pdf.<temp>',
      'close Viet-Nam.pdf.<temp>',
      'rename Viet-Nam.pdf.<temp> → Viet-Nam.pdf',
      'open <folder>',
      'sync <folder>',
      'close <folder>',
    ])
    expect(durabilityProblems(calls)).toEqual([])
    expect(await readdir(directory)).toEqual(['Viet-Nam.pdf'])
  })

  it('saves the library durably, the backup included: first save, later saves', async () => {
    const directory = await emptyFolder()
    const { fs, calls } = recordingFs()
    const window = libraryWindow(createLibraryFileStore(directory, { fs }))
    await window.load()
    expect((await window.save(sampleLibrary())).ok).toBe(true)
    expect(durabilityProblems(calls)).toEqual([])
    calls.length = 0
    const next = addBookmark(sampleLibrary(), { entryId: 'apec', title: 'APEC' }, at(30))
    expect((await window.save(next)).ok).toBe(true)
    expect(shape(calls, directory)).toEqual([
      'open library.json.<temp>',
      'write library.json.<temp>',
      'sync library.json.<temp>',
      'close library.json.<temp>',
      'rm library.backup.json.<temp>',
      'link library.json → library.backup.json.<temp>',
      'rename library.backup.json.<temp> → library.backup.json',
      'rename library.json.<temp> → library.json',
      'open <folder>',
      'sync <folder>',
      'close <folder>',
    ])
    expect(durabilityProblems(calls)).toEqual([])
    expect(await readFile(join(directory, LIBRARY_FILE), 'utf8')).toBe(serializeLibrary(next))
  })

  it('syncs a copied backup before renaming it, where the file system has no hard links', async () => {
    const directory = await emptyFolder()
    const { fs, calls } = recordingFs({ failLink: true })
    const window = libraryWindow(createLibraryFileStore(directory, { fs }))
    await window.load()
    await window.save(sampleLibrary())
    calls.length = 0
    expect((await window.save(addBookmark(sampleLibrary(), { entryId: 'apec', title: 'APEC' }, at(30)))).ok).toBe(true)
    expect(shape(calls, directory)).toContain('copy library.json → library.backup.json.<temp>')
    expect(durabilityProblems(calls)).toEqual([])
    expect(await readFile(join(directory, BACKUP_FILE), 'utf8')).toBe(serializeLibrary(sampleLibrary()))
  })

  it('restores the backup and sets the damaged copy aside durably', async () => {
    const directory = await emptyFolder()
    await writeFile(join(directory, LIBRARY_FILE), '{"formatVersion": 1, "bookm')
    await writeFile(join(directory, BACKUP_FILE), serializeLibrary(sampleLibrary()))
    const { fs, calls } = recordingFs()
    const loaded = await createLibraryFileStore(directory, { fs }).load()
    expect(loaded.ok && loaded.value.notice?.kind).toBe('recovered-from-backup')
    expect(calls.some((call) => call.op === 'rename')).toBe(true)
    expect(durabilityProblems(calls)).toEqual([])
  })
})
