import { describe, expect, it, vi } from 'vitest'
import { DESKTOP_PRINT_CHANNELS } from '../../../data/core/desktop-contract'

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn((...args: unknown[]) => Promise.resolve({ ok: true, value: args })),
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}))

await import('../../../electron/preload/index')

function desktopPrint(): Record<string, (input?: unknown) => Promise<unknown>> {
  const calls = electron.exposeInMainWorld.mock.calls.filter(([key]) => key === 'desktopPrint')
  expect(calls).toHaveLength(1)
  return calls[0]?.[1] as Record<string, (input?: unknown) => Promise<unknown>>
}

describe('preload: window.desktopPrint', () => {
  it('exposes exactly print, savePdf and saveDocx', () => {
    expect(Object.keys(desktopPrint()).sort()).toEqual(['print', 'saveDocx', 'savePdf'])
  })

  it('sends print on its channel with no input', async () => {
    electron.invoke.mockClear()
    await desktopPrint().print?.()
    expect(electron.invoke).toHaveBeenCalledWith(DESKTOP_PRINT_CHANNELS.print)
  })

  it('forwards the suggested file name of savePdf untouched; main validates it', async () => {
    electron.invoke.mockClear()
    const input = { fileName: 'Viet-Nam.pdf' }
    await desktopPrint().savePdf?.(input)
    expect(electron.invoke).toHaveBeenCalledWith(DESKTOP_PRINT_CHANNELS.savePdf, input)
  })
})

describe('preload: saveDocx', () => {
  it('forwards the Word file and its suggested name on the saveDocx channel; main validates both', async () => {
    electron.invoke.mockClear()
    const input = { fileName: 'Viet-Nam.docx', data: new Uint8Array([0x50, 0x4b, 3, 4, 0]) }
    await desktopPrint().saveDocx?.(input)
    expect(electron.invoke).toHaveBeenCalledWith(DESKTOP_PRINT_CHANNELS.saveDocx, input)
  })
})
