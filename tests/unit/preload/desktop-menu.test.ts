import { describe, expect, it, vi } from 'vitest'
import { DESKTOP_MENU_CHANNEL, PAGE_COMMANDS, type DesktopMenuApi } from '../../../data/core/desktop-contract'

type IpcListener = (event: unknown, message: unknown) => void

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  listeners: new Map<string, Set<(event: unknown, message: unknown) => void>>(),
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: vi.fn(),
    on(channel: string, listener: IpcListener) {
      const set = electron.listeners.get(channel) ?? new Set()
      set.add(listener)
      electron.listeners.set(channel, set)
    },
    removeListener(channel: string, listener: IpcListener) {
      electron.listeners.get(channel)?.delete(listener)
    },
  },
}))

await import('../../../electron/preload/index')

function desktopMenu(): DesktopMenuApi {
  const calls = electron.exposeInMainWorld.mock.calls.filter(([key]) => key === 'desktopMenu')
  expect(calls).toHaveLength(1)
  return calls[0]?.[1] as DesktopMenuApi
}

/** What main does: webContents.send(channel, message), with the IPC event the page must never see. */
function sendFromMain(channel: string, message: unknown): void {
  const ipcEvent = { sender: { send: vi.fn(), invoke: vi.fn() } }
  for (const listener of electron.listeners.get(channel) ?? []) listener(ipcEvent, message)
}

describe('preload: window.desktopMenu', () => {
  it('exposes exactly onMenuCommand', () => {
    expect(Object.keys(desktopMenu())).toEqual(['onMenuCommand'])
  })

  it('hands the page each known command by name, and nothing of the IPC event', () => {
    const listener = vi.fn()
    const stop = desktopMenu().onMenuCommand(listener)
    for (const command of PAGE_COMMANDS) sendFromMain(DESKTOP_MENU_CHANNEL, { command })
    expect(listener.mock.calls).toEqual(PAGE_COMMANDS.map((command) => [command]))
    stop()
  })

  it('drops a message that is not a known command', () => {
    const listener = vi.fn()
    const stop = desktopMenu().onMenuCommand(listener)
    for (const message of [null, 'print', { command: 'openDevTools' }, { command: 42 }, {}]) {
      sendFromMain(DESKTOP_MENU_CHANNEL, message)
    }
    expect(listener).not.toHaveBeenCalled()
    stop()
  })

  it('stops listening when the page unsubscribes', () => {
    const listener = vi.fn()
    desktopMenu().onMenuCommand(listener)()
    sendFromMain(DESKTOP_MENU_CHANNEL, { command: 'print' })
    expect(listener).not.toHaveBeenCalled()
    expect(electron.listeners.get(DESKTOP_MENU_CHANNEL)?.size ?? 0).toBe(0)
  })
})
