import { beforeAll, describe, expect, it } from 'vitest'
import type { EncyclopediaApi, EntryDocument } from '../../../data/core/api-contract'
import { ownFacts } from '../../../data/core/economy/profile'
import { entrySheetDocx } from '../../../data/core/export/docx-document'
import { briefingClipboard, factBoxClipboard, sheetClipboard } from '../../../data/core/export/sheet-clipboard'
import { openCatalogApi } from '../../../data/core/open-catalog'
import { loadSheet } from '../../../data/core/sheet/load-sheet'
import type { EntrySheet } from '../../../data/core/sheet/sheet-model'
import { loadSqlJs } from '../../../data/pipeline/sql-js-node'
import { htmlHeadings, htmlParagraphs, htmlTables } from '../../helpers/clip-html'
import { docxPart, docxParts, styledParagraphs, tables } from '../../helpers/docx'
import { buildShippedPack } from '../../helpers/pack'

let api: EncyclopediaApi
let viet: EntryDocument
let sheet: EntrySheet

beforeAll(async () => {
  const { bytes } = await buildShippedPack()
  const SQL = await loadSqlJs()
  api = openCatalogApi(bytes, (data) => new SQL.Database(data))
  const entry = await api.getEntry({ id: 'viet-nam' })
  if (!entry.ok) throw new Error(entry.error.message)
  viet = entry.value
  const loaded = await loadSheet(api, { kind: 'entry', id: 'viet-nam', preset: 'one-page' }, new Date(2026, 11, 3))
  if (!loaded.ok || loaded.value.kind !== 'entry') throw new Error('no sheet')
  sheet = loaded.value.sheet
})

describe('"Sao chép" on the fact box', () => {
  it('copies the facts as an HTML table, each row with its source number, and the sources those numbers lead to', () => {
    const facts = ownFacts(viet.facts)
    const { html } = factBoxClipboard(viet, facts)
    expect(htmlHeadings(html, 2)).toEqual(['Việt Nam'])
    const [table, ...others] = htmlTables(html)
    expect(others).toEqual([])
    expect(table?.[0]).toEqual(['Dữ kiện', 'Giá trị', 'Nguồn'])
    expect(table).toContainEqual(['Gia nhập APEC', 'tháng 11/1998', '[1]'])
    expect(table).toHaveLength(facts.length + 1)
    const sources = htmlParagraphs(html).filter((text) => /^\[\d+\] /.test(text))
    for (const fact of facts) {
      const row = table?.find((cells) => cells[0] === fact.label)
      const number = Number(/^\[(\d+)\]/.exec(row?.[2] ?? '')?.[1])
      expect(sources[number - 1], fact.label).toContain(fact.citation.sourceTitle)
    }
    // Only the sources the facts cite, numbered from 1 with none skipped.
    expect(sources.map((text) => /^\[(\d+)\]/.exec(text)?.[1])).toEqual(sources.map((_text, index) => String(index + 1)))
  })

  it('copies the same as plain text: a line per row, cells separated by tabs, then the sources', () => {
    const { text } = factBoxClipboard(viet, ownFacts(viet.facts))
    const lines = text.split('\n')
    expect(lines[0]).toBe('Việt Nam')
    expect(lines).toContain('Dữ kiện\tGiá trị\tNguồn')
    expect(lines).toContain('Chủ tịch SOM APEC 2017\tBùi Thanh Sơn (tính đến 07/11/2017)\t[3], đoạn 1')
    expect(lines.some((line) => line.startsWith('[1] History and Membership of APEC.'))).toBe(true)
  })

  it('copies a founder\'s "Thành viên sáng lập", which two sources state, as one row citing both, in HTML and in plain text', async () => {
    const australia = await api.getEntry({ id: 'australia' })
    if (!australia.ok) throw new Error(australia.error.message)
    const { html, text } = factBoxClipboard(australia.value, ownFacts(australia.value.facts))
    expect(htmlTables(html)[0]?.filter((row) => row.includes('Thành viên sáng lập'))).toEqual([['Tư cách', 'Thành viên sáng lập', '[1]; [2], đoạn 5']])
    expect(text.split('\n').filter((line) => line.includes('Thành viên sáng lập'))).toEqual(['Tư cách\tThành viên sáng lập\t[1]; [2], đoạn 5'])
    const sources = htmlParagraphs(html).filter((line) => /^\[\d+\] /.test(line))
    expect(sources[0]).toMatch(/^\[1\] History \(timeline of host economies and milestones\)\. APEC Secretariat/)
    expect(sources[1]).toMatch(/^\[2\] Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương\. Wikipedia tiếng Việt: các đoạn (\d+, )*5\b/)
    // "Sao chép" on the printed sheet says the same.
    const loaded = await loadSheet(api, { kind: 'entry', id: 'australia', preset: 'one-page' }, new Date(2026, 11, 3))
    if (!loaded.ok || loaded.value.kind !== 'entry') throw new Error('no sheet')
    const copied = sheetClipboard(loaded.value.sheet)
    expect(htmlTables(copied.html)[0]?.filter((row) => row.includes('Thành viên sáng lập'))).toEqual([['Tư cách', 'Thành viên sáng lập', '[1]; [2], đoạn 5']])
    expect(copied.text.split('\n').filter((line) => line.includes('Thành viên sáng lập'))).toEqual(['Tư cách\tThành viên sáng lập\t[1]; [2], đoạn 5'])
  })

  it('escapes what it copies and marks Chinese as Chinese', () => {
    const { html } = factBoxClipboard({ ...viet, title: 'A <b>đậm</b> & "B"' }, ownFacts(viet.facts))
    expect(html).toContain('<h2>A &lt;b&gt;đậm&lt;/b&gt; &amp; &quot;B&quot;</h2>')
    expect(sheetClipboard(sheet).html).toContain('<span lang="zh-CN">越南</span>')
  })
})

