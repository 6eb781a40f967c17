import type { EntryDocument, SourceDocument } from '../api-contract'
import type { ComparisonView } from '../compare/compare-view'
import type { ComparisonTable } from '../economy/comparison-types'
import { mergeSheetSources, sheetSources, sourceNumbers, type SheetSource } from '../fact-sheet'
import { ownValue } from '../library/id-records'
import { formatPackDate } from './document-date'
import { buildComparisonSheet, comparisonSources } from './comparison-sheet'
import { buildEntrySheet } from './entry-sheet'
import { sheetItemId, type BriefingDocument, type BriefingSheet, type ContentsLine } from './sheet-model'
import type { SheetPreset } from './sheet-presets'
import { listSources, quoteSources } from './sheet-sources'
import { SHEET_WORDING } from './sheet-wording'

const W = SHEET_WORDING

/**
 * One place in a pack: an entry's sheet, a comparison of economies (its view is the item's id), or
 * an id the data pack no longer has.
 */
export type BriefingItem =
  | { kind: 'entry'; id: string; entry: EntryDocument }
  | { kind: 'comparison'; id: string; view: ComparisonView; table: ComparisonTable }
  | { kind: 'missing'; id: string }

/** The sources an item's sheet cites: an entry's facts and text, or the figures of a comparison's columns. */
export function briefingItemSources(item: BriefingItem): SheetSource[] {
  if (item.kind === 'entry') return sheetSources(item.entry)
  if (item.kind === 'missing') return []
  return comparisonSources(buildComparisonSheet(item.table, item.view, { itemId: item.id, printedOn: '', inPack: true }).table)
}

/** What a briefing pack is made of, however it was stored or addressed. */
export interface BriefingInput {
  title: string
  meeting: string
  /** "YYYY-MM-DD", or "". */
  date: string
  note: string
  /** The pack's places in order. */
  items: readonly BriefingItem[]
  /** Titles the pack remembers, shown for an entry that is no longer in the data pack. */
  entryTitles: Readonly<Record<string, string>>
}

export interface BriefingOptions {
  preset: SheetPreset
  packVersion: string
  printedOn: string
  /** The user's printed notes by entry id (those ticked "in kèm trên trang thông tin"). */
  notes: Readonly<Record<string, string>>
  /** The cited documents for the "Kèm nguồn" quotes; null leaves them out. */
  documents: ReadonlyMap<string, SourceDocument | null> | null
}

/**
 * A whole briefing pack: the cover, the contents, one fact sheet per entry numbered against one
 * merged source list (a comparison: one landscape sheet whose sources join that list), and that
 * list. An entry that is no longer in the data pack keeps its place in the contents with a
 * warning, never silently dropped.
 */
export function buildBriefingDocument(pack: BriefingInput, options: BriefingOptions): BriefingDocument {
  const title = pack.title || W.pack.untitled
  const merged = mergeSheetSources(pack.items.map(briefingItemSources))
  const packNumbers = sourceNumbers(merged)
  const sheets = pack.items.flatMap((item): BriefingSheet[] => {
    if (item.kind === 'missing') return []
    if (item.kind === 'comparison') return [buildComparisonSheet(item.table, item.view, { itemId: item.id, printedOn: options.printedOn, inPack: true })]
    const note = ownValue(options.notes, item.entry.id) ?? null
    return [buildEntrySheet(item.entry, { preset: options.preset, printedOn: options.printedOn, note, documents: null, packNumbers })]
  })
  const date = formatPackDate(pack.date)
  const details = [
    ...(pack.meeting ? [{ label: W.pack.meeting, value: pack.meeting }] : []),
    ...(date ? [{ label: W.pack.date, value: date }] : []),
    { label: W.pack.sheets, value: String(sheets.length) },
  ]
  const lines = pack.items.map((item, index): ContentsLine => {
    const number = index + 1
    if (item.kind === 'missing') return { kind: 'missing', number, entryId: item.id, title: ownValue(pack.entryTitles, item.id) ?? item.id, warning: W.pack.missing }
    const sheet = sheets.find((one) => sheetItemId(one) === item.id)
    return { kind: 'sheet', number, entryId: item.id, title: sheet?.title ?? item.id, kindLabel: sheet?.kindLabel ?? '' }
  })
  return {
    title,
    cover: {
      label: W.pack.label,
      appName: W.appName,
      title,
      details,
      noteLabel: W.pack.note,
      note: pack.note ? pack.note.split(/\n+/).filter((line) => line.trim() !== '') : [],
      footer: W.footer(W.appName, options.packVersion),
      printedOn: options.printedOn,
    },
    contents: { title: W.pack.contents, lines, sourcesLine: merged.length > 0 ? W.pack.sources : null },
    sheets,
    sources:
      merged.length > 0
        ? {
            title: W.pack.sources,
            intro: W.pack.sourcesIntro,
            list: listSources(merged),
            quotes: options.preset === 'with-sources' && options.documents ? quoteSources(merged, options.documents) : null,
          }
        : null,
  }
}
