import type { PrintOutcome, SavePdfOutcome } from '../../../data/core/desktop-contract'
import { ok, type Result } from '../../../data/core/result'
import { downloadFile } from './download-file'

/** Where a Word export went: a file the user chose (desktop), or the browser's downloads (web). */
export type WordExportOutcome = SavePdfOutcome | { status: 'downloaded'; fileName: string }

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** How this shell prints the page on screen: the desktop app's dialogs, or the browser's. */
export interface PrintPlatform {
  print(): Promise<Result<PrintOutcome>>
  /** The desktop app saves a PDF itself; browsers offer "Save as PDF" in their print dialog instead (null). */
  savePdf: ((fileName: string) => Promise<Result<SavePdfOutcome>>) | null
  /** Saves a .docx: the desktop app asks where, a browser downloads it. */
  saveDocx(data: Uint8Array, fileName: string): Promise<Result<WordExportOutcome>>
}

/** Chosen at build time like the encyclopedia API, so each build carries one of them. */
export function getPrintPlatform(): PrintPlatform {
  const desktop = __APP_PLATFORM__ === 'electron' ? window.desktopPrint : undefined
  if (desktop) {
    return {
      print: () => desktop.print(),
      savePdf: (fileName) => desktop.savePdf({ fileName }),
      saveDocx: (data, fileName) => desktop.saveDocx({ fileName, data }),
    }
  }
  return { print: printWithBrowser, savePdf: null, saveDocx: downloadDocx }
}

/** window.print() blocks until the browser's dialog closes and does not say whether it printed. */
function printWithBrowser(): Promise<Result<PrintOutcome>> {
  window.print()
  return Promise.resolve(ok({ status: 'printed' }))
}

function downloadDocx(data: Uint8Array, fileName: string): Promise<Result<WordExportOutcome>> {
  // A copy into a plain ArrayBuffer: Blob takes no view of a possibly shared buffer.
  downloadFile(new Blob([new Uint8Array(data)], { type: DOCX_TYPE }), fileName)
  return Promise.resolve(ok({ status: 'downloaded', fileName }))
}
