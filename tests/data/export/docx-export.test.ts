import { beforeAll, describe, expect, it } from 'vitest'
import type { EncyclopediaApi, EntryDocument } from '../../../data/core/api-contract'
import { ownFacts } from '../../../data/core/economy/profile'
import { loadedSheetDocx } from '../../../data/core/export/export-docx'
import { openCatalogApi } from '../../../data/core/open-catalog'
import { loadSheet, type SheetRequest } from '../../../data/core/sheet/load-sheet'
import { loadSqlJs } from '../../../data/pipeline/sql-js-node'
import { docxPart, docxParts, paragraphTexts, styledParagraphs, tableRows, tables } from '../../helpers/docx'
import { buildShippedPack } from '../../helpers/pack'

let api: EncyclopediaApi

beforeAll(async () => {
  const { bytes } = await buildShippedPack()
  const SQL = await loadSqlJs()
  api = openCatalogApi(bytes, (data) => new SQL.Database(data))
})

const NOW = new Date(2026, 11, 3)

async function exported(request: SheetRequest): Promise<Map<string, string>> {
  const loaded = await loadSheet(api, request, NOW)
  if (!loaded.ok) throw new Error(loaded.error.message)
  return docxParts(await loadedSheetDocx(loaded.value))
}

async function entry(id: string): Promise<EntryDocument> {
  const result = await api.getEntry({ id })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** "[2], đoạn 1" → 2 */
function sourceNumber(cell: string): number {
  return Number(/^\[(\d+)\]/.exec(cell)?.[1])
}

describe('an entry sheet as Word', () => {
  it('titles it as Heading 1 with numbered sections as Heading 2, so the navigation pane lists them', async () => {
    const xml = docxPart(await exported({ kind: 'entry', id: 'viet-nam', preset: 'one-page' }), 'word/document.xml')
    expect(styledParagraphs(xml, 'Heading1')).toEqual(['Việt Nam'])
    // An economy's sheet gives its page to the Factbook figures rather than to its dates again.
    const headings = styledParagraphs(xml, 'Heading2')
    expect(headings).toHaveLength(4)
    expect(headings[0]).toBe('I. Dữ kiện chính')
    expect(headings[1]).toMatch(/^II\. Chỉ số chính \(nguồn \[\d+\]\)$/)
    expect(headings.slice(2)).toEqual(['III. Mục từ liên quan', 'IV. Nguồn'])
  })

  it('lists "Chỉ số chính" of an economy: the capital and the latest figures with their years, the top partners, under the Factbook\'s number', async () => {
    const viet = await entry('viet-nam')
    const xml = docxPart(await exported({ kind: 'entry', id: 'viet-nam', preset: 'one-page' }), 'word/document.xml')
    const latest = (key: string) => viet.facts.filter((fact) => fact.key === key).sort((a, b) => (b.quantity?.year ?? 0) - (a.quantity?.year ?? 0))[0]
    const figures = tables(xml).find((rows) => rows.flat().includes('Thủ đô')) ?? []
    const pairs = figures.flatMap((row) => [row.slice(0, 2), row.slice(2, 4)]).filter((pair) => pair[0])
    expect(pairs).toContainEqual(['Thủ đô', latest('capital')?.value])
    for (const [key, label] of [['population', 'Dân số'], ['gdp-ppp', 'GDP (PPP)'], ['gdp-growth', 'Tăng trưởng GDP'], ['exports', 'Xuất khẩu']] as const) {
      const fact = latest(key)
      expect(fact?.note, key).toBeTruthy()
      expect(pairs, key).toContainEqual([label, `${fact?.value} (${fact?.note})`])
    }
    const texts = paragraphTexts(xml)
    const exportsLine = texts.find((text) => text.startsWith('Xuất khẩu sang')) ?? ''
    const partners = viet.facts.filter((fact) => fact.key === 'export-partner').map((fact) => fact.value)
    expect(partners.length).toBeGreaterThan(2)
    // In the Factbook's order, one semicolon between partners: "Hồng Công, Trung Quốc" keeps its comma.
    expect(exportsLine.split(': ')[1]?.split('; ').map((item) => item.replace(/ \d+ ?%$/, ''))).toEqual(partners)
    expect(texts.some((text) => text.startsWith('Nhập khẩu từ'))).toBe(true)
    const number = Number(/nguồn \[(\d+)\]/.exec(styledParagraphs(xml, 'Heading2')[1] ?? '')?.[1])
    const sources = texts.filter((text) => /^\[\d+\] /.test(text))
    expect(sources[number - 1]).toContain(latest('population')?.citation.sourceTitle)
  })

  it('puts every fact in a Word table with its value and its source number, and the numbers lead to the right sources', async () => {
    const viet = await entry('viet-nam')
    const xml = docxPart(await exported({ kind: 'entry', id: 'viet-nam', preset: 'one-page' }), 'word/document.xml')
    expect(xml).toContain('<w:tblHeader/>')
    // The Factbook's figures are in "Chỉ số chính" (tested above); the table holds the entry's own facts.
    const own = ownFacts(viet.facts)
    expect(own.length).toBeGreaterThan(5)
    const rows = tableRows(xml)
    expect(rows[0]).toEqual(['Dữ kiện', 'Giá trị', 'Nguồn'])
    expect(rows).toContainEqual(['Gia nhập APEC', 'tháng 11/1998', '[1]'])
    const sources = paragraphTexts(xml).filter((text) => /^\[\d+\] /.test(text))
    for (const fact of own) {
      const row = rows.find((cells) => cells[0] === fact.label)
      expect(row, fact.label).toBeDefined()
      const number = sourceNumber(row?.[2] ?? '')
      // The source the number points to in the list is the one the fact cites.
      expect(sources[number - 1], fact.label).toContain(fact.citation.sourceTitle)
      if (fact.citation.paragraph !== null) expect(row?.[2]).toContain(`đoạn ${fact.citation.paragraph}`)
    }
  })

  it('gives a founder\'s "Thành viên sáng lập", which two sources state, one row citing both, and lists both sources', async () => {
    const xml = docxPart(await exported({ kind: 'entry', id: 'australia', preset: 'one-page' }), 'word/document.xml')
    const rows = tableRows(xml).filter((cells) => cells.includes('Thành viên sáng lập'))
    expect(rows).toEqual([['Tư cách', 'Thành viên sáng lập', '[1]; [2], đoạn 5']])
    const sources = paragraphTexts(xml).filter((text) => /^\[\d+\] /.test(text))
    expect(sources[0]).toMatch(/^\[1\] History \(timeline of host economies and milestones\)\. APEC Secretariat/)
    expect(sources[1]).toMatch(/^\[2\] Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương\. Wikipedia tiếng Việt: các đoạn (\d+, )*5\b/)
  })

  it('keeps the "tính đến" date of a fact that can change', async () => {
    const rows = tableRows(docxPart(await exported({ kind: 'entry', id: 'apec-2017', preset: 'one-page' }), 'word/document.xml'))
    expect(rows).toContainEqual(['Chủ tịch SOM', 'Thứ trưởng thường trực Bộ Ngoại giao Bùi Thanh Sơn (tính đến 07/11/2017)', '[2], đoạn 1'])
  })

  it('writes Chinese names in runs marked Chinese with an East Asian font, and Vietnamese marks intact', async () => {
    const xml = docxPart(await exported({ kind: 'entry', id: 'viet-nam', preset: 'one-page' }), 'word/document.xml')
    const chineseRun = /<w:r><w:rPr>(?:(?!<\/w:r>).)*<\/w:rPr><w:t[^>]*>越南<\/w:t><\/w:r>/s.exec(xml)?.[0] ?? ''
    expect(chineseRun).toContain('w:eastAsia="SimSun"')
    expect(chineseRun).toContain('w:hint="eastAsia"')
    expect(chineseRun).toContain('<w:lang w:eastAsia="zh-CN"/>')
    expect(paragraphTexts(xml)).toContain('Nền kinh tế thành viên APEC từ tháng 11/1998; chủ nhà năm APEC 2006, 2017.')
  })

  it('is A4 portrait with "Trang X/Y" and the pack version in the footer', async () => {
    const parts = await exported({ kind: 'entry', id: 'viet-nam', preset: 'one-page' })
    expect(docxPart(parts, 'word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/)
    const footer = [...parts.entries()].find(([name]) => name.startsWith('word/footer'))?.[1] ?? ''
    const info = await api.getPackInfo()
    expect(footer).toContain(`Gói dữ liệu ${info.ok ? info.value.version : '?'}`)
    expect(footer).toContain('>Trang </w:t>')
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:t[^>]*>\/<\/w:t>[\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/)
  })

  it('says what it is in File › Properties: title, subject, the app and the pack version', async () => {
    const parts = await exported({ kind: 'entry', id: 'viet-nam', preset: 'one-page' })
    const core = docxPart(parts, 'docProps/core.xml')
    expect(core).toContain('<dc:title>Việt Nam</dc:title>')
    expect(core).toContain('<dc:subject>Hồ sơ nền kinh tế</dc:subject>')
    expect(core).toContain('<dc:creator>Bách khoa APEC</dc:creator>')
    const info = await api.getPackInfo()
    expect(docxPart(parts, 'docProps/custom.xml')).toContain(`name="Phiên bản gói dữ liệu"><vt:lpwstr>${info.ok ? info.value.version : '?'}</vt:lpwstr>`)
  })

  it('adds the entry text in "Đầy đủ" and the cited paragraphs, quoted, in "Kèm nguồn"', async () => {
    const full = paragraphTexts(docxPart(await exported({ kind: 'entry', id: 'apec-2017', preset: 'full' }), 'word/document.xml'))
    expect(full).toContain('III. Nội dung')
    expect(full.some((text) => text.startsWith('Năm 2017, Việt Nam đăng cai APEC lần thứ hai, sau năm 2006[1].'))).toBe(true)
    const quoted = paragraphTexts(docxPart(await exported({ kind: 'entry', id: 'apec-2017', preset: 'with-sources' }), 'word/document.xml'))
    const source = await api.getSource({ id: 'chinhphu-csom-2017' })
    const paragraph = source.ok ? source.value.blocks.find((block) => block.number === 1) : undefined
    expect(paragraph).toBeDefined()
    expect(quoted).toContain(`Đoạn 1. ${paragraph?.text.normalize('NFC')}`)
    expect(full.some((text) => text.startsWith('Đoạn 1. '))).toBe(false)
  })
})

describe('a briefing pack as Word', () => {
  const request: SheetRequest = { kind: 'briefing', entryIds: ['viet-nam', 'apec-2017', 'no-such-entry', 'csom-2017'], title: 'Chuẩn bị APEC 2017', preset: 'one-page' }

  it('has the pack title as Heading 1, the contents, each sheet and the merged sources as Heading 2', async () => {
    const xml = docxPart(await exported(request), 'word/document.xml')
    expect(styledParagraphs(xml, 'Heading1')).toEqual(['Chuẩn bị APEC 2017'])
    expect(styledParagraphs(xml, 'Heading2')).toEqual(['Mục lục', 'Việt Nam', 'Năm APEC 2017', 'Hội nghị tổng kết quan chức cao cấp APEC 2017', 'Danh mục nguồn'])
  })

  it('lists every sheet in the contents with a page reference to its bookmark, and keeps a missing entry with a warning', async () => {
    const xml = docxPart(await exported(request), 'word/document.xml')
    const contents = paragraphTexts(xml).filter((text) => /^\d+\. /.test(text))
    expect(contents[0]).toMatch(/^1\. Việt Nam · Hồ sơ nền kinh tế\t/)
    expect(contents[2]).toBe('3. ! no-such-entry — Mục từ này không còn trong gói dữ liệu hiện tại; không có hồ sơ để in.')
    for (const bookmark of ['sheet_1', 'sheet_2', 'sheet_3']) {
      expect(xml).toContain(`w:name="${bookmark}"`)
      expect(xml).toContain(`PAGEREF ${bookmark}`)
    }
  })

  it('starts each sheet on a new page and numbers every source once across the pack', async () => {
    const xml = docxPart(await exported(request), 'word/document.xml')
    // Cover, then contents, three sheets and the source list each open a page.
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(5)
    const list = paragraphTexts(xml).filter((text) => /^\[\d+\] /.test(text))
    const titles = list.map((text) => text.replace(/^\[\d+\] /, '').split('. ')[0])
    expect(new Set(titles).size).toBe(titles.length)
    const sheets = await Promise.all(['viet-nam', 'apec-2017', 'csom-2017'].map(entry))
    for (const fact of sheets.flatMap((sheet) => sheet.facts)) {
      expect(list.some((text) => text.includes(fact.citation.sourceTitle)), fact.citation.sourceTitle).toBe(true)
    }
  })
})
