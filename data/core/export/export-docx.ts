import type { LoadedSheet } from '../sheet/load-sheet'
import { briefingDocx, comparisonSheetDocx, entrySheetDocx } from './docx-document'

/** The .docx of a loaded sheet or pack. */
export function loadedSheetDocx(loaded: LoadedSheet): Promise<Uint8Array> {
  const meta = { packVersion: loaded.packVersion }
  if (loaded.kind === 'entry') return entrySheetDocx(loaded.sheet, meta)
  if (loaded.kind === 'compare') return comparisonSheetDocx(loaded.sheet, meta)
  return briefingDocx(loaded.document, meta)
}
