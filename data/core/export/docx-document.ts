import { Bookmark, Document, Footer, LeaderType, Packer, PageNumber, PageOrientation, PageReference, Paragraph, TabStopType, TextRun, type ISectionOptions } from 'docx'
import { sheetItemId, type BriefingDocument, type ComparisonSheet, type EntrySheet } from '../sheet/sheet-model'
import { SHEET_WORDING } from '../sheet/sheet-wording'
import { comparisonToDocx } from './docx-comparison'
import { textRuns } from './docx-runs'
import { type DocxBlock, quotesToDocx, sheetToDocx, sourceList } from './docx-sheet'
import { contentWidth, DOCX_STYLES, PAGE, STYLE_IDS } from './docx-styles'

const W = SHEET_WORDING
/** The merged source list's bookmark: the contents and each sheet's pointer give its page. */
const SOURCES_BOOKMARK = 'sources'

/** What every exported document says about itself in File › Properties. */
export interface DocxMeta {
  packVersion: string
}

/** One entry's fact sheet as a .docx file. */
export function entrySheetDocx(sheet: EntrySheet, meta: DocxMeta): Promise<Uint8Array> {
  return packDocument(
    { title: sheet.title, subject: sheet.kindLabel, meta },
    [{ children: sheetToDocx(sheet, { level: 1, bookmark: null }), landscape: false }],
  )
}

/** A comparison of economies alone as a .docx: one landscape A4 page, as it prints. */
export function comparisonSheetDocx(sheet: ComparisonSheet, meta: DocxMeta): Promise<Uint8Array> {
  return packDocument(
    { title: sheet.table.title, subject: sheet.kindLabel, meta },
    [{ children: comparisonToDocx(sheet, { level: 1, bookmark: null }), landscape: true }],
  )
}

/**
 * A briefing pack as one .docx: cover, contents with page references, the sheets, the merged
 * sources. A comparison is a landscape section of its own between portrait ones; a new section
 * starts a new page, so the sheet after it needs no page break of its own.
 */
export function briefingDocx(briefing: BriefingDocument, meta: DocxMeta): Promise<Uint8Array> {
  const bookmarks = new Map(briefing.sheets.map((sheet, index) => [sheetItemId(sheet), `sheet_${index + 1}`]))
  const sourcesBookmark = briefing.sources ? SOURCES_BOOKMARK : null
  const sections: DocxSection[] = [{ children: [...coverToDocx(briefing), ...contentsToDocx(briefing, bookmarks)], landscape: false }]
  const portrait = (): DocxSection => {
    const last = sections[sections.length - 1]
    if (last && !last.landscape) return last
    const next: DocxSection = { children: [], landscape: false }
    sections.push(next)
    return next
  }
  for (const sheet of briefing.sheets) {
    const bookmark = bookmarks.get(sheetItemId(sheet)) ?? null
    if (sheet.kind === 'comparison') {
      sections.push({ children: comparisonToDocx(sheet, { level: 2, bookmark, sourcesBookmark }), landscape: true })
      continue
    }
    const section = portrait()
    section.children.push(...sheetToDocx(sheet, { level: 2, bookmark, sourcesBookmark, pageBreak: section.children.length > 0 }))
  }
  if (briefing.sources) {
    const section = portrait()
    const title = [new Bookmark({ id: SOURCES_BOOKMARK, children: textRuns(briefing.sources.title) })]
    section.children.push(new Paragraph({ heading: 'Heading2', pageBreakBefore: section.children.length > 0, keepNext: true, children: title }))
    section.children.push(new Paragraph({ style: STYLE_IDS.small, children: textRuns(briefing.sources.intro, { italics: true }) }))
    section.children.push(...sourceList(briefing.sources.list))
    if (briefing.sources.quotes) section.children.push(...quotesToDocx(briefing.sources.quotes))
  }
  return packDocument({ title: briefing.title, subject: W.pack.label, meta }, sections)
}

