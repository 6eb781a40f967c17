import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  PORTABLE_DATA_DIR,
  PORTABLE_MARKER_FILE,
  portableUserDataDir,
} from '../../../electron/main/portable-mode'

const appDir = join('/media', 'usb', 'Bach khoa APEC')
const execPath = join(appDir, 'bach-khoa-apec.exe')
const onlyMarker = (path: string) => path === join(appDir, PORTABLE_MARKER_FILE)

describe('portableUserDataDir', () => {
  it('keeps the data next to the executable when the portable marker sits beside it', () => {
    expect(portableUserDataDir({ execPath, packaged: true, exists: onlyMarker })).toBe(
      join(appDir, PORTABLE_DATA_DIR),
    )
  })

  it('leaves an installed app (no marker) on the usual user data folder', () => {
    expect(portableUserDataDir({ execPath, packaged: true, exists: () => false })).toBeNull()
  })

  it('ignores the marker in development, where the executable is Electron from node_modules', () => {
    expect(portableUserDataDir({ execPath, packaged: false, exists: onlyMarker })).toBeNull()
  })

  it('looks only beside the executable, not in the folder above it', () => {
    const nested = join(appDir, 'sub', 'bach-khoa-apec.exe')
    expect(portableUserDataDir({ execPath: nested, packaged: true, exists: onlyMarker })).toBeNull()
  })
})
