import { Bookmark, HeadingLevel, PageReference, Paragraph, type Table } from 'docx'
import { factSourcesText } from '../sheet/fact-rows'
import type { EntrySheet, FactLine, ListedSource, SheetBlock } from '../sheet/sheet-model'
import { SHEET_WORDING } from '../sheet/sheet-wording'
import { bodyBlocks } from './body-html'
import { romanNumeral, textRuns } from './docx-runs'
import { contentWidth, STYLE_IDS } from './docx-styles'
import { wordTable } from './docx-tables'

export type DocxBlock = Paragraph | Table

export interface SheetPlacement {
  /** Heading 1 for a sheet alone; Heading 2 inside a pack, under the pack's title. */
  level: 1 | 2
  /** A pack starts each sheet on a new page, and names it for the contents' page references. */
  bookmark: string | null
  /** Inside a pack: the bookmark of the merged source list, whose page the sheet points to. */
  sourcesBookmark?: string | null
  /** False for the first sheet of a Word section, which starts a page of its own already. */
  pageBreak?: boolean
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const

/** One fact sheet as Word paragraphs and tables, in the order and words of the print view. */
export function sheetToDocx(sheet: EntrySheet, placement: SheetPlacement): DocxBlock[] {
  const out: DocxBlock[] = []
  const masthead = `${sheet.appName} · ${sheet.kindLabel} · ${sheet.printedOn}`
  out.push(new Paragraph({ style: STYLE_IDS.masthead, pageBreakBefore: placement.pageBreak ?? placement.bookmark !== null, keepNext: true, children: textRuns(masthead) }))
  const titleRuns = textRuns(sheet.title)
  out.push(
    new Paragraph({
      heading: HEADINGS[placement.level],
      keepNext: true,
      children: placement.bookmark ? [new Bookmark({ id: placement.bookmark, children: titleRuns })] : titleRuns,
    }),
  )
  const names = [sheet.nameEn, sheet.nameZh].filter((name): name is string => Boolean(name)).join(' · ')
  if (names) out.push(new Paragraph({ style: STYLE_IDS.names, keepNext: true, children: textRuns(names) }))
  if (sheet.aliases) out.push(new Paragraph({ style: STYLE_IDS.small, children: textRuns(sheet.aliases) }))
  out.push(new Paragraph({ style: STYLE_IDS.summary, children: textRuns(sheet.summary) }))
  for (const item of sheet.glance) {
    out.push(new Paragraph({ style: STYLE_IDS.small, children: [...textRuns(`${item.label}: `, { bold: true }), ...textRuns(item.value)] }))
  }
  const sectionLevel = placement.level === 1 ? 2 : 3
  let section = 0
  for (const block of sheet.blocks) {
    if (block.kind === 'see-sources') {
      const field = SHEET_WORDING.pack.seeSourcesField
      const children = placement.sourcesBookmark
        ? [...textRuns(field.before, { italics: true }), new PageReference(placement.sourcesBookmark), ...textRuns(field.after, { italics: true })]
        : textRuns(SHEET_WORDING.pack.seeSources(null), { italics: true })
      out.push(new Paragraph({ style: STYLE_IDS.small, children }))
      continue
    }
    section += 1
    out.push(new Paragraph({ heading: HEADINGS[sectionLevel], keepNext: true, children: textRuns(`${romanNumeral(section)}. ${block.title}`) }))
    out.push(...blockToDocx(block))
  }
  return out
}

function blockToDocx(block: Exclude<SheetBlock, { kind: 'see-sources' }>): DocxBlock[] {
  const width = contentWidth(false)
  switch (block.kind) {
    case 'names':
      return block.names.map((name) => new Paragraph({ children: [...textRuns(`${name.label}: `, { bold: true }), ...textRuns(name.name)] }))
    case 'facts': {
      const line = (fact: (typeof block.rows)[number] & { kind: 'fact' }) => factCells(fact.fact)
      return [
        wordTable({
          widths: [Math.round(width * 0.32), Math.round(width * 0.44), width - Math.round(width * 0.32) - Math.round(width * 0.44)],
          header: [block.columns.label, block.columns.value, block.columns.source].map((text) => textRuns(text, { bold: true })),
          rows: block.rows.flatMap((row) =>
            row.kind === 'fact' ? [line(row)] : [{ span: textRuns(row.note, { italics: true }) }, ...row.facts.map(factCells)],
          ),
          ruled: true,
        }),
      ]
    }
    case 'indicators':
      return indicatorsToDocx(block, width)
    case 'timeline':
      return [
        wordTable({
          widths: [Math.round(width * 0.2), Math.round(width * 0.55), width - Math.round(width * 0.2) - Math.round(width * 0.55)],
          header: null,
          rows: block.items.map((item) => [textRuns(item.date, { bold: true }), textRuns(item.label), textRuns(item.source.text)]),
          ruled: false,
        }),
      ]
    case 'relations':
      return block.groups.map(
        (group) => new Paragraph({ style: STYLE_IDS.small, children: [...textRuns(`${group.label}: `, { bold: true }), ...textRuns(group.titles.join('; '))] }),
      )
    case 'body':
      return [
        ...bodyBlocks(block.html).map(
          (part) =>
            new Paragraph({
              ...(part.kind === 'heading' ? { heading: HeadingLevel.HEADING_4, keepNext: true } : {}),
              children: part.spans.flatMap((span) => textRuns(span.text, { italics: span.italic, superScript: span.superscript })),
            }),
        ),
        ...block.notes.map((note) => new Paragraph({ style: STYLE_IDS.source, children: textRuns(`${note.mark} ${note.see} ${note.source.text}`) })),
      ]
    case 'backlinks':
    case 'note':
      return [new Paragraph({ children: textRuns(block.text) })]
    case 'sources':
      return sourceList(block.sources)
    case 'quotes':
      return quotesToDocx(block)
  }
}

/**
 * "Chỉ số chính" as in print: the figures in two label–value column pairs (a borderless table, so
 * Word keeps them aligned), then one paragraph per partner list.
 */
function indicatorsToDocx(block: Extract<SheetBlock, { kind: 'indicators' }>, width: number): DocxBlock[] {
  // The right-hand labels are the longer ones ("GDP (tỷ giá chính thức)"): they get more room.
  const widths = [0.18, 0.31, 0.22].map((share) => Math.round(width * share))
  const cells = (item: (typeof block.items)[number] | undefined) =>
    item
      ? [textRuns(item.label, { color: '595959', size: 18 }), [...textRuns(item.value, { bold: true, size: 18 }), ...(item.note ? textRuns(` (${item.note})`, { color: '595959', size: 15 }) : [])]]
      : [[], []]
  // Two figures a row, left then right, as the print grid fills.
  const rows = block.items.flatMap((item, index) => (index % 2 === 0 ? [[...cells(item), ...cells(block.items[index + 1])]] : []))
  return [
    wordTable({ widths: [...widths, width - widths.reduce((sum, part) => sum + part, 0)], header: null, rows, ruled: false, tight: true }),
    ...block.partners.map(
      (line) => new Paragraph({ style: STYLE_IDS.small, keepLines: true, children: [...textRuns(`${line.label}: `, { bold: true }), ...textRuns(line.text)] }),
    ),
  ]
}

function factCells(fact: FactLine) {
  return [
    textRuns(fact.label, { bold: true }),
    [...textRuns(fact.value), ...(fact.asOf ? textRuns(` ${fact.asOf}`, { italics: true }) : [])],
    textRuns(factSourcesText(fact)),
  ]
}

/** The numbered list the "[n]" marks point to, one hanging paragraph per source, like endnotes. */
export function sourceList(sources: readonly ListedSource[]): Paragraph[] {
  return sources.map(
    (source) =>
      new Paragraph({
        style: STYLE_IDS.source,
        keepLines: true,
        children: [...textRuns(`${source.mark} `, { bold: true }), ...textRuns(source.title, { italics: true }), ...textRuns(`. ${source.details}`)],
      }),
  )
}

export function quotesToDocx(block: Extract<SheetBlock, { kind: 'quotes' }>): Paragraph[] {
  const out = [new Paragraph({ style: STYLE_IDS.small, children: textRuns(block.notice, { italics: true }) })]
  for (const source of block.sources) {
    out.push(new Paragraph({ keepNext: true, children: textRuns(source.heading, { bold: true }) }))
    if (source.none !== null) out.push(new Paragraph({ style: STYLE_IDS.quote, children: textRuns(source.none, { italics: true }) }))
    for (const quote of source.quotes) {
      out.push(new Paragraph({ style: STYLE_IDS.quote, children: [...textRuns(`${quote.label}. `, { bold: true }), ...textRuns(quote.text)] }))
    }
  }
  return out
}

