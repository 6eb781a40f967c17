import { dirname, join } from 'node:path'
import { app, BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import type { SavePdfOutcome } from '../../../data/core/desktop-contract'
import { saveDocxInputSchema } from '../../../data/core/export/save-docx-input'
import { fail, ok, type Result } from '../../../data/core/result'
import { writeFileAtomic } from '../library/atomic-file'
import { chooseSavePath } from './choose-save-path'
import { docxSaveDialogOptions } from './print-options'

/** The folder the user last exported a Word file to, so the next dialog opens there. */
let lastFolder: string | null = null

/**
 * "Xuất Word...": the renderer made the .docx from the sheet model; main asks where it goes (the
 * same dialog and replace question as "Lưu PDF") and writes it with the durable writer the
 * library uses: a temporary file, fsync, rename, so a crash never leaves half a document.
 */
export async function saveDocx(event: IpcMainInvokeEvent, input: unknown): Promise<Result<SavePdfOutcome>> {
  const parsed = saveDocxInputSchema.safeParse(input)
  if (!parsed.success) return fail('invalid-input', `saveDocx: ${parsed.error.message}`)
  const window = BrowserWindow.fromWebContents(event.sender)
  const suggested = join(lastFolder ?? app.getPath('documents'), parsed.data.fileName)
  const path = await chooseSavePath(window, suggested, 'docx', docxSaveDialogOptions)
  if (path === null) return ok({ status: 'cancelled' })
  try {
    await writeFileAtomic(path, parsed.data.data)
  } catch (error) {
    return fail('docx-save-failed', `${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  lastFolder = dirname(path)
  return ok({ status: 'saved', path })
}