function coverToDocx(briefing: BriefingDocument): DocxBlock[] {
  const { cover } = briefing
  const out: DocxBlock[] = [
    new Paragraph({ style: STYLE_IDS.masthead, children: textRuns(`${cover.appName} · ${cover.label}`) }),
    new Paragraph({ heading: 'Heading1', spacing: { before: 2400, after: 240 }, children: textRuns(cover.title) }),
    ...cover.details.map((detail) => new Paragraph({ children: [...textRuns(`${detail.label}: `, { bold: true }), ...textRuns(detail.value)] })),
  ]
  if (cover.note.length > 0) {
    out.push(new Paragraph({ spacing: { before: 240 }, keepNext: true, children: textRuns(cover.noteLabel, { bold: true }) }))
    out.push(...cover.note.map((line) => new Paragraph({ children: textRuns(line) })))
  }
  out.push(new Paragraph({ style: STYLE_IDS.small, spacing: { before: 480 }, children: textRuns(`${cover.footer} · ${cover.printedOn}`) }))
  return out
}

/** The contents: each sheet's title and, at a right tab with dot leaders, the page its bookmark is on. */
function contentsToDocx(briefing: BriefingDocument, bookmarks: ReadonlyMap<string, string>): DocxBlock[] {
  const tab = [{ type: TabStopType.RIGHT, position: contentWidth(false), leader: LeaderType.DOT }]
  const out: DocxBlock[] = [new Paragraph({ heading: 'Heading2', pageBreakBefore: true, children: textRuns(briefing.contents.title) })]
  for (const line of briefing.contents.lines) {
    const bookmark = bookmarks.get(line.entryId)
    out.push(
      line.kind === 'sheet' && bookmark
        ? new Paragraph({
            tabStops: tab,
            children: [...textRuns(`${line.number}. ${line.title}`), ...textRuns(` · ${line.kindLabel}`, { color: '595959' }), new TextRun({ children: ['\t'] }), new PageReference(bookmark)],
          })
        : new Paragraph({ children: [...textRuns(`${line.number}. ! ${line.title}`), ...textRuns(` — ${line.kind === 'missing' ? line.warning : ''}`, { italics: true })] }),
    )
  }
  if (briefing.contents.sourcesLine) {
    out.push(new Paragraph({ tabStops: tab, children: [...textRuns(briefing.contents.sourcesLine), new TextRun({ children: ['\t'] }), new PageReference(SOURCES_BOOKMARK)] }))
  }
  return out
}

/** One stretch of the document with its own page orientation: A4 portrait, or landscape for a wide table. */
export interface DocxSection {
  children: DocxBlock[]
  landscape: boolean
}

/** The .docx of some sections: properties, styles, the footer with the pack version and "Trang X/Y". */
export function packDocument(info: { title: string; subject: string; meta: DocxMeta }, sections: readonly DocxSection[]): Promise<Uint8Array> {
  const footerText = `${W.footer(W.appName, info.meta.packVersion)} · `
  const document = new Document({
    title: info.title,
    subject: info.subject,
    creator: W.appName,
    lastModifiedBy: W.appName,
    description: W.footer(W.appName, info.meta.packVersion),
    keywords: 'APEC',
    customProperties: [
      { name: 'Ứng dụng', value: W.appName },
      { name: 'Phiên bản gói dữ liệu', value: info.meta.packVersion },
    ],
    styles: DOCX_STYLES,
    sections: sections.map(
      (section): ISectionOptions => ({
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: section.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: section.landscape ? PAGE.landscapeMargin : PAGE.margin,
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: STYLE_IDS.footer,
                children: [
                  ...textRuns(footerText),
                  new TextRun({ children: [W.pageOf.before, PageNumber.CURRENT, W.pageOf.between, PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: section.children,
      }),
    ),
  })
  return Packer.pack(document, 'uint8array')
}
