import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent, MessageBoxOptions, PrintToPDFOptions, SaveDialogOptions, WebContentsPrintOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DESKTOP_PRINT_CHANNELS } from '../../../../data/core/desktop-contract'
import type * as Handlers from '../../../../electron/main/print/print-handlers'

/** The parts of Electron the handlers touch; everything else about printing is real (files on disk). */
const electron = vi.hoisted(() => ({
  appWindowContents: new Set<unknown>(),
  handle: vi.fn(),
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(),
  showMessageBox: vi.fn<(...args: unknown[]) => Promise<{ response: number }>>(),
  documents: '',
}))

vi.mock('electron', () => ({
  BrowserWindow: {
    fromWebContents: (contents: unknown) => (electron.appWindowContents.has(contents) ? { id: 1 } : null),
  },
  ipcMain: { handle: electron.handle },
  dialog: { showSaveDialog: electron.showSaveDialog, showMessageBox: electron.showMessageBox },
  app: { getPath: (name: string) => (name === 'documents' ? electron.documents : '/nowhere') },
}))

let handlers: typeof Handlers
let folder: string

const PDF_BYTES = new TextEncoder().encode('%PDF-1.7 test document\n%%EOF\n')

interface FakeContents {
  mainFrame: { url: string }
  print: ReturnType<typeof vi.fn<(options: WebContentsPrintOptions, callback: (success: boolean, reason: string) => void) => void>>
  printToPDF: ReturnType<typeof vi.fn<(options: PrintToPDFOptions) => Promise<Uint8Array>>>
}

/** An invoke event from a page: by default the app window's top frame showing app://bundle. */
function eventFrom({ url = 'app://bundle/index.html#/print/viet-nam', subFrame = false, appWindow = true } = {}) {
  const sender: FakeContents = {
    mainFrame: { url },
    print: vi.fn((_options, callback) => callback(true, '')),
    printToPDF: vi.fn(() => Promise.resolve(PDF_BYTES)),
  }
  if (appWindow) electron.appWindowContents.add(sender)
  const event = { sender, senderFrame: subFrame ? { url } : sender.mainFrame } as unknown as IpcMainInvokeEvent
  return { event, sender }
}

beforeEach(async () => {
  electron.appWindowContents.clear()
  electron.handle.mockClear()
  electron.showSaveDialog.mockReset()
  electron.showMessageBox.mockReset()
  folder = await mkdtemp(join(tmpdir(), 'apec-pdf-'))
  electron.documents = join(folder, 'Documents')
  await mkdir(electron.documents)
  // A fresh module each time: it remembers the last folder saved in.
  vi.resetModules()
  handlers = await import('../../../../electron/main/print/print-handlers')
})

describe('"In..." (print)', () => {
  it('opens the OS print dialog on A4 with backgrounds and the page margins', async () => {
    const { event, sender } = eventFrom()
    expect(await handlers.handlePrint(event, undefined)).toEqual({ ok: true, value: { status: 'printed' } })
    const [options] = sender.print.mock.calls[0] ?? []
    expect(options).toMatchObject({ silent: false, printBackground: true, pageSize: 'A4', landscape: false, margins: { marginType: 'default' } })
  })

  it('reports a closed dialog as cancelled, not as an error', async () => {
    const { event, sender } = eventFrom()
    sender.print.mockImplementation((_options, callback) => callback(false, 'Print job canceled'))
    expect(await handlers.handlePrint(event, undefined)).toEqual({ ok: true, value: { status: 'cancelled' } })
  })

  it('reports a printer failure as print-failed', async () => {
    const { event, sender } = eventFrom()
    sender.print.mockImplementation((_options, callback) => callback(false, 'Print job failed'))
    const result = await handlers.handlePrint(event, undefined)
    expect(result).toEqual({ ok: false, error: { code: 'print-failed', message: 'Print job failed' } })
  })
})

