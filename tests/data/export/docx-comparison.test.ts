import { describe, expect, it } from 'vitest'
import type { Citation } from '../../../data/core/api-contract'
import { DEFAULT_VIEW } from '../../../data/core/compare/compare-view'
import type { ComparisonTable, ComparisonValue } from '../../../data/core/economy/comparison-types'
import { comparisonSheetDocx } from '../../../data/core/export/docx-document'
import { comparisonClipboard } from '../../../data/core/export/sheet-clipboard'
import { buildComparisonSheet } from '../../../data/core/sheet/comparison-sheet'
import { docxPart, docxParts, paragraphTexts, styledParagraphs, tables } from '../../helpers/docx'

const factbook: Citation = {
  sourceId: 'cia-world-factbook-2026-01',
  sourceTitle: 'CIA World Factbook, bản cuối tháng 1/2026',
  sourcePublisher: 'CIA',
  sourceKind: 'reference',
  paragraph: null,
}

const growth = (amount: number, year: number): ComparisonValue => ({
  amount,
  unit: 'percent',
  year,
  display: `${String(amount).replace('.', ',')} %`,
  note: `ước tính ${year}`,
  citation: factbook,
})

// Made-up figures: Đài Bắc's from another year than the column's, Lào outside APEC and without one.
const TABLE: ComparisonTable = {
  group: 'asean',
  indicators: [{ key: 'gdp-growth', label: 'Tăng trưởng GDP thực tế', unit: 'percent' }],
  rows: [
    { id: 'viet-nam', title: 'Việt Nam', entryId: 'viet-nam', values: { 'gdp-growth': growth(7.1, 2024) } },
    { id: 'chinese-taipei', title: 'Đài Bắc, Trung Hoa', entryId: 'chinese-taipei', values: { 'gdp-growth': growth(1.28, 2023) } },
    { id: 'thailand', title: 'Thái Lan', entryId: 'thailand', values: { 'gdp-growth': growth(2.5, 2024) } },
    { id: 'laos', title: 'Lào', entryId: null, values: {} },
  ],
  totals: [],
  citation: factbook,
}
const VIEW = { ...DEFAULT_VIEW, group: 'asean' as const, columns: ['gdp-growth'], sort: { key: 'gdp-growth', direction: 'desc' as const }, chart: 'gdp-growth' }

describe('a comparison as a landscape Word document', () => {
  it('is A4 landscape, its header row repeated on each page, each figure with its own year when it differs, the source line', async () => {
    const sheet = buildComparisonSheet(TABLE, VIEW, { itemId: 'comparison-asean-growth-desc-growth-growth', printedOn: 'In ngày 03 tháng 12 năm 2026', inPack: false })
    const parts = docxParts(await comparisonSheetDocx(sheet, { packVersion: '2026.1' }))
    const xml = docxPart(parts, 'word/document.xml')
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/)
    expect(xml).toContain('<w:tblHeader/>')
    expect(styledParagraphs(xml, 'Heading1')).toEqual(['So sánh các nước thành viên ASEAN'])
    // Largest first; the column names its year once, Đài Bắc's other year is said under its figure; Lào has none.
    const rows = (tables(xml)[0] ?? []).map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim()))
    expect(rows).toEqual([
      ['Nền kinh tế', 'Tăng trưởng GDP thực tế (ước tính 2024)'],
      ['Việt Nam', '7,1 %'],
      ['Thái Lan', '2,5 %'],
      ['Đài Bắc, Trung Hoa', '1,28 % (ước tính 2023)'],
      ['Lào (không là thành viên APEC)', '—'],
    ])
    expect(paragraphTexts(xml)).toContain('Nguồn: CIA World Factbook, bản cuối tháng 1/2026. CIA (nguồn tham khảo).')
    expect(docxPart(parts, 'docProps/core.xml')).toContain('<dc:subject>Bảng so sánh</dc:subject>')
  })
})

describe('"Sao chép" of a comparison', () => {
  it('copies the title, the order, the table with each figure\'s own year and the source line, as HTML and as text', () => {
    const sheet = buildComparisonSheet(TABLE, VIEW, { itemId: 'comparison-asean-growth-desc-growth-growth', printedOn: '', inPack: false })
    const { html, text } = comparisonClipboard(sheet)
    expect(html).toContain('<table')
    expect(html).toContain('So sánh các nước thành viên ASEAN')
    const lines = text.split('\n')
    expect(lines).toContain('Đài Bắc, Trung Hoa\t1,28 % (ước tính 2023)')
    // As printed: Lào is said to be outside APEC.
    expect(lines).toContain('Lào (không là thành viên APEC)\t—')
    expect(text).toContain('Xếp theo Tăng trưởng GDP thực tế, giảm dần')
    expect(text).toContain('Nguồn: CIA World Factbook, bản cuối tháng 1/2026. CIA (nguồn tham khảo).')
  })
})
