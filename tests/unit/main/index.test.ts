import { afterEach, describe, expect, it, vi } from 'vitest'

/** The app lifecycle module runs on import; each test imports it afresh against a new fake app. */
function fakeElectron(gotLock: boolean) {
  const app = {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn(),
    // Never ready: these tests look at what happens before the first window.
    whenReady: vi.fn(() => new Promise<void>(() => undefined)),
  }
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
  return { app, protocol, Menu: {}, session: {}, BrowserWindow: {}, ipcMain: { handle: vi.fn() } }
}

afterEach(() => {
  vi.doUnmock('electron')
  vi.resetModules()
})

describe('main process start-up', () => {
  it('a second instance quits at once and registers nothing', async () => {
    const electron = fakeElectron(false)
    vi.doMock('electron', () => electron)
    await import('../../../electron/main/index')
    expect(electron.app.quit).toHaveBeenCalledOnce()
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled()
    expect(electron.app.on).not.toHaveBeenCalled()
  })

  it('the first instance registers app:// and guards web contents before the app is ready', async () => {
    const electron = fakeElectron(true)
    vi.doMock('electron', () => electron)
    await import('../../../electron/main/index')
    expect(electron.app.quit).not.toHaveBeenCalled()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce()
    const events = electron.app.on.mock.calls.map(([event]: unknown[]) => event)
    expect(events).toContain('web-contents-created')
    expect(events).toContain('second-instance')
  })
})
