import { describe, expect, it, vi } from 'vitest'
import { API_CHANNELS, API_METHODS } from '../../../data/core/api-contract'
import { LIBRARY_CHANNELS } from '../../../data/core/library/library-contract'

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn((...args: unknown[]) => Promise.resolve({ ok: true, value: args })),
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}))

await import('../../../electron/preload/index')

function exposed(key = 'encyclopedia'): Record<string, unknown> {
  const calls = electron.exposeInMainWorld.mock.calls.filter(([name]) => name === key)
  expect(calls).toHaveLength(1)
  return calls[0]?.[1] as Record<string, unknown>
}

describe('preload', () => {
  it('exposes the encyclopedia, the library, desktop printing and the menu bridge, and nothing else', () => {
    expect(electron.exposeInMainWorld.mock.calls.map(([name]) => name).sort()).toEqual(['desktopMenu', 'desktopPrint', 'encyclopedia', 'library'])
  })

  it('exposes exactly load, save, exportTo and importFrom under window.library, each on its own channel', async () => {
    const library = exposed('library')
    expect(Object.keys(library).sort()).toEqual(Object.keys(LIBRARY_CHANNELS).sort())
    for (const [method, channel] of Object.entries(LIBRARY_CHANNELS)) {
      electron.invoke.mockClear()
      const input = { formatVersion: 1 }
      await (library[method] as (input?: unknown) => Promise<unknown>)(input)
      const [sent, ...rest] = electron.invoke.mock.calls[0] ?? []
      expect(sent).toBe(channel)
      // save and exportTo pass the document on for main to validate; load and importFrom send nothing.
      expect(rest).toEqual(method === 'save' || method === 'exportTo' ? [input] : [])
    }
  })

  it('exposes exactly the contract methods under window.encyclopedia, and nothing of ipcRenderer', () => {
    const api = exposed()
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort())
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true)
  })

  it.each(API_METHODS)('%s invokes its own channel', async (method) => {
    const call = exposed()[method] as (input?: unknown) => Promise<unknown>
    electron.invoke.mockClear()
    const input = { id: 'wikipedia-apec' }
    const result = await call(input)
    expect(electron.invoke).toHaveBeenCalledOnce()
    const [channel, ...rest] = electron.invoke.mock.calls[0] ?? []
    expect(channel).toBe(API_CHANNELS[method])
    // The input, if the method takes one, goes through untouched; main validates it.
    expect(rest.length === 0 || (rest.length === 1 && rest[0] === input)).toBe(true)
    expect(result).toEqual({ ok: true, value: electron.invoke.mock.calls[0] })
  })

  it('forwards the id of getSource to main', async () => {
    const getSource = exposed().getSource as (input: unknown) => Promise<unknown>
    electron.invoke.mockClear()
    await getSource({ id: 'wikipedia-apec' })
    expect(electron.invoke).toHaveBeenCalledWith(API_CHANNELS.getSource, { id: 'wikipedia-apec' })
  })
})
