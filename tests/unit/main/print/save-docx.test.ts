import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent, MessageBoxOptions, SaveDialogOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as Handlers from '../../../../electron/main/print/print-handlers'

/** The parts of Electron "Xuất Word..." touches; the files it writes are real. */
const electron = vi.hoisted(() => ({
  appWindowContents: new Set<unknown>(),
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(),
  showMessageBox: vi.fn<(...args: unknown[]) => Promise<{ response: number }>>(),
  documents: '',
}))

vi.mock('electron', () => ({
  BrowserWindow: {
    fromWebContents: (contents: unknown) => (electron.appWindowContents.has(contents) ? { id: 1 } : null),
  },
  ipcMain: { handle: vi.fn() },
  dialog: { showSaveDialog: electron.showSaveDialog, showMessageBox: electron.showMessageBox },
  app: { getPath: (name: string) => (name === 'documents' ? electron.documents : '/nowhere') },
}))

/** A .docx is a zip: these bytes start like one, which is all main checks before writing. */
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml Việt Nam')])
const REPLACE = 0
const KEEP = 1

let handlers: typeof Handlers
let folder: string

function eventFrom({ url = 'app://bundle/index.html#/print/viet-nam', subFrame = false, appWindow = true } = {}) {
  const sender = { mainFrame: { url } }
  if (appWindow) electron.appWindowContents.add(sender)
  return { sender, senderFrame: subFrame ? { url } : sender.mainFrame } as unknown as IpcMainInvokeEvent
}

const save = (input: unknown, event = eventFrom()) => handlers.handleSaveDocx(event, input)

beforeEach(async () => {
  electron.appWindowContents.clear()
  electron.showSaveDialog.mockReset()
  electron.showMessageBox.mockReset()
  folder = await mkdtemp(join(tmpdir(), 'apec-docx-'))
  electron.documents = join(folder, 'Documents')
  await mkdir(electron.documents)
  vi.resetModules()
  handlers = await import('../../../../electron/main/print/print-handlers')
})

