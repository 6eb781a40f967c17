import { Bookmark, HeadingLevel, PageReference, Paragraph, TextRun } from 'docx'
import { compareCellText, comparisonSourcesLine } from '../sheet/comparison-sheet'
import type { ComparisonSheet } from '../sheet/sheet-model'
import { COMPARE_WORDING } from '../compare/compare-wording'
import { SHEET_WORDING } from '../sheet/sheet-wording'
import { textRuns } from './docx-runs'
import type { DocxBlock, SheetPlacement } from './docx-sheet'
import { contentWidth, STYLE_IDS } from './docx-styles'
import { wordTable } from './docx-tables'

/** The printed sheet's sizes (compare.css): figures in 7.5 pt, their own year under them in 6 pt. */
const FIGURE = { size: 15 } as const
const NOTE = { size: 12, color: '595959' } as const

/** A figure, and its qualifier on a line of its own in small type, as the printed cell shows them. */
function figureRuns(text: string, note: string | null, bold: boolean): TextRun[] {
  const runs = textRuns(text, { ...FIGURE, bold })
  return note ? [...runs, new TextRun({ ...NOTE, text: COMPARE_WORDING.cellNote(note), break: 1 })] : runs
}

/** Column widths in proportion to their longest figure or label word, so the longest figures stay on one line. */
function columnWidths(lengths: readonly number[], width: number): number[] {
  const total = lengths.reduce((sum, length) => sum + length, 0)
  return lengths.map((length) => Math.floor((width * length) / total))
}

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
  const names = table.rows.map((row) => (row.entryId === null ? `${row.title} (${COMPARE_WORDING.outsideApec})` : row.title))
  const longestWord = (text: string) => Math.max(...text.split(/\s+/).map((word) => word.length))
  const lengths = [
    Math.max(...names.map((name) => name.length)),
    ...table.columns.map((column, index) =>
      // A heading may take three lines, a figure one.
      Math.max(longestWord(column.label), Math.ceil(column.label.length / 3), ...table.rows.map((row) => (row.cells[index]?.display ?? '').length)),
    ),
    ...(chartColumn ? [Math.max(longestWord(chartColumn.label), ...chartColumn.bars.map((bar) => bar.display.length))] : []),
  ]
  const header = [
    textRuns(table.rowHeader, { ...FIGURE, bold: true }),
    ...table.columns.map((column) => figureRuns(column.label, column.note, true)),
    ...(chartColumn ? [textRuns(chartColumn.label, { ...FIGURE, bold: true })] : []),
  ]
  const rows = table.rows.map((row, index) => [
    textRuns(names[index] ?? row.title, { ...FIGURE, bold: true }),
    ...row.cells.map((cell) => figureRuns(compareCellText({ ...cell, note: null }), cell.display === null ? null : cell.note, row.highlight)),
    ...(chartColumn ? [figureRuns(bars.get(row.id) ?? '—', null, row.highlight)] : []),
  ])
  const title = textRuns(table.title)
  const out: DocxBlock[] = [
    new Paragraph({ style: STYLE_IDS.masthead, keepNext: true, children: textRuns(`${sheet.appName} · ${sheet.kindLabel} · ${sheet.printedOn}`) }),
    new Paragraph({
      heading: placement.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      keepNext: true,
      children: placement.bookmark ? [new Bookmark({ id: placement.bookmark, children: title })] : title,
    }),
    new Paragraph({ style: STYLE_IDS.small, keepNext: true, children: textRuns(table.subtitle, { italics: true }) }),
    wordTable({ widths: columnWidths(lengths, contentWidth(true)), header, rows, ruled: true, tight: true, alignRight: lengths.map((_, index) => index > 0), textStyle: STYLE_IDS.figures }),
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
