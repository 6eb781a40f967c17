import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx'
import { DOCX_FONTS } from './docx-runs'

const MM = 1440 / 25.4

/** Twips (1/1440 inch) from millimetres, as Word measures pages. */
export function twips(mm: number): number {
  return Math.round(mm * MM)
}

/** A4 with the print stylesheet's margins: 18 mm, 20 mm at the foot for the page footer. */
export const PAGE = {
  width: twips(210),
  height: twips(297),
  margin: { top: twips(18), right: twips(18), bottom: twips(20), left: twips(18), footer: twips(8) },
  /** A landscape page (a comparison) has compare.css's narrower margins, so its 21 rows fit one page. */
  landscapeMargin: { top: twips(12), right: twips(14), bottom: twips(16), left: twips(14), footer: twips(6) },
} as const

/** The width text runs in, for tables: portrait or landscape. */
export function contentWidth(landscape: boolean): number {
  const margin = landscape ? PAGE.landscapeMargin : PAGE.margin
  return (landscape ? PAGE.height : PAGE.width) - margin.left - margin.right
}

/** Half-points, as Word sizes text. */
const pt = (points: number) => points * 2

export const STYLE_IDS = {
  masthead: 'SheetMasthead',
  names: 'SheetNames',
  summary: 'SheetSummary',
  small: 'SheetSmall',
  table: 'SheetTableText',
  figures: 'SheetFigureText',
  source: 'SheetSource',
  quote: 'SheetQuote',
  footer: 'SheetFooter',
} as const

/**
 * Word's own Heading 1–3 (so the navigation pane and a table of contents find the titles) and a
 * few paragraph styles of our own, all in Times New Roman with SimSun for Chinese, which Word on
 * an office machine has. Names are Vietnamese: a user restyling the document sees them.
 */
export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, cs: DOCX_FONTS.latin, eastAsia: DOCX_FONTS.eastAsia }, size: pt(11), language: { value: 'vi-VN', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { after: 80, line: 264 } },
    },
    title: { run: { size: pt(20), bold: true, color: '1F3864' } },
    heading1: { run: { size: pt(18), bold: true, color: '1F3864' }, paragraph: { spacing: { before: 120, after: 80 }, keepNext: true } },
    heading2: { run: { size: pt(13), bold: true, color: '1F3864' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
    heading3: { run: { size: pt(11.5), bold: true, color: '1F3864' }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
  },
  paragraphStyles: [
    { id: STYLE_IDS.masthead, name: 'Đầu hồ sơ', basedOn: 'Normal', run: { size: pt(9), color: '595959', allCaps: true }, paragraph: { spacing: { after: 120 } } },
    { id: STYLE_IDS.names, name: 'Tên gọi khác', basedOn: 'Normal', run: { size: pt(11), italics: true, color: '404040' } },
    { id: STYLE_IDS.summary, name: 'Tóm tắt', basedOn: 'Normal', run: { size: pt(11) }, paragraph: { spacing: { before: 80, after: 120 } } },
    { id: STYLE_IDS.small, name: 'Chữ nhỏ', basedOn: 'Normal', run: { size: pt(9.5) } },
    { id: STYLE_IDS.table, name: 'Chữ trong bảng', basedOn: 'Normal', run: { size: pt(10) }, paragraph: { spacing: { after: 0, line: 240 } } },
    // The comparison's dense table, 7.5 pt as printed, on lines of exactly 9 pt: 21 economies fit one landscape page.
    { id: STYLE_IDS.figures, name: 'Chữ trong bảng so sánh', basedOn: 'Normal', run: { size: pt(7.5) }, paragraph: { spacing: { after: 0, line: 180, lineRule: LineRuleType.EXACT } } },
    { id: STYLE_IDS.source, name: 'Nguồn', basedOn: 'Normal', run: { size: pt(9.5) }, paragraph: { spacing: { after: 40 }, indent: { left: twips(8), hanging: twips(8) } } },
    { id: STYLE_IDS.quote, name: 'Trích đoạn', basedOn: 'Normal', run: { size: pt(10) }, paragraph: { indent: { left: twips(6) } } },
    { id: STYLE_IDS.footer, name: 'Chân trang hồ sơ', basedOn: 'Normal', run: { size: pt(8.5), color: '595959' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
  ],
}
