import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const windows: FakeWindow[] = []
  class FakeWindow {
    readonly options: unknown
    readonly loadURL = vi.fn(() => Promise.resolve())
    readonly show = vi.fn()
    private readonly onceListeners = new Map<string, () => void>()
    constructor(options: unknown) {
      this.options = options
      windows.push(this)
    }
    once(event: string, listener: () => void): this {
      this.onceListeners.set(event, listener)
      return this
    }
    fire(event: string): void {
      this.onceListeners.get(event)?.()
    }
  }
  return { windows, FakeWindow }
})

vi.mock('electron', () => ({ BrowserWindow: electron.FakeWindow }))

const { createMainWindow } = await import('../../../electron/main/window')
const { secureWindowOptions } = await import('../../../electron/main/window-options')

beforeEach(() => {
  electron.windows.length = 0
})

describe('createMainWindow', () => {
  it('opens the app start page in a hardened window', () => {
    createMainWindow('/app/preload.js', true)
    const [window] = electron.windows
    expect(window?.options).toEqual(secureWindowOptions('/app/preload.js', true))
    expect(window?.loadURL).toHaveBeenCalledWith('app://bundle/index.html')
  })

  it('shows the window only once it is ready to show', () => {
    createMainWindow('/app/preload.js', false)
    const [window] = electron.windows
    expect(window?.show).not.toHaveBeenCalled()
    window?.fire('ready-to-show')
    expect(window?.show).toHaveBeenCalledOnce()
  })
})
