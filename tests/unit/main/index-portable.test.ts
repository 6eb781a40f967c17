import type * as fs from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PORTABLE_DATA_DIR, PORTABLE_MARKER_FILE } from '../../../electron/main/portable-mode'

/** A packaged app that is refused the single-instance lock, so nothing past start-up runs. */
function fakeElectron() {
  const app = {
    isPackaged: true,
    setPath: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => false),
    quit: vi.fn(),
    on: vi.fn(),
  }
  return {
    app,
    protocol: {},
    Menu: {},
    session: {},
    BrowserWindow: {},
    ipcMain: { handle: vi.fn() },
  }
}

function markerBesideExecutable(present: boolean) {
  vi.doMock('node:fs', async (importOriginal) => ({
    ...(await importOriginal<typeof fs>()),
    existsSync: (path: string) =>
      present && path === join(dirname(process.execPath), PORTABLE_MARKER_FILE),
  }))
}

afterEach(() => {
  vi.doUnmock('electron')
  vi.doUnmock('node:fs')
  vi.resetModules()
})

describe('main process start-up, portable copy', () => {
  it('moves user data next to the executable before taking the single-instance lock', async () => {
    const electron = fakeElectron()
    vi.doMock('electron', () => electron)
    markerBesideExecutable(true)
    await import('../../../electron/main/index')
    expect(electron.app.setPath).toHaveBeenCalledWith(
      'userData',
      join(dirname(process.execPath), PORTABLE_DATA_DIR),
    )
    const setPathOrder = electron.app.setPath.mock.invocationCallOrder[0] ?? Infinity
    const lockOrder =
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? -Infinity
    expect(setPathOrder).toBeLessThan(lockOrder)
  })

  it('leaves an installed copy on the usual user data folder', async () => {
    const electron = fakeElectron()
    vi.doMock('electron', () => electron)
    markerBesideExecutable(false)
    await import('../../../electron/main/index')
    expect(electron.app.setPath).not.toHaveBeenCalled()
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledOnce()
  })
})
