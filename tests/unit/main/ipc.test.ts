import type { IpcMainInvokeEvent } from 'electron'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { API_CHANNELS, API_METHODS, type EncyclopediaApi } from '../../../data/core/api-contract'
import { createCatalogApi } from '../../../data/core/catalog-api'
import { openShippedCatalog } from '../../helpers/pack'

const electron = vi.hoisted(() => ({
  /** The web contents that belong to one of our BrowserWindows. */
  appWindowContents: new Set<unknown>(),
  handle: vi.fn(),
}))

vi.mock('electron', () => ({
  BrowserWindow: {
    fromWebContents: (contents: unknown) => (electron.appWindowContents.has(contents) ? {} : null),
  },
  ipcMain: { handle: electron.handle },
}))

const { handleApiCall, registerApiHandlers } = await import('../../../electron/main/ipc')

interface SenderOptions {
  /** The URL shown by the frame that sent the message. */
  url?: string
  subFrame?: boolean
  appWindow?: boolean
}

/** An invoke event as Electron delivers it: the sending frame and the web contents it lives in. */
function eventFrom({
  url = 'app://bundle/index.html',
  subFrame = false,
  appWindow = true,
}: SenderOptions = {}): IpcMainInvokeEvent {
  const mainFrame = { url }
  const sender = { mainFrame }
  if (appWindow) electron.appWindowContents.add(sender)
  const senderFrame = subFrame ? { url } : mainFrame
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent
}

let api: EncyclopediaApi
let getApi: ReturnType<typeof vi.fn<() => EncyclopediaApi>>

beforeAll(async () => {
  api = createCatalogApi(await openShippedCatalog())
})

beforeEach(() => {
  electron.appWindowContents.clear()
  electron.handle.mockClear()
  getApi = vi.fn(() => api)
})

describe('handleApiCall: who may ask', () => {
  it('answers the app window top frame with the real catalog', async () => {
    const result = await handleApiCall(getApi, 'getSource')(eventFrom(), { id: 'wikipedia-apec' })
    expect(result.ok).toBe(true)
    expect(result).toEqual(await api.getSource({ id: 'wikipedia-apec' }))
  })

  it.each<[string, SenderOptions]>([
    ['a sub-frame of the app window', { subFrame: true }],
    ['a top frame showing a web page', { url: 'https://example.org/' }],
    ['a top frame showing another app:// host', { url: 'app://evil/index.html' }],
    ['a top frame showing a local file', { url: 'file:///tmp/index.html' }],
    ['a web contents that is not one of our windows', { appWindow: false }],
  ])('refuses %s without touching the pack', async (_name, sender) => {
    const result = await handleApiCall(getApi, 'listSources')(eventFrom(sender), undefined)
    expect(result.ok).toBe(false)
    expect(result.ok ? null : result.error.code).toBe('forbidden-sender')
    expect(getApi).not.toHaveBeenCalled()
  })

  it('refuses an event without a sender frame (the frame has gone away)', async () => {
    const event = { sender: { mainFrame: { url: 'app://bundle/' } }, senderFrame: null }
    const result = await handleApiCall(getApi, 'getPackInfo')(
      event as unknown as IpcMainInvokeEvent,
      undefined,
    )
    expect(result.ok ? null : result.error.code).toBe('forbidden-sender')
    expect(getApi).not.toHaveBeenCalled()
  })
})

describe('handleApiCall: what may be asked', () => {
  it.each<[string, unknown]>([
    ['a path instead of an id', { id: '../x' }],
    ['an extra key', { id: 'wikipedia-apec', sql: 'DROP TABLE sources' }],
    ['a string instead of an object', 'wikipedia-apec'],
    ['no input at all', undefined],
  ])('answers invalid-input for %s', async (_name, input) => {
    const result = await handleApiCall(getApi, 'getSource')(eventFrom(), input)
    expect(result.ok ? null : result.error.code).toBe('invalid-input')
  })

  it('answers not-found for a well-formed id that is not in the pack', async () => {
    const result = await handleApiCall(getApi, 'getSource')(eventFrom(), { id: 'no-such-source' })
    expect(result.ok ? null : result.error.code).toBe('not-found')
  })

  it('turns a crash behind the handler into an internal error, never a rejection', async () => {
    const broken = vi.fn((): EncyclopediaApi => {
      throw new Error('pack closed')
    })
    const result = await handleApiCall(broken, 'listSources')(eventFrom(), undefined)
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'pack closed' } })
  })
})

describe('registerApiHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    registerApiHandlers(getApi)
    const channels = electron.handle.mock.calls.map(([channel]: unknown[]) => channel)
    expect(channels.sort()).toEqual(Object.values(API_CHANNELS).sort())
    expect(channels).toHaveLength(API_METHODS.length)
  })

  it('routes each channel to its method, reading the API per call', async () => {
    registerApiHandlers(getApi)
    const handlerFor = (channel: string) => {
      const call = electron.handle.mock.calls.find(
        ([registered]: unknown[]) => registered === channel,
      )
      return call?.[1] as (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>
    }
    expect(await handlerFor(API_CHANNELS.listSources)(eventFrom(), undefined)).toEqual(
      await api.listSources(),
    )
    expect(await handlerFor(API_CHANNELS.getPackInfo)(eventFrom(), undefined)).toEqual(
      await api.getPackInfo(),
    )
    expect(getApi).toHaveBeenCalledTimes(2)
  })
})

describe('listSources with a limit (issue 13: the home page of a 126 000-source pack)', () => {
  it('answers the first sources in pack order, and refuses a limit that is not a positive whole number', async () => {
    const all = await api.listSources()
    const few = await handleApiCall(getApi, 'listSources')(eventFrom(), { limit: 2 })
    expect(all.ok && few.ok).toBe(true)
    if (!all.ok || !few.ok) return
    expect(all.value.length).toBeGreaterThan(2)
    expect(few.value).toEqual(all.value.slice(0, 2))
    for (const limit of [0, -1, 1.5, 'ba']) {
      const refused = await handleApiCall(getApi, 'listSources')(eventFrom(), { limit })
      expect(refused.ok ? 'ok' : refused.error.code).toBe('invalid-input')
    }
  })

  it('passes a page of one kind through to the catalog: the list page asks for its page of primary documents', async () => {
    const all = await api.listSources()
    const page = await handleApiCall(getApi, 'listSources')(eventFrom(), { kind: 'primary', limit: 2, offset: 2 })
    if (!all.ok) throw new Error('the shipped pack listed no sources')
    expect(page).toEqual({ ok: true, value: all.value.filter((source) => source.kind === 'primary').slice(2, 4) })
  })
})
