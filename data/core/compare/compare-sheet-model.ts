import type { Citation, SourceKind } from '../api-contract'
import type { ComparisonGroup, ComparisonTable, ComparisonValue } from '../economy/comparison-types'
import type { QuantityUnit } from '../economy/quantity'
import { sortRows } from './compare-sort'
import { NAME_SORT_KEY, type ComparisonView } from './compare-view'
import { COMPARE_WORDING } from './compare-wording'

/**
 * A comparison as a plain table, with nothing of the screen in it: what the printed sheet renders,
 * and what a Word writer can render the same way. Every figure keeps its year, every column its
 * unit, years and source.
 */
export interface CompareSheetModel {
  title: string
  /** How the rows are ordered: "Xếp theo Dân số, giảm dần". */
  subtitle: string
  /** The heading of the row-name column ("Nền kinh tế"). */
  rowHeader: string
  columns: CompareSheetColumn[]
  rows: CompareSheetRow[]
  /** Every source a figure of the table cites, once. */
  sources: CompareSheetSource[]
  /** Sentences the reader needs to read the table right (how years are shown, what is highlighted). */
  notes: string[]
}

export interface CompareSheetColumn {
  key: string
  label: string
  unit: QuantityUnit
  /** The qualifier most figures of the column share ("ước tính 2024; USD năm 2021"), said once in the heading. */
  note: string | null
  /** The years the column's figures describe, latest first; empty for a figure without a year (area). */
  years: number[]
  /** Titles of the sources the column's figures cite. */
  sources: string[]
}

export interface CompareSheetCell {
  /** The figure in Vietnamese style ("106,7 triệu người"); null when the source has none. */
  display: string | null
  amount: number | null
  year: number | null
  /** The figure's own qualifier when it differs from its column's ("ước tính 2023"). */
  note: string | null
}

export interface CompareSheetRow {
  id: string
  title: string
  /** The economy's entry; null for an ASEAN member outside APEC. */
  entryId: string | null
  /** Viet Nam's row, which the sheet sets apart. */
  highlight: boolean
  cells: CompareSheetCell[]
}

export interface CompareSheetSource {
  sourceId: string
  title: string
  publisher: string
  kind: SourceKind
}

/** How a comparison is named in a briefing pack's list and contents: "So sánh các nền kinh tế APEC: Dân số". */
export function comparisonTitle(group: ComparisonGroup, chartLabel: string): string {
  return COMPARE_WORDING.packTitle(COMPARE_WORDING.groupTitle[group], chartLabel)
}

/** The economy the comparison is read from. */
export const HIGHLIGHTED_ECONOMY = 'viet-nam'

export function compareSheetModel(table: ComparisonTable, view: ComparisonView): CompareSheetModel {
  const strings = COMPARE_WORDING
  const indicators = view.columns.flatMap((key) => table.indicators.filter((indicator) => indicator.key === key))
  const rows = sortRows(table.rows, view.sort)
  const columns = indicators.map((indicator): CompareSheetColumn => {
    const values = rows.flatMap((row) => (row.values[indicator.key] ? [row.values[indicator.key] as ComparisonValue] : []))
    return {
      key: indicator.key,
      label: indicator.label,
      unit: indicator.unit,
      note: mostCommon(values.map((value) => value.note)),
      years: [...new Set(values.flatMap((value) => (value.year === null ? [] : [value.year])))].sort((a, b) => b - a),
      sources: [...new Set(values.map((value) => value.citation.sourceTitle))],
    }
  })
  const citations = rows.flatMap((row) => columns.flatMap((column) => row.values[column.key]?.citation ?? []))
  return {
    title: strings.sheetTitle(strings.groupTitle[table.group]),
    subtitle: strings.sheetSubtitle(sortLabel(table, view), view.sort.direction === 'asc' ? strings.ascending : strings.descending),
    rowHeader: strings.economy,
    columns,
    rows: rows.map((row) => ({
      id: row.id,
      title: row.title,
      entryId: row.entryId,
      highlight: row.id === HIGHLIGHTED_ECONOMY,
      cells: columns.map((column): CompareSheetCell => {
        const value = row.values[column.key]
        if (!value) return { display: null, amount: null, year: null, note: null }
        return { display: value.display, amount: value.amount, year: value.year, note: value.note === column.note ? null : value.note }
      }),
    })),
    sources: uniqueSources(citations),
    notes: [strings.yearRule, ...(rows.some((row) => row.id === HIGHLIGHTED_ECONOMY) ? [strings.highlight] : [])],
  }
}

/** What the rows are sorted by, in words: the column's label, or "Nền kinh tế" for the name. */
export function sortLabel(table: ComparisonTable, view: ComparisonView): string {
  if (view.sort.key === NAME_SORT_KEY) return COMPARE_WORDING.economy
  return table.indicators.find((indicator) => indicator.key === view.sort.key)?.label ?? view.sort.key
}

/** The value most items share; a tie goes to the one met first (rows are in sheet order). */
function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string | null, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: string | null = null
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count]
  }
  return best
}

function uniqueSources(citations: readonly Citation[]): CompareSheetSource[] {
  const byId = new Map<string, CompareSheetSource>()
  for (const citation of citations) {
    if (!byId.has(citation.sourceId)) {
      byId.set(citation.sourceId, { sourceId: citation.sourceId, title: citation.sourceTitle, publisher: citation.sourcePublisher, kind: citation.sourceKind })
    }
  }
  return [...byId.values()]
}

/** The sheet's bar chart: the charted indicator for every economy that has it, in the table's order. */
export interface CompareChartModel {
  key: string
  label: string
  unit: QuantityUnit
  bars: { id: string; label: string; amount: number; display: string; highlight: boolean }[]
  missing: string[]
}

export function compareChartModel(table: ComparisonTable, view: ComparisonView): CompareChartModel | null {
  const indicator = table.indicators.find((item) => item.key === view.chart)
  if (!indicator) return null
  const rows = sortRows(table.rows, view.sort)
  return {
    key: indicator.key,
    label: indicator.label,
    unit: indicator.unit,
    bars: rows.flatMap((row) => {
      const value = row.values[indicator.key]
      return value ? [{ id: row.id, label: row.title, amount: value.amount, display: value.display, highlight: row.id === HIGHLIGHTED_ECONOMY }] : []
    }),
    missing: rows.filter((row) => !row.values[indicator.key]).map((row) => row.title),
  }
}
