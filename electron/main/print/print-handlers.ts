import { dirname, join } from 'node:path'
import { app, BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { DESKTOP_PRINT_CHANNELS, type DesktopPrintApi, type PrintOutcome, type SavePdfOutcome } from '../../../data/core/desktop-contract'
import { savePdfInputSchema } from '../../../data/core/pdf-file-name'
import { fail, ok, type Result } from '../../../data/core/result'
import { isAppWindow } from '../ipc'
import { isTrustedSender } from '../sender-check'
import { writeFileAtomic } from '../library/atomic-file'
import { chooseSavePath } from './choose-save-path'
import { PDF_OPTIONS, PRINT_OPTIONS, saveDialogOptions } from './print-options'
import { saveDocx } from './save-docx'

type Handler<T> = (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<T>>

/** The folder the user last saved a PDF in, so the next save dialog opens there. */
let lastFolder: string | null = null

/** Opens the OS print dialog for the sender's page; closing the dialog is not an error. */
export const handlePrint: Handler<PrintOutcome> = trusted('print', (event) => printPage(event.sender))

/**
 * Renders the sender's page to PDF, asks where to save it and writes it there. A cancelled dialog
 * writes nothing; a failed render or write comes back as `print-failed` / `save-failed`.
 */
export const handleSavePdf: Handler<SavePdfOutcome> = trusted('savePdf', async (event, input) => {
  const parsed = savePdfInputSchema.safeParse(input)
  if (!parsed.success) return fail('invalid-input', `savePdf: ${parsed.error.message}`)
  let pdf: Uint8Array
  try {
    pdf = await event.sender.printToPDF(PDF_OPTIONS)
  } catch (error) {
    return fail('print-failed', `printToPDF: ${message(error)}`)
  }
  const window = BrowserWindow.fromWebContents(event.sender)
  const path = await chooseSavePath(window, join(lastFolder ?? app.getPath('documents'), parsed.data.fileName), 'pdf', saveDialogOptions)
  if (path === null) return ok({ status: 'cancelled' })
  try {
    await writeFileAtomic(path, pdf)
  } catch (error) {
    return fail('save-failed', `${path}: ${message(error)}`)
  }
  lastFolder = dirname(path)
  return ok({ status: 'saved', path })
})

/** "Xuất Word...": saves the .docx the renderer made, asking where and before replacing a file. */
export const handleSaveDocx: Handler<SavePdfOutcome> = trusted('saveDocx', saveDocx)

/** Registers the desktop print channels; each checks its sender like every other handler. */
export function registerPrintHandlers(): void {
  const handlers: { readonly [K in keyof DesktopPrintApi]: Handler<unknown> } = {
    print: handlePrint,
    savePdf: handleSavePdf,
    saveDocx: handleSaveDocx,
  }
  for (const method of Object.keys(handlers) as (keyof DesktopPrintApi)[]) {
    ipcMain.handle(DESKTOP_PRINT_CHANNELS[method], handlers[method])
  }
}

function printPage(contents: WebContents): Promise<Result<PrintOutcome>> {
  return new Promise((resolve) => {
    contents.print(PRINT_OPTIONS, (success, failureReason) => {
      if (success) resolve(ok({ status: 'printed' }))
      // Electron reports a closed dialog as "Print job canceled" (or "cancelled"), not as success.
      else if (/cancel/i.test(failureReason)) resolve(ok({ status: 'cancelled' }))
      else resolve(fail('print-failed', failureReason))
    })
  })
}

/** Checks the sender frame, then runs; anything thrown becomes `internal`, never a rejection. */
function trusted<T>(name: string, run: Handler<T>): Handler<T> {
  return async (event, input) => {
    if (!isTrustedSender(event, isAppWindow)) return fail('forbidden-sender', `${name}: sender is not the app's top frame`)
    try {
      return await run(event, input)
    } catch (error) {
      return fail('internal', message(error))
    }
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
