import type { EntryDocument, Fact } from '../api-contract'
import { buildEntrySheet } from '../sheet/entry-sheet'
import { COMPARE_WORDING } from '../compare/compare-wording'
import { compareCellText, comparisonSourcesLine } from '../sheet/comparison-sheet'
import { factSourcesText } from '../sheet/fact-rows'
import type { BriefingDocument, BriefingSheet, ComparisonSheet, EntrySheet, FactLine, ListedSource, SheetBlock } from '../sheet/sheet-model'
import { SHEET_WORDING } from '../sheet/sheet-wording'
import { bodyBlocks } from './body-html'
import { clipHtml, clipText, type ClipPart, type ClipRun } from './clip-render'

const W = SHEET_WORDING

/** What "Sao chép" puts on the clipboard: HTML that Word pastes as headings and tables, and the same as plain text. */
export interface ClipboardContent {
  html: string
  text: string
}

/**
 * The entry page's fact box: the entry's title, its facts as a table with a source number per
 * row, and the sources those numbers lead to. Built as a sheet holding only those facts, so the
 * numbers and wording are the print view's.
 */
export function factBoxClipboard(entry: EntryDocument, facts: readonly Fact[]): ClipboardContent {
  const sheet = buildEntrySheet(
    { ...entry, facts: [...facts], bodyCitations: [] },
    { preset: 'one-page', printedOn: '', note: null, documents: null },
  )
  const parts: ClipPart[] = [{ kind: 'heading', level: 2, text: sheet.title }]
  for (const block of sheet.blocks) {
    if (block.kind === 'facts') parts.push(...blockParts(block, 3))
    if (block.kind === 'sources') parts.push({ kind: 'heading', level: 3, text: block.title }, ...sourceParts(block.sources))
  }
  return render(parts)
}

/** A whole sheet as the print view lays it out: title, names, summary, each section, its sources. */
export function sheetClipboard(sheet: EntrySheet): ClipboardContent {
  return render(sheetParts(sheet, 1))
}

/** A comparison: its title and order, the table of figures as printed, its notes and sources. */
export function comparisonClipboard(sheet: ComparisonSheet): ClipboardContent {
  return render(comparisonParts(sheet, 1))
}

/** A briefing pack: its title, each sheet in order, and the merged source list. */
export function briefingClipboard(briefing: BriefingDocument): ClipboardContent {
  const parts: ClipPart[] = [{ kind: 'heading', level: 1, text: briefing.title }]
  for (const detail of briefing.cover.details) parts.push({ kind: 'paragraph', runs: [{ text: `${detail.label}: `, bold: true }, { text: detail.value }] })
  for (const sheet of briefing.sheets) parts.push(...sheetParts(sheet, 2))
  if (briefing.sources) parts.push({ kind: 'heading', level: 2, text: briefing.sources.title }, ...sourceParts(briefing.sources.list))
  return render(parts)
}

function render(parts: readonly ClipPart[]): ClipboardContent {
  return { html: clipHtml(parts), text: clipText(parts) }
}

function comparisonParts(sheet: ComparisonSheet, level: 1 | 2): ClipPart[] {
  const { table } = sheet
  const header = [table.rowHeader, ...table.columns.map((column) => (column.note ? `${column.label} (${column.note})` : column.label))]
  const nameShare = 22
  const parts: ClipPart[] = [
    { kind: 'heading', level, text: table.title },
    { kind: 'paragraph', runs: [{ text: table.subtitle, italic: true }] },
    {
      kind: 'table',
      header,
      rows: table.rows.map((row) => [row.entryId === null ? `${row.title} (${COMPARE_WORDING.outsideApec})` : row.title, ...row.cells.map(compareCellText)]),
      widths: [nameShare, ...table.columns.map(() => Math.floor((100 - nameShare) / Math.max(1, table.columns.length)))],
    },
    { kind: 'paragraph', runs: [{ text: table.notes.join(' '), italic: true }] },
  ]
  if (sheet.inPack) return [...parts, { kind: 'paragraph', runs: [{ text: W.pack.seeSources(null), italic: true }] }]
  const line = comparisonSourcesLine(table)
  return [...parts, { kind: 'paragraph', runs: [{ text: line.label, bold: true }, { text: line.text }] }]
}

