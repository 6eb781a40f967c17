import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type EncyclopediaApi } from '../../../data/core/api-contract'
import { DESKTOP_MENU_CHANNEL } from '../../../data/core/desktop-contract'
import { createCatalogApi } from '../../../data/core/catalog-api'
import { openShippedCatalog } from '../../helpers/pack'

/**
 * The whole start-up of main with electron mocked: what index.ts wires together once the app is
 * ready. Only the pack file and the app paths (other modules' concerns) are stood in for.
 */
type Listener = (...args: unknown[]) => unknown

class FakeWindow {
  static windows: FakeWindow[] = []
  readonly listeners = new Map<string, Listener>()
  readonly send = vi.fn()
  readonly contentsListeners = new Map<string, Listener>()
  readonly webContents = {
    send: this.send,
    on: (event: string, listener: Listener) => this.contentsListeners.set(event, listener),
  }
  readonly focus = vi.fn()
  readonly restore = vi.fn()
  readonly show = vi.fn()
  minimized = false
  constructor(readonly options: Record<string, unknown>) {
    FakeWindow.windows.push(this)
  }
  static fromWebContents = () => FakeWindow.windows[0] ?? null
  on(event: string, listener: Listener) {
    this.listeners.set(event, listener)
    return this
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener)
  }
  loadURL = vi.fn(() => Promise.resolve())
  isDestroyed = () => false
  isMinimized = () => this.minimized
  isVisible = () => true
  isMaximized = () => false
  maximize = vi.fn()
  getNormalBounds = () => ({ x: 300, y: 200, width: 1100, height: 760 })
}

function fakeElectron(userData: string) {
  const appListeners = new Map<string, Listener>()
  let beforeRequest: ((details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void) | undefined
  return {
    appListeners,
    cancelled(url: string): boolean | undefined {
      let cancel: boolean | undefined
      beforeRequest?.({ url }, (answer) => (cancel = answer.cancel))
      return cancel
    },
    module: {
      app: {
        isPackaged: true,
        requestSingleInstanceLock: () => true,
        quit: vi.fn(),
        on: (event: string, listener: Listener) => appListeners.set(event, listener),
        whenReady: () => Promise.resolve(),
        getAppPath: () => '/app',
        getPath: () => userData,
        getName: () => 'Bách khoa APEC',
        getVersion: () => '0.1.0',
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: {
        defaultSession: {
          webRequest: { onBeforeRequest: (listener: typeof beforeRequest) => (beforeRequest = listener) },
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setSpellCheckerEnabled: vi.fn(),
          setSpellCheckerDictionaryDownloadURL: vi.fn(),
        },
      },
      Menu: {
        buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
        setApplicationMenu: vi.fn(),
      },
      BrowserWindow: FakeWindow,
      ipcMain: { handle: vi.fn() },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
      dialog: { showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 1 })) },
      shell: { openExternal: vi.fn() },
    },
  }
}

let api: EncyclopediaApi

beforeAll(async () => {
  api = createCatalogApi(await openShippedCatalog())
})

afterEach(() => {
  vi.doUnmock('electron')
  vi.doUnmock('../../../electron/main/pack-loader')
  vi.doUnmock('../../../electron/main/app-paths')
  vi.resetModules()
  FakeWindow.windows = []
})

async function startApp(savedWindowState?: unknown) {
  const userData = await mkdtemp(join(tmpdir(), 'apec-startup-'))
  if (savedWindowState) await writeFile(join(userData, 'window-state.json'), JSON.stringify(savedWindowState))
  const electron = fakeElectron(userData)
  vi.doMock('electron', () => electron.module)
  vi.doMock('../../../electron/main/pack-loader', () => ({ loadPackApi: () => Promise.resolve({ api, close: () => undefined }) }))
  vi.doMock('../../../electron/main/app-paths', () => ({
    resolveAppPaths: () => ({ rendererDir: '/app/out/renderer', preload: '/app/out/preload/index.js', pack: '/app/encyclopedia.sqlite' }),
  }))
  await import('../../../electron/main/index')
  await vi.waitFor(() => expect(FakeWindow.windows).toHaveLength(1))
  const window = FakeWindow.windows[0] as FakeWindow
  const template = (electron.module.Menu.setApplicationMenu.mock.calls[0]?.[0] as { template: MenuItemConstructorOptions[] }).template
  const menuItem = (menu: string, label: string) => {
    const submenu = template.find((entry) => entry.label === menu)?.submenu as MenuItemConstructorOptions[]
    const found = submenu.find((entry) => entry.label === label)
    if (!found) throw new Error(`no ${menu} › ${label}`)
    return found
  }
  return { electron, window, userData, template, menuItem }
}

