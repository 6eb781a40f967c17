import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { gatherElectronFacts, platformPathFor } from '../../../../build/start/electron-binary-facts'
import { decideElectronBinary } from '../../../../build/start/electron-binary-state'
import {
  electronPackageFixture,
  electronReleaseFixture,
  PLATFORM_PATH,
  RUNNABLE,
  type ElectronPackageState,
} from '../../../helpers/electron-package-fixture'

// Real folders on disk, read by the real fact gathering, decided by the pure function.
function stateOf(packageState: ElectronPackageState, env: Record<string, string> = {}) {
  const electronDir = electronPackageFixture(packageState)
  return { electronDir, state: decideElectronBinary(gatherElectronFacts(electronDir, env)) }
}

const INSTALLED: ElectronPackageState = {
  pathFile: PLATFORM_PATH,
  distVersion: '45.4.1',
  binary: RUNNABLE,
}

describe('node_modules/electron: present, missing or broken', () => {
  it('a fresh npm install (no path.txt) is missing: the first start downloads', () => {
    expect(stateOf({}).state).toEqual({ kind: 'missing', reason: 'no-path-file' })
  })

  it('path.txt without the binary is missing', () => {
    expect(stateOf({ pathFile: PLATFORM_PATH }).state).toEqual({
      kind: 'missing',
      reason: 'no-binary',
    })
  })

  it('a whole install is present, at dist/<path.txt>', () => {
    const { electronDir, state } = stateOf(INSTALLED)
    expect(state).toEqual({
      kind: 'present',
      source: 'installed',
      executablePath: join(electronDir, 'dist', PLATFORM_PATH),
    })
  })

  it('a version file written as v45.4.1 still matches', () => {
    expect(stateOf({ ...INSTALLED, distVersion: 'v45.4.1' }).state.kind).toBe('present')
  })

  it('a binary of another Electron version is broken (after upgrading the electron package)', () => {
    expect(stateOf({ ...INSTALLED, distVersion: '44.0.0' }).state).toEqual({
      kind: 'broken',
      reason: { kind: 'version-mismatch', found: '44.0.0' },
    })
  })

  it('a binary with no version file is broken: its version is unknown', () => {
    expect(stateOf({ pathFile: PLATFORM_PATH, binary: RUNNABLE }).state).toEqual({
      kind: 'broken',
      reason: { kind: 'version-mismatch', found: null },
    })
  })

  it('a zero-byte binary (an interrupted extraction) is broken', () => {
    expect(stateOf({ ...INSTALLED, binary: { content: '', mode: 0o755 } }).state).toEqual({
      kind: 'broken',
      reason: { kind: 'empty-binary' },
    })
  })

  it('a binary without the execute bit is broken', () => {
    expect(stateOf({ ...INSTALLED, binary: { content: 'x', mode: 0o644 } }).state).toEqual({
      kind: 'broken',
      reason: { kind: 'not-executable' },
    })
  })

  it('a directory where the binary should be is broken', () => {
    expect(stateOf({ ...INSTALLED, binary: 'directory' }).state).toEqual({
      kind: 'broken',
      reason: { kind: 'not-a-file' },
    })
  })

  it('node_modules copied from another operating system is broken', () => {
    const other = process.platform === 'win32' ? 'electron' : 'electron.exe'
    expect(stateOf({ ...INSTALLED, pathFile: other }).state).toEqual({
      kind: 'broken',
      reason: { kind: 'wrong-platform', found: other },
    })
  })

  it('ELECTRON_INSTALL_PLATFORM changes which executable is expected, as it does for install.js', () => {
    expect(platformPathFor('win32')).toBe('electron.exe')
    expect(platformPathFor('darwin')).toBe('Electron.app/Contents/MacOS/Electron')
    expect(platformPathFor('linux')).toBe('electron')
    const electronDir = electronPackageFixture(INSTALLED)
    const target = process.platform === 'win32' ? 'linux' : 'win32'
    expect(
      gatherElectronFacts(electronDir, { ELECTRON_INSTALL_PLATFORM: target }).platformPath,
    ).toBe(platformPathFor(target))
  })
})

describe('ELECTRON_OVERRIDE_DIST_PATH and ELECTRON_EXEC_PATH', () => {
  it('an unpacked release of the right version is used, with nothing in node_modules', () => {
    const release = electronReleaseFixture({ version: '45.4.1', binary: RUNNABLE })
    expect(stateOf({}, { ELECTRON_OVERRIDE_DIST_PATH: release }).state).toEqual({
      kind: 'present',
      source: 'ELECTRON_OVERRIDE_DIST_PATH',
      executablePath: join(release, PLATFORM_PATH),
    })
  })

  it('a release with no version file (built from source) is trusted', () => {
    const release = electronReleaseFixture({ binary: RUNNABLE })
    expect(stateOf({}, { ELECTRON_OVERRIDE_DIST_PATH: release }).state.kind).toBe('present')
  })

  it('a folder without the executable is refused, not downloaded over', () => {
    const release = electronReleaseFixture({ version: '45.4.1' })
    const { state } = stateOf(INSTALLED, { ELECTRON_OVERRIDE_DIST_PATH: release })
    expect(state).toMatchObject({
      kind: 'explicit-unusable',
      reason: { kind: 'absent' },
      explicit: { value: release },
    })
  })

  it('a release of another version is refused', () => {
    const release = electronReleaseFixture({ version: '40.1.0', binary: RUNNABLE })
    expect(stateOf({}, { ELECTRON_OVERRIDE_DIST_PATH: release }).state).toMatchObject({
      kind: 'explicit-unusable',
      reason: { kind: 'version-mismatch', found: '40.1.0' },
    })
  })

  it('a zero-byte executable in the release is refused', () => {
    const release = electronReleaseFixture({
      version: '45.4.1',
      binary: { content: '', mode: 0o755 },
    })
    expect(stateOf({}, { ELECTRON_OVERRIDE_DIST_PATH: release }).state).toMatchObject({
      kind: 'explicit-unusable',
      reason: { kind: 'empty-binary' },
    })
  })

  it('ELECTRON_EXEC_PATH, which electron-vite runs first, wins over the override', () => {
    const release = electronReleaseFixture({ version: '45.4.1', binary: RUNNABLE })
    const execPath = join(electronReleaseFixture({ binary: RUNNABLE }), PLATFORM_PATH)
    const { state } = stateOf(
      {},
      { ELECTRON_OVERRIDE_DIST_PATH: release, ELECTRON_EXEC_PATH: execPath },
    )
    expect(state).toEqual({
      kind: 'present',
      source: 'ELECTRON_EXEC_PATH',
      executablePath: execPath,
    })
  })

  it('an empty variable counts as unset', () => {
    expect(stateOf({}, { ELECTRON_OVERRIDE_DIST_PATH: '' }).state).toEqual({
      kind: 'missing',
      reason: 'no-path-file',
    })
  })
})