function sheetParts(sheet: BriefingSheet, level: 1 | 2): ClipPart[] {
  if (sheet.kind === 'comparison') return comparisonParts(sheet, level)
  const parts: ClipPart[] = [{ kind: 'heading', level, text: sheet.title }]
  const names = [sheet.nameEn, sheet.nameZh].filter((name): name is string => Boolean(name)).join(' · ')
  if (names) parts.push({ kind: 'paragraph', runs: [{ text: names, italic: true }] })
  if (sheet.aliases) parts.push({ kind: 'paragraph', runs: [{ text: sheet.aliases }] })
  parts.push({ kind: 'paragraph', runs: [{ text: sheet.summary }] })
  for (const item of sheet.glance) parts.push({ kind: 'paragraph', runs: [{ text: `${item.label}: `, bold: true }, { text: item.value }] })
  for (const block of sheet.blocks) parts.push(...blockParts(block, level === 1 ? 2 : 3))
  return parts
}

function blockParts(block: SheetBlock, level: 2 | 3): ClipPart[] {
  if (block.kind === 'see-sources') return [{ kind: 'paragraph', runs: [{ text: W.pack.seeSources(null), italic: true }] }]
  const heading: ClipPart = { kind: 'heading', level, text: block.title }
  const lines = (runs: readonly ClipRun[][]): ClipPart[] => runs.map((line) => ({ kind: 'paragraph', runs: line }))
  switch (block.kind) {
    case 'names':
      return [heading, ...lines(block.names.map((name) => [{ text: `${name.label}: `, bold: true }, { text: name.name }]))]
    case 'facts':
      return [
        heading,
        {
          kind: 'table',
          header: [block.columns.label, block.columns.value, block.columns.source],
          rows: block.rows.flatMap((row) => (row.kind === 'fact' ? [factCells(row.fact)] : [{ span: row.note }, ...row.facts.map(factCells)])),
          widths: [32, 46, 22],
        },
      ]
    case 'indicators':
      return [
        heading,
        { kind: 'table', header: null, rows: block.items.map((item) => [item.label, item.note ? `${item.value} (${item.note})` : item.value]), widths: [32, 68] },
        ...lines(block.partners.map((line) => [{ text: `${line.label}: `, bold: true }, { text: line.text }])),
      ]
    case 'timeline':
      return [heading, { kind: 'table', header: null, rows: block.items.map((item) => [item.date, item.label, item.source.text]), widths: [20, 58, 22] }]
    case 'relations':
      return [heading, ...lines(block.groups.map((group) => [{ text: `${group.label}: `, bold: true }, { text: group.titles.join('; ') }]))]
    case 'body':
      return [
        heading,
        ...bodyBlocks(block.html).map((part): ClipPart =>
          part.kind === 'heading'
            ? { kind: 'heading', level: 4, text: part.spans.map((span) => span.text).join('') }
            : { kind: 'paragraph', runs: part.spans.map((span) => ({ text: span.text, italic: span.italic, superscript: span.superscript })) },
        ),
        ...lines(block.notes.map((note) => [{ text: `${note.mark} ${note.see} ${note.source.text}` }])),
      ]
    case 'backlinks':
    case 'note':
      return [heading, { kind: 'paragraph', runs: [{ text: block.text }] }]
    case 'sources':
      return [heading, ...sourceParts(block.sources)]
    case 'quotes':
      return [
        heading,
        { kind: 'paragraph', runs: [{ text: block.notice, italic: true }] },
        ...block.sources.flatMap((source): ClipPart[] => [
          { kind: 'paragraph', runs: [{ text: source.heading, bold: true }] },
          ...(source.none === null ? [] : lines([[{ text: source.none, italic: true }]])),
          ...lines(source.quotes.map((quote) => [{ text: `${quote.label}. `, bold: true }, { text: quote.text }])),
        ]),
      ]
  }
}

function factCells(fact: FactLine): string[] {
  return [fact.label, fact.asOf ? `${fact.value} ${fact.asOf}` : fact.value, factSourcesText(fact)]
}

function sourceParts(sources: readonly ListedSource[]): ClipPart[] {
  return sources.map((source) => ({
    kind: 'paragraph',
    runs: [{ text: `${source.mark} `, bold: true }, { text: source.title, italic: true }, { text: `. ${source.details}` }],
  }))
}
