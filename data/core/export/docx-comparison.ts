import { Bookmark, HeadingLevel, PageReference, Paragraph } from 'docx'
import { compareCellText, comparisonSourcesLine } from '../sheet/comparison-sheet'
import type { ComparisonSheet } from '../sheet/sheet-model'
import { COMPARE_WORDING } from '../compare/compare-wording'
import { SHEET_WORDING } from '../sheet/sheet-wording'
import { textRuns } from './docx-runs'
import type { DocxBlock, SheetPlacement } from './docx-sheet'
import { contentWidth, STYLE_IDS } from './docx-styles'
import { wordTable } from './docx-tables'

/** 9 pt in the table: 21 economies and 8 figures fit one landscape page, as on the printed sheet. */
const TABLE_TEXT = { size: 18 } as const

/**
 * A comparison as Word paragraphs and a table for a landscape section, in the words of the printed
 * sheet: masthead, title, the order of the rows, one row per economy (Viet Nam in bold), the notes,
 * then its sources alone or, inside a pack, the pointer to the pack's list. The bar chart is a
 * drawing on paper; Word gets its figures as a column when the table does not already hold them.
 */
export function comparisonToDocx(sheet: ComparisonSheet, placement: SheetPlacement): DocxBlock[] {
  const { table, chart } = sheet
  const chartColumn = chart !== null && !table.columns.some((column) => column.key === chart.key) ? chart : null
  const bars = new Map(chartColumn?.bars.map((bar) => [bar.id, bar.display]) ?? [])
  const header = [
    table.rowHeader,
    ...table.columns.map((column) => (column.note ? `${column.label} ${COMPARE_WORDING.columnNote(column.note)}` : column.label)),
    ...(chartColumn ? [chartColumn.label] : []),
  ]
  const width = contentWidth(true)
  // The names get about twice a figure's width; the rest share what is left evenly.
  const nameWidth = Math.round(width / (header.length + 1)) * 2
  const figureWidth = Math.floor((width - nameWidth) / (header.length - 1))
  const rows = table.rows.map((row) => {
    const style = row.highlight ? { ...TABLE_TEXT, bold: true } : TABLE_TEXT
    const name = row.entryId === null ? `${row.title} (${COMPARE_WORDING.outsideApec})` : row.title
    return [
      textRuns(name, { ...TABLE_TEXT, bold: true }),
      ...row.cells.map((cell) => textRuns(compareCellText(cell), style)),
      ...(chartColumn ? [textRuns(bars.get(row.id) ?? '—', style)] : []),
    ]
  })
  const title = textRuns(table.title)
  const out: DocxBlock[] = [
    new Paragraph({ style: STYLE_IDS.masthead, keepNext: true, children: textRuns(`${sheet.appName} · ${sheet.kindLabel} · ${sheet.printedOn}`) }),
    new Paragraph({
      heading: placement.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      keepNext: true,
      children: placement.bookmark ? [new Bookmark({ id: placement.bookmark, children: title })] : title,
    }),
    new Paragraph({ style: STYLE_IDS.small, keepNext: true, children: textRuns(table.subtitle, { italics: true }) }),
    wordTable({
      widths: [nameWidth, ...header.slice(1).map(() => figureWidth)],
      header: header.map((text) => textRuns(text, { ...TABLE_TEXT, bold: true })),
      rows,
      ruled: true,
      tight: true,
    }),
    new Paragraph({ style: STYLE_IDS.small, spacing: { before: 80 }, children: textRuns(table.notes.join(' '), { italics: true }) }),
  ]
  if (!sheet.inPack) {
    const line = comparisonSourcesLine(table)
    out.push(new Paragraph({ style: STYLE_IDS.small, children: [...textRuns(line.label, { bold: true }), ...textRuns(line.text)] }))
  } else {
    const field = SHEET_WORDING.pack.seeSourcesField
    out.push(
      new Paragraph({
        style: STYLE_IDS.small,
        children: placement.sourcesBookmark
          ? [...textRuns(field.before, { italics: true }), new PageReference(placement.sourcesBookmark), ...textRuns(field.after, { italics: true })]
          : textRuns(SHEET_WORDING.pack.seeSources(null), { italics: true }),
      }),
    )
  }
  return out
}
