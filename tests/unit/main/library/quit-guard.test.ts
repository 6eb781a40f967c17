import { describe, expect, it, vi } from 'vitest'
import { finishSavesBeforeQuit } from '../../../../electron/main/library/quit-guard'

function fakeApp() {
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>()
  return {
    on: vi.fn((name: string, listener: (event: { preventDefault(): void }) => void) => listeners.set(name, listener)),
    quit: vi.fn(),
    willQuit() {
      const event = { preventDefault: vi.fn() }
      listeners.get('will-quit')?.(event)
      return event
    },
  }
}

describe('quitting while the library is being saved', () => {
  it('lets the app quit at once when nothing is being saved', () => {
    const app = fakeApp()
    finishSavesBeforeQuit(app as never, { busy: () => false, settled: () => Promise.resolve() })
    expect(app.willQuit().preventDefault).not.toHaveBeenCalled()
  })

  it('holds the quit until the save has finished, then quits', async () => {
    const app = fakeApp()
    let finish = () => undefined as void
    const settled = new Promise<void>((resolve) => (finish = resolve))
    finishSavesBeforeQuit(app as never, { busy: () => true, settled: () => settled })
    expect(app.willQuit().preventDefault).toHaveBeenCalledOnce()
    expect(app.quit).not.toHaveBeenCalled()
    finish()
    await settled
    await Promise.resolve()
    expect(app.quit).toHaveBeenCalledOnce()
  })
})
