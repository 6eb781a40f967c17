import { stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, type MessageBoxOptions } from 'electron'
import type { SavePdfOutcome } from '../../../data/core/api-contract'
import { saveDocxInputSchema } from '../../../data/core/export/save-docx-input'
import { fail, ok, type Result } from '../../../data/core/result'
import { docxSaveDialogOptions } from './print-options'
import { writeFileAtomically } from './write-file-atomically'

/** The folder the user last exported a Word file to, so the next dialog opens there. */
let lastFolder: string | null = null

/**
 * "Xuất Word...": the renderer made the .docx from the sheet model; main asks where it goes and
 * writes it atomically. The dialog confirms replacing the exact name it shows; a name typed
 * without ".docx" becomes name.docx, which the dialog never saw, so replacing that asks here.
 */
export async function saveDocx(event: IpcMainInvokeEvent, input: unknown): Promise<Result<SavePdfOutcome>> {
  const parsed = saveDocxInputSchema.safeParse(input)
  if (!parsed.success) return fail('invalid-input', `saveDocx: ${parsed.error.message}`)
  const window = BrowserWindow.fromWebContents(event.sender)
  const options = docxSaveDialogOptions(join(lastFolder ?? app.getPath('documents'), parsed.data.fileName))
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return ok({ status: 'cancelled' })
  const typed = choice.filePath
  const path = extname(typed).toLowerCase() === '.docx' ? typed : `${typed}.docx`
  if (path !== typed && (await exists(path))) {
    const question = replaceQuestion(basename(path))
    const answer = window ? await dialog.showMessageBox(window, question) : await dialog.showMessageBox(question)
    if (answer.response !== REPLACE) return ok({ status: 'cancelled' })
  }
  try {
    await writeFileAtomically(path, parsed.data.data)
  } catch (error) {
    return fail('docx-save-failed', `${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  lastFolder = dirname(path)
  return ok({ status: 'saved', path })
}

const REPLACE = 0

function replaceQuestion(name: string): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Xuất Word',
    message: `Tệp “${name}” đã có.`,
    detail: 'Bạn có muốn thay thế tệp đó bằng tệp mới không?',
    buttons: ['Thay thế', 'Hủy'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}