describe('"Xuất Word..." (saveDocx)', () => {
  it('asks in Vietnamese with a Word filter, opening on Documents and the suggested name, and writes the bytes there', async () => {
    const target = join(folder, 'chosen', 'Hồ sơ Việt Nam.docx')
    await mkdir(join(folder, 'chosen'))
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })

    expect(await save({ fileName: 'Viet-Nam.docx', data: DOCX })).toEqual({ ok: true, value: { status: 'saved', path: target } })

    const [parent, options] = electron.showSaveDialog.mock.calls[0] as [unknown, SaveDialogOptions]
    expect(parent).toEqual({ id: 1 })
    expect(options.title).toBe('Xuất Word')
    expect(options.buttonLabel).toBe('Lưu')
    expect(options.defaultPath).toBe(join(electron.documents, 'Viet-Nam.docx'))
    expect(options.filters).toEqual([{ name: 'Tài liệu Word', extensions: ['docx'] }])
    expect(options.properties).toContain('showOverwriteConfirmation')
    expect(new Uint8Array(await readFile(target))).toEqual(DOCX)
    expect(await readdir(join(folder, 'chosen'))).toEqual(['Hồ sơ Việt Nam.docx'])
    expect(electron.showMessageBox).not.toHaveBeenCalled()
  })

  it('adds .docx to a name typed without it, without asking when no such file exists', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'briefing') })
    expect(await save({ fileName: 'Goi-tai-lieu.docx', data: DOCX })).toEqual({ ok: true, value: { status: 'saved', path: join(folder, 'briefing.docx') } })
    expect(electron.showMessageBox).not.toHaveBeenCalled()
    expect(new Uint8Array(await readFile(join(folder, 'briefing.docx')))).toEqual(DOCX)
  })

  it('asks before replacing name.docx when the typed name lacked the extension; on "Không" keeps the old file and opens the dialog again on that name', async () => {
    await writeFile(join(folder, 'briefing.docx'), 'old')
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'briefing') })
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'briefing-2.docx') })
    electron.showMessageBox.mockResolvedValue({ response: KEEP })

    expect(await save({ fileName: 'Goi-tai-lieu.docx', data: DOCX })).toEqual({ ok: true, value: { status: 'saved', path: join(folder, 'briefing-2.docx') } })

    const [parent, question] = electron.showMessageBox.mock.calls[0] as [unknown, MessageBoxOptions]
    expect(parent).toEqual({ id: 1 })
    expect(question).toMatchObject({ type: 'warning', title: 'Xuất Word', message: 'Tệp “briefing.docx” đã có. Thay thế tệp này?', buttons: ['Thay thế', 'Không'] })
    expect(question.defaultId).toBe(KEEP)
    expect(question.cancelId).toBe(KEEP)
    expect(question.detail).toContain(folder)
    const [, again] = electron.showSaveDialog.mock.calls[1] as [unknown, SaveDialogOptions]
    expect(again.defaultPath).toBe(join(folder, 'briefing.docx'))
    expect(again.title).toBe('Xuất Word')
    expect(await readFile(join(folder, 'briefing.docx'), 'utf8')).toBe('old')
    expect(new Uint8Array(await readFile(join(folder, 'briefing-2.docx')))).toEqual(DOCX)
  })

  it('writes nothing when the user says "Không" and then cancels the dialog', async () => {
    await writeFile(join(folder, 'briefing.docx'), 'old')
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'briefing') })
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    electron.showMessageBox.mockResolvedValue({ response: KEEP })
    expect(await save({ fileName: 'Goi-tai-lieu.docx', data: DOCX })).toEqual({ ok: true, value: { status: 'cancelled' } })
    expect(await readFile(join(folder, 'briefing.docx'), 'utf8')).toBe('old')
    expect((await readdir(folder)).sort()).toEqual(['Documents', 'briefing.docx'])
  })

  it('replaces name.docx after "Thay thế"', async () => {
    await writeFile(join(folder, 'briefing.docx'), 'old')
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'briefing') })
    electron.showMessageBox.mockResolvedValue({ response: REPLACE })
    expect(await save({ fileName: 'Goi-tai-lieu.docx', data: DOCX })).toEqual({ ok: true, value: { status: 'saved', path: join(folder, 'briefing.docx') } })
    expect(new Uint8Array(await readFile(join(folder, 'briefing.docx')))).toEqual(DOCX)
  })

  it('does not ask twice for the exact name the dialog showed: the dialog itself confirmed it', async () => {
    await writeFile(join(folder, 'Viet-Nam.docx'), 'old')
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'Viet-Nam.docx') })
    expect((await save({ fileName: 'Viet-Nam.docx', data: DOCX })).ok).toBe(true)
    expect(electron.showMessageBox).not.toHaveBeenCalled()
    expect(new Uint8Array(await readFile(join(folder, 'Viet-Nam.docx')))).toEqual(DOCX)
  })

  it('writes nothing when the user cancels the dialog', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await save({ fileName: 'Viet-Nam.docx', data: DOCX })).toEqual({ ok: true, value: { status: 'cancelled' } })
    expect(await readdir(electron.documents)).toEqual([])
  })

  it('opens the next dialog in the folder the user exported to last', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'a.docx') })
    await save({ fileName: 'A.docx', data: DOCX })
    await save({ fileName: 'B.docx', data: DOCX })
    const [, second] = electron.showSaveDialog.mock.calls[1] as [unknown, SaveDialogOptions]
    expect(second.defaultPath).toBe(join(folder, 'B.docx'))
  })

  it('reports a write failure as docx-save-failed with the path, leaving nothing behind', async () => {
    const target = join(folder, 'no-such-folder', 'Viet-Nam.docx')
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const result = await save({ fileName: 'Viet-Nam.docx', data: DOCX })
    expect(result.ok ? null : result.error.code).toBe('docx-save-failed')
    expect(result.ok ? '' : result.error.message).toContain(target)
    expect(await readdir(folder)).toEqual(['Documents'])
  })

  it.each<[string, unknown]>([
    ['a path as the name', { fileName: '../../.bashrc.docx', data: DOCX }],
    ['a name that is not .docx', { fileName: 'run.exe', data: DOCX }],
    ['bytes that are not a zip', { fileName: 'a.docx', data: new TextEncoder().encode('#!/bin/sh\nrm -rf ~\n') }],
    ['text instead of bytes', { fileName: 'a.docx', data: 'PK\u0003\u0004' }],
    ['no bytes', { fileName: 'a.docx', data: new Uint8Array() }],
    ['an extra key', { fileName: 'a.docx', data: DOCX, path: '/tmp/x.docx' }],
    ['no input', undefined],
  ])('refuses %s before asking anything', async (_name, input) => {
    const result = await save(input)
    expect(result.ok ? null : result.error.code).toBe('invalid-input')
    expect(electron.showSaveDialog).not.toHaveBeenCalled()
  })

  it.each([
    ['a sub-frame of the app window', { subFrame: true }],
    ['a top frame showing a web page', { url: 'https://example.org/' }],
    ['a web contents that is not one of our windows', { appWindow: false }],
  ])('refuses %s: nothing asked or written', async (_name, sender) => {
    const result = await save({ fileName: 'Viet-Nam.docx', data: DOCX }, eventFrom(sender))
    expect(result.ok ? null : result.error.code).toBe('forbidden-sender')
    expect(electron.showSaveDialog).not.toHaveBeenCalled()
  })
})