describe('"Lưu PDF" (savePdf)', () => {
  it('renders A4 with backgrounds and the CSS page size, asks in Vietnamese, and writes where the dialog said', async () => {
    const { event, sender } = eventFrom()
    const target = join(folder, 'chosen', 'Hồ sơ Việt Nam.pdf')
    await mkdir(join(folder, 'chosen'))
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })

    const result = await handlers.handleSavePdf(event, { fileName: 'Viet-Nam.pdf' })

    expect(result).toEqual({ ok: true, value: { status: 'saved', path: target } })
    expect(sender.printToPDF).toHaveBeenCalledOnce()
    const [pdfOptions] = sender.printToPDF.mock.calls[0] ?? []
    expect(pdfOptions).toMatchObject({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, landscape: false })
    // Margins in inches: 18 mm at the top and sides, 20 mm at the foot for the page footer.
    expect(pdfOptions?.margins?.top).toBeCloseTo(18 / 25.4)
    expect(pdfOptions?.margins?.bottom).toBeCloseTo(20 / 25.4)
    const [parent, dialogOptions] = electron.showSaveDialog.mock.calls[0] as [unknown, SaveDialogOptions]
    expect(parent).toEqual({ id: 1 })
    expect(dialogOptions.title).toBe('Lưu PDF')
    expect(dialogOptions.buttonLabel).toBe('Lưu')
    expect(dialogOptions.defaultPath).toBe(join(electron.documents, 'Viet-Nam.pdf'))
    expect(dialogOptions.filters).toEqual([{ name: 'Tài liệu PDF', extensions: ['pdf'] }])
    expect(new Uint8Array(await readFile(target))).toEqual(PDF_BYTES)
    // No temporary file is left beside it.
    expect(await readdir(join(folder, 'chosen'))).toEqual(['Hồ sơ Việt Nam.pdf'])
  })

  it('adds .pdf when the name typed in the dialog has none, without a question when no such file exists', async () => {
    const { event } = eventFrom()
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'briefing') })
    const result = await handlers.handleSavePdf(event, { fileName: 'Goi-tai-lieu.pdf' })
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: join(folder, 'briefing.pdf') } })
    expect(new Uint8Array(await readFile(join(folder, 'briefing.pdf')))).toEqual(PDF_BYTES)
    expect(electron.showMessageBox).not.toHaveBeenCalled()
  })

  it('asks before replacing an existing "name.pdf" when the name typed had no .pdf, and replaces it only on "Thay thế"', async () => {
    const { event } = eventFrom()
    await writeFile(join(folder, 'briefing.pdf'), 'old')
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'briefing') })
    electron.showMessageBox.mockResolvedValue({ response: 0 })
    const result = await handlers.handleSavePdf(event, { fileName: 'Goi-tai-lieu.pdf' })
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: join(folder, 'briefing.pdf') } })
    const [parent, question] = electron.showMessageBox.mock.calls[0] as [unknown, MessageBoxOptions]
    expect(parent).toEqual({ id: 1 })
    expect(question).toMatchObject({ type: 'warning', message: 'Tệp “briefing.pdf” đã có. Thay thế tệp này?', buttons: ['Thay thế', 'Không'], defaultId: 1, cancelId: 1 })
    expect(question.detail).toContain(folder)
    expect(new Uint8Array(await readFile(join(folder, 'briefing.pdf')))).toEqual(PDF_BYTES)
  })

  it('keeps the existing "name.pdf" on "Không" and opens the save dialog again on that name', async () => {
    const { event } = eventFrom()
    await writeFile(join(folder, 'briefing.pdf'), 'old')
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'briefing') })
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'briefing-2.pdf') })
    electron.showMessageBox.mockResolvedValue({ response: 1 })
    const result = await handlers.handleSavePdf(event, { fileName: 'Goi-tai-lieu.pdf' })
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: join(folder, 'briefing-2.pdf') } })
    const [, again] = electron.showSaveDialog.mock.calls[1] as [unknown, SaveDialogOptions]
    expect(again.defaultPath).toBe(join(folder, 'briefing.pdf'))
    expect(await readFile(join(folder, 'briefing.pdf'), 'utf8')).toBe('old')
    expect(new Uint8Array(await readFile(join(folder, 'briefing-2.pdf')))).toEqual(PDF_BYTES)
  })

  it('writes nothing when the user says "Không" and then cancels the dialog', async () => {
    const { event } = eventFrom()
    await writeFile(join(folder, 'briefing.pdf'), 'old')
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'briefing') })
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    electron.showMessageBox.mockResolvedValue({ response: 1 })
    expect(await handlers.handleSavePdf(event, { fileName: 'Goi-tai-lieu.pdf' })).toEqual({ ok: true, value: { status: 'cancelled' } })
    expect(await readFile(join(folder, 'briefing.pdf'), 'utf8')).toBe('old')
    expect((await readdir(folder)).sort()).toEqual(['Documents', 'briefing.pdf'])
  })

  it('leaves the question to the dialog when the name typed already ends in .pdf', async () => {
    const { event } = eventFrom()
    await writeFile(join(folder, 'briefing.pdf'), 'old')
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'briefing.pdf') })
    expect(await handlers.handleSavePdf(event, { fileName: 'Goi-tai-lieu.pdf' })).toEqual({ ok: true, value: { status: 'saved', path: join(folder, 'briefing.pdf') } })
    expect(electron.showMessageBox).not.toHaveBeenCalled()
  })

  it('opens the next save dialog in the folder the user saved in last', async () => {
    const { event } = eventFrom()
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'a.pdf') })
    await handlers.handleSavePdf(event, { fileName: 'A.pdf' })
    await handlers.handleSavePdf(event, { fileName: 'B.pdf' })
    const [, second] = electron.showSaveDialog.mock.calls[1] as [unknown, SaveDialogOptions]
    expect(second.defaultPath).toBe(join(folder, 'B.pdf'))
  })

  it('writes nothing when the user cancels the dialog', async () => {
    const { event } = eventFrom()
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await handlers.handleSavePdf(event, { fileName: 'Viet-Nam.pdf' })).toEqual({ ok: true, value: { status: 'cancelled' } })
    expect(await readdir(folder)).toEqual(['Documents'])
    expect(await readdir(electron.documents)).toEqual([])
  })

  it('reports a write failure as save-failed with the path, and leaves no file behind', async () => {
    const { event } = eventFrom()
    const target = join(folder, 'no-such-folder', 'Viet-Nam.pdf')
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = await handlers.handleSavePdf(event, { fileName: 'Viet-Nam.pdf' })
    expect(result.ok).toBe(false)
    expect(result.ok ? null : result.error.code).toBe('save-failed')
    expect(result.ok ? '' : result.error.message).toContain(target)
    expect(await readdir(folder)).toEqual(['Documents'])
  })

  it('reports a failed render as print-failed without asking where to save', async () => {
    const { event, sender } = eventFrom()
    sender.printToPDF.mockRejectedValue(new Error('render crashed'))
    const result = await handlers.handleSavePdf(event, { fileName: 'Viet-Nam.pdf' })
    expect(result.ok ? null : result.error.code).toBe('print-failed')
    expect(electron.showSaveDialog).not.toHaveBeenCalled()
  })

  it.each<[string, unknown]>([
    ['a path', { fileName: '../../.bashrc.pdf' }],
    ['a non-PDF name', { fileName: 'run.exe' }],
    ['an extra key', { fileName: 'a.pdf', path: '/tmp' }],
    ['no input', undefined],
  ])('refuses %s before rendering anything', async (_name, input) => {
    const { event, sender } = eventFrom()
    const result = await handlers.handleSavePdf(event, input)
    expect(result.ok ? null : result.error.code).toBe('invalid-input')
    expect(sender.printToPDF).not.toHaveBeenCalled()
    expect(electron.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe('who may print', () => {
  it.each([
    ['a sub-frame of the app window', { subFrame: true }],
    ['a top frame showing a web page', { url: 'https://example.org/' }],
    ['a top frame showing a local file', { url: 'file:///tmp/index.html' }],
    ['a web contents that is not one of our windows', { appWindow: false }],
  ])('refuses %s: nothing printed, rendered or written', async (_name, sender) => {
    const print = eventFrom(sender)
    const printResult = await handlers.handlePrint(print.event, undefined)
    expect(printResult.ok ? null : printResult.error.code).toBe('forbidden-sender')
    expect(print.sender.print).not.toHaveBeenCalled()

    const save = eventFrom(sender)
    const saveResult = await handlers.handleSavePdf(save.event, { fileName: 'Viet-Nam.pdf' })
    expect(saveResult.ok ? null : saveResult.error.code).toBe('forbidden-sender')
    expect(save.sender.printToPDF).not.toHaveBeenCalled()
    expect(electron.showSaveDialog).not.toHaveBeenCalled()
  })

  it('registers one handler per desktop print channel', () => {
    handlers.registerPrintHandlers()
    const channels = electron.handle.mock.calls.map(([channel]: unknown[]) => channel)
    expect(channels.sort()).toEqual(Object.values(DESKTOP_PRINT_CHANNELS).sort())
    const registered = new Map(electron.handle.mock.calls.map(([channel, handler]: unknown[]) => [channel, handler]))
    expect(registered.get(DESKTOP_PRINT_CHANNELS.print)).toBe(handlers.handlePrint)
    expect(registered.get(DESKTOP_PRINT_CHANNELS.savePdf)).toBe(handlers.handleSavePdf)
    expect(registered.get(DESKTOP_PRINT_CHANNELS.saveDocx)).toBe(handlers.handleSaveDocx)
  })
})
