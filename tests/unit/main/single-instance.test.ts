import type { BrowserWindow } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { bringToFront, claimSingleInstance } from '../../../electron/main/single-instance'

vi.mock('electron', () => ({}))

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>()
  return {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
    /** What Electron does in the first copy when the user starts the app again. */
    launchAgain: () => listeners.get('second-instance')?.(),
  }
}

function fakeWindow({ minimized = false, visible = true, destroyed = false } = {}) {
  const calls: string[] = []
  const window = {
    isDestroyed: () => destroyed,
    isMinimized: () => minimized,
    isVisible: () => visible,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  }
  return { window: window as unknown as BrowserWindow, calls }
}

describe('single instance', () => {
  it('a second launch that fails to get the lock quits at once and registers nothing', () => {
    const app = fakeApp(false)
    expect(claimSingleInstance(app as never, () => null)).toBe(false)
    expect(app.quit).toHaveBeenCalledOnce()
    expect(app.on).not.toHaveBeenCalled()
  })

  it('a second launch restores the minimised first window and focuses it', () => {
    const app = fakeApp(true)
    const { window, calls } = fakeWindow({ minimized: true })
    expect(claimSingleInstance(app as never, () => window)).toBe(true)
    expect(app.quit).not.toHaveBeenCalled()
    app.launchAgain()
    expect(calls).toEqual(['restore', 'focus'])
  })

  it('a second launch focuses a first window that is open behind others, without restoring it', () => {
    const app = fakeApp(true)
    const { window, calls } = fakeWindow()
    claimSingleInstance(app as never, () => window)
    app.launchAgain()
    expect(calls).toEqual(['focus'])
  })

  it('a second launch while the first copy is still starting (no window yet) does nothing', () => {
    const app = fakeApp(true)
    claimSingleInstance(app as never, () => null)
    expect(() => app.launchAgain()).not.toThrow()
  })

  it('shows a hidden window before focusing it, and leaves a destroyed one alone', () => {
    const hidden = fakeWindow({ visible: false })
    bringToFront(hidden.window)
    expect(hidden.calls).toEqual(['show', 'focus'])
    const destroyed = fakeWindow({ destroyed: true })
    bringToFront(destroyed.window)
    expect(destroyed.calls).toEqual([])
  })
})
