import type { IpcMainInvokeEvent } from 'electron'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { LIBRARY_CHANNELS } from '../../../../data/core/library/library-contract'
import { serializeLibrary } from '../../../../data/core/library/library-text'
import { sampleLibrary } from '../../../helpers/library'

const electron = vi.hoisted(() => ({
  appWindowContents: new Set<unknown>(),
  handle: vi.fn(),
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
  documents: '/home/user/Documents',
}))

vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: (contents: unknown) => (electron.appWindowContents.has(contents) ? { owner: true } : null) },
  ipcMain: { handle: electron.handle },
  dialog: { showSaveDialog: electron.showSaveDialog, showOpenDialog: electron.showOpenDialog },
  app: { getPath: (name: string) => (name === 'documents' ? electron.documents : `/unexpected/${name}`) },
}))

const { handleLibraryCall, libraryHandlers, registerLibraryHandlers } = await import('../../../../electron/main/library/library-ipc')
const { electronLibraryDialogs } = await import('../../../../electron/main/library/library-dialogs')
const { createLibraryFileStore, LIBRARY_FILE } = await import('../../../../electron/main/library/library-file-store')

const directories: string[] = []
afterAll(async () => {
  for (const directory of directories) await rm(directory, { recursive: true, force: true })
})

async function emptyFolder(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'apec-library-ipc-'))
  directories.push(directory)
  return directory
}

function eventFrom({ url = 'app://bundle/index.html', subFrame = false, appWindow = true } = {}): IpcMainInvokeEvent {
  const mainFrame = { url }
  const sender = { mainFrame }
  if (appWindow) electron.appWindowContents.add(sender)
  return { sender, senderFrame: subFrame ? { url } : mainFrame } as unknown as IpcMainInvokeEvent
}

/** The real handlers over a real file store in a temp folder, with Electron's dialogs mocked. */
async function setUp() {
  const userData = await emptyFolder()
  const handlers = libraryHandlers(createLibraryFileStore(userData), electronLibraryDialogs)
  const call = <K extends keyof typeof handlers>(method: K, input?: unknown, event = eventFrom()) =>
    handleLibraryCall(method, handlers[method])(event, input)
  return { userData, call }
}

beforeEach(() => {
  electron.appWindowContents.clear()
  electron.handle.mockReset()
  electron.showSaveDialog.mockReset()
  electron.showOpenDialog.mockReset()
})

describe('library IPC: who may ask', () => {
  it.each([
    ['a sub-frame of the app window', { subFrame: true }],
    ['a top frame showing a web page', { url: 'https://example.org/' }],
    ['a web contents that is not one of our windows', { appWindow: false }],
  ])('refuses %s and writes nothing', async (_name, sender) => {
    const { userData, call } = await setUp()
    const result = await call('save', { library: sampleLibrary(), baseRevision: 0 }, eventFrom(sender))
    expect(result.ok ? null : result.error.code).toBe('forbidden-sender')
    const exported = await call('exportTo', sampleLibrary(), eventFrom(sender))
    expect(exported.ok ? null : exported.error.code).toBe('forbidden-sender')
    expect(electron.showSaveDialog).not.toHaveBeenCalled()
    expect(await readdir(userData)).toEqual([])
  })
})

describe('library IPC: what may be asked', () => {
  it.each([
    ['a library with a bad field', { library: { ...sampleLibrary(), settings: { theme: 'neon', zoom: 100, printPreset: 'one-page' } }, baseRevision: 0 }, 'save: library.settings.theme:'],
    ['a library with an unknown field', { library: { ...sampleLibrary(), script: 'x' }, baseRevision: 0 }, 'save: library: Unrecognized key'],
    ['a library without the revision it was edited from', { library: sampleLibrary() }, 'save: baseRevision: Invalid input'],
    ['a negative revision', { library: sampleLibrary(), baseRevision: -1 }, 'save: baseRevision: Too small'],
    ['a bare library, as an older renderer sent it', sampleLibrary(), 'save: library: Invalid input'],
    ['a string', serializeLibrary(sampleLibrary()), 'save: (input): Invalid input'],
    ['nothing', undefined, 'save: (input): Invalid input'],
  ])('refuses to save %s, naming the field, and writes nothing', async (_name, input, message) => {
    const { userData, call } = await setUp()
    const result = await call('save', input)
    expect(result.ok ? null : result.error).toEqual({ code: 'invalid-input', message: expect.stringContaining(message) })
    expect(await readdir(userData)).toEqual([])
  })

  it('saves a valid library to userData and loads it back', async () => {
    const { userData, call } = await setUp()
    expect(await call('save', { library: sampleLibrary(), baseRevision: 0 })).toEqual({ ok: true, value: { revision: 1, merged: null } })
    expect(await readFile(join(userData, LIBRARY_FILE), 'utf8')).toBe(serializeLibrary(sampleLibrary()))
    expect(await call('load')).toEqual({ ok: true, value: { library: sampleLibrary(), notice: null, revision: 1, readOnly: false } })
    const refused = await call('load', { path: '/etc/passwd' })
    expect(refused.ok ? null : refused.error.code).toBe('invalid-input')
  })
})

