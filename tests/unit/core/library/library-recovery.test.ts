import { describe, expect, it } from 'vitest'
import { planLibraryLoad } from '../../../../data/core/library/library-recovery'
import { createEmptyLibrary } from '../../../../data/core/library/library-schema'
import { serializeLibrary } from '../../../../data/core/library/library-text'
import { sampleLibrary } from '../../../helpers/library'

const good = serializeLibrary(sampleLibrary())
const older = serializeLibrary(createEmptyLibrary())

describe('opening the library from its current copy and its backup', () => {
  it('uses a good current copy and leaves everything as it is', () => {
    expect(planLibraryLoad(good, older)).toEqual({ library: sampleLibrary(), notice: null, setAsideCurrent: false, setAsideBackup: false, restoreCurrent: false })
  })

  it('starts empty and silent the first time', () => {
    expect(planLibraryLoad(null, null)).toEqual({ library: createEmptyLibrary(), notice: null, setAsideCurrent: false, setAsideBackup: false, restoreCurrent: false })
  })

  it.each([
    ['half-written JSON', good.slice(0, good.length / 2), 'library-not-json'],
    ['JSON that fails the schema', good.replace('"theme": "system"', '"theme": "purple"'), 'library-invalid'],
  ])('sets aside a current copy with %s and restores the backup, with a notice', (_name, current, code) => {
    const plan = planLibraryLoad(current, good)
    expect(plan).toMatchObject({ library: sampleLibrary(), setAsideCurrent: true, setAsideBackup: false, restoreCurrent: true })
    expect(plan.notice?.kind).toBe('recovered-from-backup')
    expect(plan.notice?.problem.startsWith(`${code}: `)).toBe(true)
  })

  it('restores the backup when the current copy is missing', () => {
    expect(planLibraryLoad(null, good)).toMatchObject({ library: sampleLibrary(), notice: { kind: 'recovered-from-backup' }, setAsideCurrent: false, restoreCurrent: true })
  })

  it('starts empty with a notice when neither copy can be read, keeping both aside', () => {
    expect(planLibraryLoad('{', 'null')).toMatchObject({
      library: createEmptyLibrary(),
      notice: { kind: 'started-empty' },
      setAsideCurrent: true,
      setAsideBackup: true,
      restoreCurrent: false,
    })
  })
})
