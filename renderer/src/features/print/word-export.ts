import type { BriefingDocument, ComparisonSheet, EntrySheet } from '../../../../data/core/sheet/sheet-model'

/**
 * The Word writer is loaded when the user first exports, not with the app: most sessions never
 * export, and the writer is the largest library the renderer uses.
 */
export async function entrySheetWord(sheet: EntrySheet, packVersion: string): Promise<Uint8Array> {
  const { entrySheetDocx } = await import('../../../../data/core/export/docx-document')
  return entrySheetDocx(sheet, { packVersion })
}

export async function briefingWord(briefing: BriefingDocument, packVersion: string): Promise<Uint8Array> {
  const { briefingDocx } = await import('../../../../data/core/export/docx-document')
  return briefingDocx(briefing, { packVersion })
}

export async function comparisonWord(sheet: ComparisonSheet, packVersion: string): Promise<Uint8Array> {
  const { comparisonSheetDocx } = await import('../../../../data/core/export/docx-document')
  return comparisonSheetDocx(sheet, { packVersion })
}