describe('main process once ready', () => {
  it('locks the session: every request that is not app:// is refused, devtools pages included when packaged', async () => {
    const { electron } = await startApp()
    expect(electron.cancelled('https://example.org/')).toBe(true)
    expect(electron.cancelled('devtools://devtools/bundled/inspector.html')).toBe(true)
    expect(electron.cancelled('app://bundle/index.html')).toBe(false)
  })

  it('menu items that concern the page reach the window page over the menu channel', async () => {
    const { window, menuItem } = await startApp()
    menuItem('Tệp', 'In...').click?.({} as never, undefined, {} as never)
    menuItem('Đi', 'Quay lại').click?.({} as never, undefined, {} as never)
    expect(window.send.mock.calls).toEqual([
      [DESKTOP_MENU_CHANNEL, { command: 'print' }],
      [DESKTOP_MENU_CHANNEL, { command: 'back' }],
    ])
  })

  it('Ctrl + mouse wheel reaches the page as the text-size commands', async () => {
    const { window } = await startApp()
    window.contentsListeners.get('zoom-changed')?.({}, 'in')
    expect(window.send.mock.calls).toEqual([[DESKTOP_MENU_CHANNEL, { command: 'zoomIn' }]])
  })

  it('Trợ giúp › Giới thiệu shows the open pack in a native dialog over the window', async () => {
    const { electron, window, menuItem } = await startApp()
    menuItem('Trợ giúp', 'Giới thiệu').click?.({} as never, undefined, {} as never)
    await vi.waitFor(() => expect(electron.module.dialog.showMessageBox).toHaveBeenCalledOnce())
    const [owner, options] = electron.module.dialog.showMessageBox.mock.calls[0] as [unknown, MessageBoxOptions]
    expect(owner).toBe(window)
    expect(options.message).toBe('Bách khoa APEC 0.1.0')
    expect(options.detail).toContain('Tài liệu gốc:')
  })

  it('has no developer tools or reload in the packaged menu', async () => {
    const { template } = await startApp()
    const roles = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : [])).map((entry) => entry.role)
    expect(roles).not.toContain('toggleDevTools')
    expect(roles).not.toContain('reload')
  })

  it('reopens the window where it was last time and saves where it is as it closes', async () => {
    const { window, userData } = await startApp({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: false })
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 })
    window.listeners.get('close')?.()
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(join(userData, 'window-state.json'), 'utf8'))).toEqual({
        bounds: { x: 300, y: 200, width: 1100, height: 760 },
        maximized: false,
      }),
    )
  })

  it('a second launch restores and focuses the window', async () => {
    const { electron, window } = await startApp()
    window.minimized = true
    electron.appListeners.get('second-instance')?.()
    expect(window.restore).toHaveBeenCalledOnce()
    expect(window.focus).toHaveBeenCalledOnce()
  })

  it('an https link asking for a new window is denied and offered to the browser only after confirmation', async () => {
    const { electron } = await startApp()
    let openHandler: ((details: { url: string }) => { action: string }) | undefined
    const contents = { on: vi.fn(), setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler) }
    electron.appListeners.get('web-contents-created')?.({}, contents)
    expect(openHandler?.({ url: 'https://www.apec.org/' })).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(electron.module.dialog.showMessageBox).toHaveBeenCalledOnce())
    // The fake user answers "Huỷ".
    expect(electron.module.shell.openExternal).not.toHaveBeenCalled()
  })
})
