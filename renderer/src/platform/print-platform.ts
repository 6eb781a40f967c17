import type { PrintOutcome, SavePdfOutcome } from '../../../data/core/api-contract'
import { ok, type Result } from '../../../data/core/result'

/** How this shell prints the page on screen: the desktop app's dialogs, or the browser's. */
export interface PrintPlatform {
  print(): Promise<Result<PrintOutcome>>
  /** The desktop app saves a PDF itself; browsers offer "Save as PDF" in their print dialog instead (null). */
  savePdf: ((fileName: string) => Promise<Result<SavePdfOutcome>>) | null
}

/** Chosen at build time like the encyclopedia API, so each build carries one of them. */
export function getPrintPlatform(): PrintPlatform {
  const desktop = __APP_PLATFORM__ === 'electron' ? window.desktopPrint : undefined
  if (desktop) return { print: () => desktop.print(), savePdf: (fileName) => desktop.savePdf({ fileName }) }
  return { print: printWithBrowser, savePdf: null }
}

/** window.print() blocks until the browser's dialog closes and does not say whether it printed. */
function printWithBrowser(): Promise<Result<PrintOutcome>> {
  window.print()
  return Promise.resolve(ok({ status: 'printed' }))
}
