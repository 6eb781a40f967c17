import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const windows: FakeWindow[] = []
  class FakeWindow {
    readonly options: unknown
    readonly loadURL = vi.fn(() => Promise.resolve())
    readonly show = vi.fn()
    readonly maximize = vi.fn()
    normalBounds = { x: 0, y: 0, width: 1200, height: 820 }
    maximized = false
    private readonly listeners = new Map<string, () => void>()
    constructor(options: unknown) {
      this.options = options
      windows.push(this)
    }
    once(event: string, listener: () => void): this {
      this.listeners.set(event, listener)
      return this
    }
    on(event: string, listener: () => void): this {
      this.listeners.set(event, listener)
      return this
    }
    fire(event: string): void {
      this.listeners.get(event)?.()
    }
    getNormalBounds() {
      return this.normalBounds
    }
    isMaximized() {
      return this.maximized
    }
  }
  return { windows, FakeWindow }
})

vi.mock('electron', () => ({ BrowserWindow: electron.FakeWindow }))

const { createMainWindow, rememberWindowState } = await import('../../../electron/main/window')
const { secureWindowOptions } = await import('../../../electron/main/window-options')

const CENTRED = { bounds: { width: 1200, height: 820 }, maximized: false }

beforeEach(() => {
  electron.windows.length = 0
})

describe('createMainWindow', () => {
  it('opens the app start page in a hardened window', () => {
    createMainWindow('/app/preload.js', true, CENTRED)
    const [window] = electron.windows
    expect(window?.options).toEqual(secureWindowOptions('/app/preload.js', true))
    expect(window?.loadURL).toHaveBeenCalledWith('app://bundle/index.html')
  })

  it('shows the window only once it is ready to show', () => {
    createMainWindow('/app/preload.js', false, CENTRED)
    const [window] = electron.windows
    expect(window?.show).not.toHaveBeenCalled()
    window?.fire('ready-to-show')
    expect(window?.show).toHaveBeenCalledOnce()
    expect(window?.maximize).not.toHaveBeenCalled()
  })

  it('reopens where the window was, maximised if it was, with every hardening option kept', () => {
    createMainWindow('/app/preload.js', true, { bounds: { x: 2100, y: 150, width: 1400, height: 900 }, maximized: true })
    const [window] = electron.windows
    expect(window?.options).toEqual({ ...secureWindowOptions('/app/preload.js', true), x: 2100, y: 150, width: 1400, height: 900 })
    window?.fire('ready-to-show')
    expect(window?.maximize).toHaveBeenCalledOnce()
    expect(window?.show).toHaveBeenCalledOnce()
  })
})

describe('rememberWindowState', () => {
  it('saves the normal rectangle and whether the window was maximised as it closes', () => {
    const window = createMainWindow('/app/preload.js', true, CENTRED)
    const save = vi.fn()
    rememberWindowState(window, save)
    const fake = electron.windows[0]
    if (!fake) throw new Error('no window')
    fake.normalBounds = { x: 30, y: 40, width: 1000, height: 700 }
    fake.maximized = true
    expect(save).not.toHaveBeenCalled()
    fake.fire('close')
    expect(save.mock.calls).toEqual([[{ bounds: { x: 30, y: 40, width: 1000, height: 700 }, maximized: true }]])
  })
})
