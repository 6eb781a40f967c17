import { describe, expect, it } from 'vitest'
import { tableDocumentDocx, type TableDocument } from '../../../data/core/export/docx-table-document'
import { docxPart, docxParts, paragraphTexts, styledParagraphs, tables } from '../../helpers/docx'

/** A made-up two-row table: the writer is ready for the comparison page, which is not built yet. */
const MODEL: TableDocument = {
  title: 'So sánh các nền kinh tế',
  subject: 'Bảng so sánh',
  intro: ['Số liệu mới nhất của mỗi nền kinh tế.'],
  columns: [
    { label: 'Nền kinh tế', width: 3 },
    { label: 'Dân số', width: 2 },
    { label: 'GDP (PPP)', width: 2 },
  ],
  rows: [
    ['Kinh tế A 甲', '1 triệu người [1]', '2 tỷ USD [1]'],
    ['Kinh tế B', '3 triệu người [1]', '4 tỷ USD [1]'],
  ],
  notes: ['Năm khác nhau: B năm 2023.'],
  sourcesTitle: 'Nguồn',
  sources: [{ number: 1, sourceId: 's', mark: '[1]', title: 'Nguồn thử', details: 'Nhà xuất bản (nguồn tham khảo).' }],
}

describe('a wide table as a landscape Word document (for the comparison sheet)', () => {
  it('is A4 landscape, its header row repeated on each page, every cell in its column, the sources listed', async () => {
    const parts = docxParts(await tableDocumentDocx(MODEL, { packVersion: '2026.1' }))
    const xml = docxPart(parts, 'word/document.xml')
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/)
    expect(styledParagraphs(xml, 'Heading1')).toEqual(['So sánh các nền kinh tế'])
    expect(tables(xml)).toEqual([[['Nền kinh tế', 'Dân số', 'GDP (PPP)'], ...MODEL.rows]])
    expect(xml).toContain('<w:tblHeader/>')
    // The first column gets three sevenths of the 261 mm (14 798 twips) between the margins.
    expect(xml).toMatch(/<w:gridCol w:w="6342"\/>/)
    expect(paragraphTexts(xml)).toContain('[1] Nguồn thử. Nhà xuất bản (nguồn tham khảo).')
    expect(docxPart(parts, 'docProps/core.xml')).toContain('<dc:subject>Bảng so sánh</dc:subject>')
  })
})