describe('library IPC: export and import dialogs', () => {
  it('exports to exactly where the save dialog said, with a Vietnamese title and a .json filter', async () => {
    const { call } = await setUp()
    const target = join(await emptyFolder(), 'thư viện của tôi.json')
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    expect(await call('exportTo', sampleLibrary())).toEqual({ ok: true, value: { location: target } })
    expect(await readFile(target, 'utf8')).toBe(serializeLibrary(sampleLibrary()))
    const [owner, options] = electron.showSaveDialog.mock.calls[0] ?? []
    expect(owner).toEqual({ owner: true })
    expect(options).toMatchObject({ title: 'Xuất thư viện ra tệp', filters: [{ extensions: ['json'] }] })
    expect(options.defaultPath).toMatch(/^\/home\/user\/Documents\/thu-vien-bach-khoa-apec-\d{4}-\d{2}-\d{2}\.json$/)
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    const { userData, call } = await setUp()
    const folder = await emptyFolder()
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: join(folder, 'x.json') })
    expect(await call('exportTo', sampleLibrary())).toEqual({ ok: true, value: null })
    expect(await readdir(folder)).toEqual([])
    expect(await readdir(userData)).toEqual([])
  })

  it('imports and validates the file the open dialog picked, without saving it', async () => {
    const { userData, call } = await setUp()
    const source = join(await emptyFolder(), 'tu-may-khac.json')
    await writeFile(source, serializeLibrary(sampleLibrary()))
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] })
    expect(await call('importFrom')).toEqual({ ok: true, value: { name: 'tu-may-khac.json', library: sampleLibrary() } })
    expect(electron.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({ title: 'Nhập thư viện từ tệp', filters: [{ extensions: ['json'] }], properties: ['openFile'] })
    expect(await readdir(userData)).toEqual([])
  })

  it('imports a file that starts with a UTF-8 byte order mark, as the web edition does', async () => {
    const { call } = await setUp()
    const source = join(await emptyFolder(), 'luu-bang-notepad.json')
    await writeFile(source, `\uFEFF${serializeLibrary(sampleLibrary())}`)
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] })
    expect(await call('importFrom')).toEqual({ ok: true, value: { name: 'luu-bang-notepad.json', library: sampleLibrary() } })
  })

  it('answers a bad import with the JSON path of the bad field, and a cancel with nothing', async () => {
    const { call } = await setUp()
    const source = join(await emptyFolder(), 'hong.json')
    await writeFile(source, serializeLibrary(sampleLibrary()).replace('"date": "2025-02-20"', '"date": "20/02/2025"'))
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] })
    const result = await call('importFrom')
    expect(result.ok ? null : result.error).toEqual({ code: 'library-invalid', message: "briefingPacks.0.date: must be a date 'YYYY-MM-DD' or ''" })
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await call('importFrom')).toEqual({ ok: true, value: null })
  })
})

describe('registerLibraryHandlers', () => {
  it('registers exactly the four library channels', async () => {
    registerLibraryHandlers(createLibraryFileStore(await emptyFolder()), electronLibraryDialogs)
    const channels = electron.handle.mock.calls.map(([channel]: unknown[]) => channel)
    expect(channels.sort()).toEqual(Object.values(LIBRARY_CHANNELS).sort())
  })
})
