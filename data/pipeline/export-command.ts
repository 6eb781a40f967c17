import type { EncyclopediaApi } from '../core/api-contract'
import { loadedSheetDocx } from '../core/export/export-docx'
import { loadSheet } from '../core/sheet/load-sheet'
import { fail, ok, type Result } from '../core/result'
import { writeFileAtomic } from './atomic-write'
import type { ExportCommand } from './export-arguments'
import { exportPdf, pdfExportProblem } from './export-pdf'

export interface ExportReport {
  out: string
  format: ExportCommand['format']
  bytes: number
  title: string
}

/**
 * `catalog export`: the sheet or pack is read and its model built first, so an unknown entry
 * fails (exit 4) before any browser starts; then the .docx is written from that model, or the
 * PDF printed from the web edition's preview of the same address.
 */
export async function runExport(api: EncyclopediaApi, command: ExportCommand, packPath: string, now: Date): Promise<Result<ExportReport>> {
  const { target } = command
  const request =
    target.kind === 'entry'
      ? { kind: 'entry' as const, id: target.id, preset: command.preset }
      : target.kind === 'compare'
        ? { kind: 'compare' as const, group: target.group }
        : { kind: 'briefing' as const, entryIds: target.entryIds, title: target.title, preset: command.preset }
  const loaded = await loadSheet(api, request, now)
  if (!loaded.ok) return loaded
  const title = loaded.value.kind === 'briefing' ? loaded.value.document.title : loaded.value.kind === 'compare' ? loaded.value.sheet.table.title : loaded.value.sheet.title
  let bytes: Uint8Array
  if (command.format === 'docx') {
    bytes = await loadedSheetDocx(loaded.value)
  } else {
    const problem = pdfExportProblem()
    if (problem !== null) return fail('export-failed', problem)
    bytes = await exportPdf(command, packPath)
  }
  try {
    await writeFileAtomic(command.out, bytes)
  } catch (error) {
    return fail(command.format === 'docx' ? 'docx-save-failed' : 'save-failed', `${command.out}: ${error instanceof Error ? error.message : String(error)}`)
  }
  return ok({ out: command.out, format: command.format, bytes: bytes.byteLength, title })
}
