import type { BrowserWindow } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { DESKTOP_MENU_CHANNEL } from '../../../data/core/desktop-contract'
import { sendPageCommand } from '../../../electron/main/page-commands'

vi.mock('electron', () => ({}))

function fakeWindow(destroyed = false) {
  const send = vi.fn()
  const window = { isDestroyed: () => destroyed, webContents: { send } }
  return { window: window as unknown as BrowserWindow, send }
}

describe('sendPageCommand', () => {
  it('sends the command to the window page on the one menu channel', () => {
    const { window, send } = fakeWindow()
    sendPageCommand(window, 'print')
    expect(send.mock.calls).toEqual([[DESKTOP_MENU_CHANNEL, { command: 'print' }]])
  })

  it('sends nothing when the window is gone', () => {
    const { window, send } = fakeWindow(true)
    sendPageCommand(window, 'print')
    sendPageCommand(null, 'print')
    expect(send).not.toHaveBeenCalled()
  })
})
