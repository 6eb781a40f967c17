import { Paragraph } from 'docx'
import type { ListedSource } from '../sheet/sheet-model'
import { textRuns } from './docx-runs'
import { packDocument, type DocxMeta } from './docx-document'
import { sourceList } from './docx-sheet'
import { contentWidth, STYLE_IDS } from './docx-styles'
import { wordTable } from './docx-tables'

/**
 * A table too wide for a portrait page, as the whole document: the comparison of economies
 * (issue 14's "comparison sheet") will be one, built from the compare page's model into this
 * shape. Every string is final text, as in the sheet model.
 */
export interface TableDocument {
  title: string
  /** File › Properties › Subject: "Bảng so sánh". */
  subject: string
  /** Paragraphs under the title: what is compared, as of when. */
  intro: readonly string[]
  /** Relative widths: [3, 2, 2] gives the first column three sevenths of the page. */
  columns: readonly { label: string; width: number }[]
  /** One row per line of the table, a cell per column ("[2]" marks may end a cell). */
  rows: readonly (readonly string[])[]
  /** Under the table: the years that differ, what was left out of a total. */
  notes: readonly string[]
  sourcesTitle: string
  sources: readonly ListedSource[]
}

/** A landscape A4 .docx: title, intro, the table with its header repeated on each page, notes, sources. */
export function tableDocumentDocx(model: TableDocument, meta: DocxMeta): Promise<Uint8Array> {
  const width = contentWidth(true)
  const total = model.columns.reduce((sum, column) => sum + column.width, 0)
  const widths = model.columns.map((column) => Math.floor((width * column.width) / total))
  const children = [
    new Paragraph({ heading: 'Heading1', children: textRuns(model.title) }),
    ...model.intro.map((line) => new Paragraph({ style: STYLE_IDS.small, children: textRuns(line) })),
    wordTable({
      widths,
      header: model.columns.map((column) => textRuns(column.label, { bold: true })),
      rows: model.rows.map((row) => row.map((cell, index) => textRuns(cell, index === 0 ? { bold: true } : {}))),
      ruled: true,
    }),
    ...model.notes.map((line) => new Paragraph({ style: STYLE_IDS.small, children: textRuns(line, { italics: true }) })),
  ]
  if (model.sources.length > 0) {
    children.push(new Paragraph({ heading: 'Heading2', keepNext: true, children: textRuns(model.sourcesTitle) }), ...sourceList(model.sources))
  }
  return packDocument({ title: model.title, subject: model.subject, meta }, [{ children, landscape: true }])
}
