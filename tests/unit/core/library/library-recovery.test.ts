import { describe, expect, it } from 'vitest'
import { planLibraryLoad } from '../../../../data/core/library/library-recovery'
import { createEmptyLibrary } from '../../../../data/core/library/library-schema'
import { serializeLibrary } from '../../../../data/core/library/library-text'
import { sampleLibrary } from '../../../helpers/library'

const good = serializeLibrary(sampleLibrary())
const older = serializeLibrary(createEmptyLibrary())
const newer = good.replace('"formatVersion": 1', '"formatVersion": 2')

const backupOf = (text: string | null) => () => Promise.resolve(text)
const unreadableBackup = () => Promise.reject(new Error('EISDIR: illegal operation on a directory, read'))
const KEPT = { setAsideCurrent: false, setAsideBackup: false, restoreCurrent: false, readOnly: false }

describe('opening the library from its current copy and its backup', () => {
  it('uses a good current copy and leaves everything as it is', async () => {
    expect(await planLibraryLoad(good, backupOf(older))).toEqual({ library: sampleLibrary(), notice: null, ...KEPT })
  })

  it('uses a good current copy without reading the backup, whatever state the backup is in', async () => {
    expect(await planLibraryLoad(good, unreadableBackup)).toEqual({ library: sampleLibrary(), notice: null, ...KEPT })
  })

  it('starts empty and silent the first time', async () => {
    expect(await planLibraryLoad(null, backupOf(null))).toEqual({ library: createEmptyLibrary(), notice: null, ...KEPT })
  })

  it.each([
    ['half-written JSON', good.slice(0, good.length / 2), 'library-not-json'],
    ['JSON that fails the schema', good.replace('"theme": "system"', '"theme": "purple"'), 'library-invalid'],
  ])('sets aside a current copy with %s and restores the backup, with a notice', async (_name, current, code) => {
    const plan = await planLibraryLoad(current, backupOf(good))
    expect(plan).toMatchObject({ library: sampleLibrary(), setAsideCurrent: true, setAsideBackup: false, restoreCurrent: true, readOnly: false })
    expect(plan.notice?.kind).toBe('recovered-from-backup')
    expect(plan.notice?.problem.startsWith(`${code}: `)).toBe(true)
  })

  it('reads a current copy that starts with a UTF-8 byte order mark, instead of restoring the older backup', async () => {
    expect(await planLibraryLoad(`\uFEFF${good}`, backupOf(older))).toEqual({ library: sampleLibrary(), notice: null, ...KEPT })
  })

  it('restores the backup when the current copy is missing', async () => {
    expect(await planLibraryLoad(null, backupOf(good))).toMatchObject({ library: sampleLibrary(), notice: { kind: 'recovered-from-backup' }, setAsideCurrent: false, restoreCurrent: true })
  })

  it('starts empty with a notice when neither copy can be read, keeping both aside', async () => {
    expect(await planLibraryLoad('{', backupOf('null'))).toMatchObject({
      library: createEmptyLibrary(),
      notice: { kind: 'started-empty' },
      setAsideCurrent: true,
      setAsideBackup: true,
      restoreCurrent: false,
      readOnly: false,
    })
  })
})

describe('a library written by a newer version of the app', () => {
  it('opens read-only and touches nothing: no copy set aside, none restored, the backup not even read', async () => {
    const plan = await planLibraryLoad(newer, unreadableBackup)
    expect(plan).toEqual({
      library: createEmptyLibrary(),
      notice: { kind: 'newer-version', problem: 'library-newer-version: formatVersion: 2 is newer than 1, the version this app reads' },
      setAsideCurrent: false,
      setAsideBackup: false,
      restoreCurrent: false,
      readOnly: true,
    })
  })

  it.each([
    ['missing', null],
    ['unreadable', '{"formatVersion": 1, "bookm'],
  ])('opens read-only when the current copy is %s and the backup is a newer version, keeping both as they are', async (_name, current) => {
    const plan = await planLibraryLoad(current, backupOf(newer))
    expect(plan).toMatchObject({ notice: { kind: 'newer-version' }, setAsideCurrent: false, setAsideBackup: false, restoreCurrent: false, readOnly: true })
  })

  it('still opens a good current copy normally when only the backup is a newer version', async () => {
    expect(await planLibraryLoad(good, backupOf(newer))).toEqual({ library: sampleLibrary(), notice: null, ...KEPT })
  })
})
