import type { CompareChartModel, CompareSheetModel } from '../compare/compare-sheet-model'
import type { EntryType } from '../entry-types'

/**
 * The one model of a printable sheet. The print view (React), the Word writer and the copied table
 * all render from it, so they cannot disagree on a fact, a date or a source number. Every string
 * is final text; a renderer only lays it out.
 */

/** "[2], đoạn 1": a fact's source as the sheet numbers it; `number` is null for an unlisted source. */
export interface SourceMark {
  number: number | null
  text: string
  /** The source's title, for a tooltip. */
  title: string
}

export interface GlanceItem {
  key: string
  label: string
  value: string
}

export interface FactLine {
  key: string
  label: string
  value: string
  /** "(tính đến 2024)", or null when the fact does not change. */
  asOf: string | null
  /**
   * Where the value comes from, in the order of the sheet's source list: one mark per source, so a
   * value two sources give alike is one row citing both ("[1]; [2], đoạn 5").
   */
  sources: SourceMark[]
}

/** One figure of an economy's "Chỉ số chính": "GDP (PPP)" "1.470 tỷ USD" with its year as the note. */
export interface IndicatorLine {
  key: string
  label: string
  value: string
  /** "ước tính 2024": the figure's own year and basis; null when the source gives none. */
  note: string | null
}

/** "Xuất khẩu sang (2023)": "Hoa Kỳ 29%; Trung Quốc 17%; …", partners separated by semicolons. */
export interface PartnerLine {
  key: string
  label: string
  text: string
}

export type FactTableRow = { kind: 'fact'; fact: FactLine } | { kind: 'conflict'; key: string; note: string; facts: FactLine[] }

export interface ListedSource {
  number: number
  sourceId: string
  /** "[1]" */
  mark: string
  title: string
  /** What follows the title: "Publisher (nguồn tham khảo): các đoạn 1, 2." */
  details: string
}

export interface QuotedSource {
  /** "[1] Title" */
  heading: string
  quotes: { label: string; text: string; lang: string }[]
  /** Why there is nothing to quote (a reference source, an unreadable document); null when quoted. */
  none: string | null
}

export type SheetBlock =
  | { kind: 'names'; title: string; names: { lang: 'vi' | 'en' | 'zh'; label: string; name: string }[] }
  | {
      kind: 'facts'
      title: string
      columns: { label: string; value: string; source: string }
      rows: FactTableRow[]
    }
  /** An economy's Factbook figures; the heading names their one source, so the lines carry none. */
  | { kind: 'indicators'; title: string; items: IndicatorLine[]; partners: PartnerLine[] }
  | { kind: 'timeline'; title: string; items: { date: string; label: string; source: SourceMark }[] }
  | { kind: 'relations'; title: string; groups: { label: string; titles: string[] }[] }
  | { kind: 'body'; title: string; html: string; notesLabel: string; notes: { mark: string; see: string; source: SourceMark }[] }
  | { kind: 'backlinks'; title: string; text: string }
  | { kind: 'note'; title: string; text: string }
  | { kind: 'sources'; title: string; sources: ListedSource[] }
  | { kind: 'quotes'; title: string; notice: string; sources: QuotedSource[] }
  /** Inside a briefing pack: the pointer to the pack's one source list (its page is known only to a layout). */
  | { kind: 'see-sources' }

export type SheetBlockKind = SheetBlock['kind']

/** One entry's fact sheet. */
export interface EntrySheet {
  kind: 'entry'
  entryId: string
  entryType: EntryType
  /** "Hồ sơ nền kinh tế" */
  kindLabel: string
  appName: string
  printedOn: string
  title: string
  nameEn: string | null
  nameZh: string | null
  /** "Còn gọi là: …" in the full preset; null otherwise. */
  aliases: string | null
  summary: string
  glance: GlanceItem[]
  blocks: SheetBlock[]
}

/**
 * A comparison of economies as a sheet (A4 landscape): the compare page's table model, which the
 * print view and the Word writer both lay out.
 */
export interface ComparisonSheet {
  kind: 'comparison'
  /** The pack item id naming the comparison's view ("comparison-apec-…"). */
  itemId: string
  /** "So sánh các nền kinh tế APEC: Dân số", as the pack's contents name it. */
  title: string
  /** "Bảng so sánh" */
  kindLabel: string
  appName: string
  printedOn: string
  table: CompareSheetModel
  chart: CompareChartModel | null
  /** Inside a briefing pack the sheet points to the pack's source list instead of listing its own. */
  inPack: boolean
}

/** A sheet of a briefing pack: an entry's fact sheet or a comparison. */
export type BriefingSheet = EntrySheet | ComparisonSheet

/** The pack item a sheet stands for (the contents and the Word bookmarks find it by this id). */
export function sheetItemId(sheet: BriefingSheet): string {
  return sheet.kind === 'entry' ? sheet.entryId : sheet.itemId
}

export type ContentsLine =
  | { kind: 'sheet'; number: number; entryId: string; title: string; kindLabel: string }
  | { kind: 'missing'; number: number; entryId: string; title: string; warning: string }

/** A briefing pack: cover, contents, one sheet per entry or comparison, one source list. */
export interface BriefingDocument {
  title: string
  cover: {
    label: string
    appName: string
    title: string
    details: { label: string; value: string }[]
    noteLabel: string
    /** The note's paragraphs; empty without a note. */
    note: string[]
    footer: string
    printedOn: string
  }
  contents: { title: string; lines: ContentsLine[]; sourcesLine: string | null }
  sheets: BriefingSheet[]
  /** The merged source list, with quotes in the "Kèm nguồn" preset; null when nothing is cited. */
  sources: { title: string; intro: string; list: ListedSource[]; quotes: Extract<SheetBlock, { kind: 'quotes' }> | null } | null
}
