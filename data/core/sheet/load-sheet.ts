import type { EncyclopediaApi, EntryDocument, SourceDocument } from '../api-contract'
import { mergeSheetSources, sheetSources, type SheetSource } from '../fact-sheet'
import { ok, type Result } from '../result'
import { idRecord } from '../library/id-records'
import { buildBriefingDocument } from './briefing-document'
import { formatPrintedOn } from './document-date'
import { buildEntrySheet } from './entry-sheet'
import type { BriefingDocument, EntrySheet } from './sheet-model'
import type { SheetPreset } from './sheet-presets'

export type SheetRequest =
  | { kind: 'entry'; id: string; preset: SheetPreset }
  | { kind: 'briefing'; entryIds: readonly string[]; title: string; preset: SheetPreset }

export type LoadedSheet =
  | { kind: 'entry'; sheet: EntrySheet; packVersion: string }
  | { kind: 'briefing'; document: BriefingDocument; packVersion: string }

/**
 * Reads what a sheet or a pack needs through the API and builds its model, as the print preview
 * does, for exports made away from the preview (the CLI, benchmarks). No user library here: the
 * user's notes print only from the app.
 */
export async function loadSheet(api: EncyclopediaApi, request: SheetRequest, now: Date): Promise<Result<LoadedSheet>> {
  const info = await api.getPackInfo()
  if (!info.ok) return info
  const printedOn = formatPrintedOn(now)
  const base = { preset: request.preset, printedOn }
  if (request.kind === 'entry') {
    const entry = await api.getEntry({ id: request.id })
    if (!entry.ok) return entry
    const documents = await quotedDocuments(api, request.preset, sheetSources(entry.value))
    const sheet = buildEntrySheet(entry.value, { ...base, note: null, documents })
    return ok({ kind: 'entry', sheet, packVersion: info.value.version })
  }
  const items: { id: string; entry: EntryDocument | null }[] = []
  for (const id of request.entryIds) {
    const entry = await api.getEntry({ id })
    if (entry.ok) items.push({ id, entry: entry.value })
    else if (entry.error.code === 'not-found') items.push({ id, entry: null })
    else return entry
  }
  const sources = mergeSheetSources(items.flatMap((item) => (item.entry ? [sheetSources(item.entry)] : [])))
  const documents = await quotedDocuments(api, request.preset, sources)
  const document = buildBriefingDocument(
    { title: request.title, meeting: '', date: '', note: '', items, entryTitles: idRecord() },
    { ...base, packVersion: info.value.version, notes: idRecord(), documents },
  )
  return ok({ kind: 'briefing', document, packVersion: info.value.version })
}

/** The primary documents a "Kèm nguồn" sheet quotes; null for the other presets. */
async function quotedDocuments(
  api: EncyclopediaApi,
  preset: SheetPreset,
  sources: readonly SheetSource[],
): Promise<ReadonlyMap<string, SourceDocument | null> | null> {
  if (preset !== 'with-sources') return null
  const documents = new Map<string, SourceDocument | null>()
  for (const source of sources) {
    if (source.kind !== 'primary') continue
    const document = await api.getSource({ id: source.sourceId })
    documents.set(source.sourceId, document.ok ? document.value : null)
  }
  return documents
}
