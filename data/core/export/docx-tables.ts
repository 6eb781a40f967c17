import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType, type TextRun } from 'docx'
import { STYLE_IDS } from './docx-styles'

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' } as const
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const
const HEAD_FILL = 'E7ECF3'

/** A cell's content: the runs of its one paragraph. */
export type CellContent = TextRun[]

export interface TableSpec {
  /** Column widths in twips; they add up to the table's width. */
  widths: readonly number[]
  header: CellContent[] | null
  rows: readonly (CellContent[] | { span: CellContent })[]
  /** Ruled like the printed facts table, or plain (a timeline). */
  ruled: boolean
  /** Less space above and below each cell's text, for a dense block of figures. */
  tight?: boolean
  /** Columns of figures set flush right, as the printed comparison sets them. */
  alignRight?: readonly boolean[]
  /** The cells' paragraph style; the sheet's table text unless the table is denser. */
  textStyle?: string
}

/**
 * A Word table with fixed column widths, a header row Word repeats on each page, and rows that
 * never split across pages, as the print stylesheet keeps them. A `span` row is one cell across
 * all columns (the note over claims the sources disagree on).
 */
export function wordTable(spec: TableSpec): Table {
  const borders = spec.ruled
    ? { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE }
    : { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE }
  const total = spec.widths.reduce((sum, width) => sum + width, 0)
  const cell = (content: CellContent, width: number, options: { fill?: string; span?: number; right?: boolean } = {}) =>
    new TableCell({
      children: [new Paragraph({ style: spec.textStyle ?? STYLE_IDS.table, children: content, ...(options.right ? { alignment: AlignmentType.RIGHT } : {}) })],
      width: { size: width, type: WidthType.DXA },
      margins: { top: spec.tight ? 10 : 40, bottom: spec.tight ? 10 : 40, left: 80, right: 80 },
      ...(options.span ? { columnSpan: options.span } : {}),
      ...(options.fill ? { shading: { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } } : {}),
    })
  const rows: TableRow[] = []
  if (spec.header) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: spec.header.map((content, index) => cell(content, spec.widths[index] ?? 0, { fill: HEAD_FILL, right: spec.alignRight?.[index] })),
      }),
    )
  }
  for (const row of spec.rows) {
    const cells = Array.isArray(row)
      ? row.map((content, index) => cell(content, spec.widths[index] ?? 0, { right: spec.alignRight?.[index] }))
      : [cell(row.span, total, { span: spec.widths.length, fill: 'F3F3F3' })]
    rows.push(new TableRow({ cantSplit: true, children: cells }))
  }
  return new Table({
    rows,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...spec.widths],
    layout: TableLayoutType.FIXED,
    borders,
  })
}
