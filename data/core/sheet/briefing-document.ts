import type { EntryDocument, SourceDocument } from '../api-contract'
import { mergeSheetSources, sheetSources, sourceNumbers } from '../fact-sheet'
import { ownValue } from '../library/id-records'
import { formatPackDate } from './document-date'
import { buildEntrySheet } from './entry-sheet'
import type { BriefingDocument, ContentsLine } from './sheet-model'
import type { SheetPreset } from './sheet-presets'
import { listSources, quoteSources } from './sheet-sources'
import { SHEET_WORDING } from './sheet-wording'

const W = SHEET_WORDING

/** What a briefing pack is made of, however it was stored or addressed. */
export interface BriefingInput {
  title: string
  meeting: string
  /** "YYYY-MM-DD", or "". */
  date: string
  note: string
  /** The pack's places in order; `entry` is null for an id the data pack no longer has. */
  items: readonly { id: string; entry: EntryDocument | null }[]
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
 * merged source list, and that list. An entry that is no longer in the data pack keeps its place
 * in the contents with a warning, never silently dropped.
 */
export function buildBriefingDocument(pack: BriefingInput, options: BriefingOptions): BriefingDocument {
  const title = pack.title || W.pack.untitled
  const entries = pack.items.flatMap((item) => (item.entry ? [item.entry] : []))
  const merged = mergeSheetSources(entries.map((entry) => sheetSources(entry)))
  const packNumbers = sourceNumbers(merged)
  const sheets = entries.map((entry) =>
    buildEntrySheet(entry, { preset: options.preset, printedOn: options.printedOn, note: ownValue(options.notes, entry.id) ?? null, documents: null, packNumbers }),
  )
  const date = formatPackDate(pack.date)
  const details = [
    ...(pack.meeting ? [{ label: W.pack.meeting, value: pack.meeting }] : []),
    ...(date ? [{ label: W.pack.date, value: date }] : []),
    { label: W.pack.sheets, value: String(sheets.length) },
  ]
  const lines = pack.items.map((item, index): ContentsLine =>
    item.entry
      ? { kind: 'sheet', number: index + 1, entryId: item.id, title: item.entry.title, kindLabel: W.sheetKinds[item.entry.type] }
      : { kind: 'missing', number: index + 1, entryId: item.id, title: ownValue(pack.entryTitles, item.id) ?? item.id, warning: W.pack.missing },
  )
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