describe('"Sao chép" on a sheet', () => {
  it('copies the sheet with the sections, facts and economy figures the Word export has (one model)', async () => {
    const { html } = sheetClipboard(sheet)
    const xml = docxPart(docxParts(await entrySheetDocx(sheet, { packVersion: 'test' })), 'word/document.xml')
    expect(htmlHeadings(html, 1)).toEqual(styledParagraphs(xml, 'Heading1'))
    expect(htmlHeadings(html, 2)).toEqual(styledParagraphs(xml, 'Heading2').map((heading) => heading.replace(/^[IVX]+\. /, '')))
    const [facts, figures] = htmlTables(html)
    const wordFacts = tables(xml).find(([header]) => header?.join('|') === 'Dữ kiện|Giá trị|Nguồn')
    expect(facts).toEqual(wordFacts)
    const wordFigures = tables(xml)
      .filter((rows) => rows.every((row) => row.length === 4))
      .flatMap((rows) => rows.flatMap((row) => [row.slice(0, 2), row.slice(2, 4)]))
      .filter(([label]) => label)
    expect(figures).toEqual(wordFigures)
    expect(htmlParagraphs(html).some((text) => text.startsWith('Xuất khẩu sang (2023): Hoa Kỳ'))).toBe(true)
  })
})

describe('"Sao chép" on a briefing pack', () => {
  it('copies the pack title, each sheet under its own heading in order, and one merged source list', async () => {
    const loaded = await loadSheet(api, { kind: 'briefing', entryIds: ['viet-nam', 'apec-2017', 'csom-2017'], title: 'Chuẩn bị APEC 2017', preset: 'one-page' }, new Date(2026, 11, 3))
    if (!loaded.ok || loaded.value.kind !== 'briefing') throw new Error('no pack')
    const { html, text } = briefingClipboard(loaded.value.document)
    expect(htmlHeadings(html, 1)).toEqual(['Chuẩn bị APEC 2017'])
    const titles = await Promise.all(['viet-nam', 'apec-2017', 'csom-2017'].map(async (id) => {
      const entry = await api.getEntry({ id })
      return entry.ok ? entry.value.title : id
    }))
    expect(htmlHeadings(html, 2)).toEqual([...titles, 'Danh mục nguồn'])
    const sources = htmlParagraphs(html).filter((line) => /^\[\d+\] /.test(line))
    const sourceTitles = sources.map((line) => line.replace(/^\[\d+\] /, '').split('. ')[0])
    expect(new Set(sourceTitles).size).toBe(sources.length)
    expect(text.split('\n')[0]).toBe('Chuẩn bị APEC 2017')
  })
})
