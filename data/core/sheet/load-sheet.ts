import type { EncyclopediaApi, SourceDocument } from '../api-contract'
import { comparisonItemId, DEFAULT_VIEW, parseComparisonItemId } from '../compare/compare-view'
import type { ComparisonGroup } from '../economy/comparison-types'
import { mergeSheetSources, sheetSources, type SheetSource } from '../fact-sheet'
import { ok, type Result } from '../result'
import { idRecord } from '../library/id-records'
import { briefingItemSources, buildBriefingDocument, type BriefingItem } from './briefing-document'
import { buildComparisonSheet } from './comparison-sheet'
import { formatPrintedOn } from './document-date'
import { buildEntrySheet } from './entry-sheet'
import type { BriefingDocument, ComparisonSheet, EntrySheet } from './sheet-model'
import type { SheetPreset } from './sheet-presets'

export type SheetRequest =
  | { kind: 'entry'; id: string; preset: SheetPreset }
  /** The compare page's opening view of the group (its columns and order), as `#/print/compare` prints it. */
  | { kind: 'compare'; group: ComparisonGroup }
  /** `entryIds` may hold comparison item ids ("comparison-apec-…"), as a stored pack does. */
  | { kind: 'briefing'; entryIds: readonly string[]; title: string; preset: SheetPreset }

export type LoadedSheet =
  | { kind: 'entry'; sheet: EntrySheet; packVersion: string }
  | { kind: 'compare'; sheet: ComparisonSheet; packVersion: string }
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
  if (request.kind === 'compare') {
    const table = await api.getComparison({ group: request.group })
    if (!table.ok) return table
    const view = { ...DEFAULT_VIEW, group: request.group }
    const sheet = buildComparisonSheet(table.value, view, { itemId: comparisonItemId(view), printedOn, inPack: false })
    return ok({ kind: 'compare', sheet, packVersion: info.value.version })
  }
  const base = { preset: request.preset, printedOn }
  if (request.kind === 'entry') {
    const entry = await api.getEntry({ id: request.id })
    if (!entry.ok) return entry
    const documents = await quotedDocuments(api, request.preset, sheetSources(entry.value))
    const sheet = buildEntrySheet(entry.value, { ...base, note: null, documents })
    return ok({ kind: 'entry', sheet, packVersion: info.value.version })
  }
  const items: BriefingItem[] = []
  for (const id of request.entryIds) {
    const item = await loadItem(api, id)
    if (item.ok) items.push(item.value)
    else if (item.error.code === 'not-found') items.push({ kind: 'missing', id })
    else return item
  }
  const sources = mergeSheetSources(items.map(briefingItemSources))
  const documents = await quotedDocuments(api, request.preset, sources)
  const document = buildBriefingDocument(
    { title: request.title, meeting: '', date: '', note: '', items, entryTitles: idRecord() },
    { ...base, packVersion: info.value.version, notes: idRecord(), documents },
  )
  return ok({ kind: 'briefing', document, packVersion: info.value.version })
}

/** A pack's item as the print preview loads it (renderer/src/features/print/usePackEntries.ts). */
async function loadItem(api: EncyclopediaApi, id: string): Promise<Result<BriefingItem>> {
  const view = parseComparisonItemId(id)
  if (view) {
    const table = await api.getComparison({ group: view.group })
    return table.ok ? ok({ kind: 'comparison', id, view, table: table.value }) : table
  }
  const entry = await api.getEntry({ id })
  return entry.ok ? ok({ kind: 'entry', id, entry: entry.value }) : entry
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
