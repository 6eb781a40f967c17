import type { LoadedSheet } from '../sheet/load-sheet'
import { briefingDocx, entrySheetDocx } from './docx-document'

/** The .docx of a loaded sheet or pack. */
export function loadedSheetDocx(loaded: LoadedSheet): Promise<Uint8Array> {
  const meta = { packVersion: loaded.packVersion }
  return loaded.kind === 'entry' ? entrySheetDocx(loaded.sheet, meta) : briefingDocx(loaded.document, meta)
}
