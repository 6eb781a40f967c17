import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot } from '../helpers/browser'
import { docxPart, docxParts, paragraphTexts, styledParagraphs, tables } from '../helpers/docx'
import { openWebSession, type WebSession } from '../helpers/web-session'

let session: WebSession

beforeAll(async () => {
  session = await openWebSession()
})

afterAll(async () => {
  await session?.close()
})

async function openPreview(address: string): Promise<Page> {
  const page = await session.guarded.newPage()
  await page.goto(`${session.server.origin}/#/print/${address}`)
  await page.locator('.print-preview[data-layout="ready"]').waitFor()
  return page
}

/** Presses "Xuất Word..." as a user would and returns the downloaded file's name and its parts. */
async function exportWord(page: Page): Promise<{ name: string; xml: string; parts: Map<string, string> }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Word...' }).click()])
  const path = await download.path()
  const parts = docxParts(await readFile(path))
  return { name: download.suggestedFilename(), xml: docxPart(parts, 'word/document.xml'), parts }
}

/** The print view's fact rows as a reader sees them: label, value with its "tính đến", source. */
function printedFactRows(page: Page): Promise<string[][]> {
  return page
    .locator('.sheet-facts tr[data-fact-key]')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())))
}

/** "Chỉ số chính" on paper: each figure's label and value (with its year), then each partner line. */
function printedIndicators(page: Page): Promise<{ figures: string[][]; partners: string[] }> {
  return page.evaluate(() => {
    const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()
    return {
      figures: [...document.querySelectorAll('.sheet-indicators__item')].map((item) => [text(item.querySelector('dt')), text(item.querySelector('dd'))]),
      partners: [...document.querySelectorAll('.sheet-partners')].map((line) => text(line)),
    }
  })
}

function printedSources(page: Page): Promise<string[]> {
  // The number and the reference are two boxes on paper, side by side.
  return page
    .locator('.sheet-sources__item')
    .evaluateAll((items) => items.map((item) => [...item.children].map((part) => part.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim()))
}

/** The .docx's fact rows: the rows of each table headed "Dữ kiện | Giá trị | Nguồn", less a conflict's note row. */
function wordFactRows(xml: string): string[][] {
  return tables(xml)
    .filter(([header]) => header?.join('|') === 'Dữ kiện|Giá trị|Nguồn')
    .flatMap((rows) => rows.slice(1).filter((row) => row.length === 3))
}

/** The .docx's "Chỉ số chính": the borderless table of label–value pairs, two a row, and the partner paragraphs. */
function wordIndicators(xml: string): { figures: string[][]; partners: string[] } {
  const figures = tables(xml)
    .filter((rows) => rows.every((row) => row.length === 4))
    .flatMap((rows) => rows.flatMap((row) => [row.slice(0, 2), row.slice(2, 4)]))
    .filter(([label]) => label)
  const partners = paragraphTexts(xml).filter((text) => /^(Xuất khẩu sang|Nhập khẩu từ)/.test(text))
  return { figures, partners }
}

function wordSources(xml: string): string[] {
  return paragraphTexts(xml).filter((text) => /^\[\d+\] /.test(text))
}

/** The printed comparison's rows as a reader sees them: the economy, then each figure with its own year; no bar, no screen-reader-only words. */
function printedComparisonRows(page: Page): Promise<string[][]> {
  return page.locator('.compare-sheet__table').first().evaluate((table) => {
    const text = (cell: Element) => {
      const copy = cell.cloneNode(true) as Element
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove())
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
    }
    return [...table.querySelectorAll('tr')].map((row) => [...row.querySelectorAll('th, td')].filter((cell) => !cell.matches('.compare-sheet__chart-head, .compare-sheet__bar-cell')).map(text))
  })
}

/** The .docx's comparison table: header then one row per economy; a note on its own line reads as after a space. */
function wordComparisonRows(xml: string): string[][] {
  const rows = tables(xml).find(([header]) => header?.[0] === 'Nền kinh tế') ?? []
  return rows.map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim()))
}

/** Each Word section's page, in order: true when landscape. */
function sectionOrientations(xml: string): boolean[] {
  return [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((match) => /w:orient="landscape"/.test(match[1] ?? ''))
}

describe('"Xuất Word..." in the print preview of the web edition', () => {
  it('downloads the sheet as Viet-Nam.docx listing exactly the facts and sources the preview shows', async () => {
    const page = await openPreview('viet-nam?preset=one-page')
    await screenshot(page, 'word-export-toolbar', { fullPage: false })
    const { name, xml } = await exportWord(page)
    expect(name).toBe('Viet-Nam.docx')
    const printed = await printedFactRows(page)
    expect(printed.length).toBeGreaterThan(5)
    expect(wordFactRows(xml)).toEqual(printed)
    // An economy's Factbook figures and partners, as the paper shows them.
    const indicators = await printedIndicators(page)
    expect(indicators.figures.length).toBeGreaterThan(8)
    expect(indicators.partners).toHaveLength(2)
    expect(wordIndicators(xml)).toEqual(indicators)
    expect(wordSources(xml)).toEqual(await printedSources(page))
    // The sections in the same order under the same words; paper numbers them I, II… in CSS.
    const sections = await page.locator('.sheet-section__title').evaluateAll((titles) => titles.map((title) => title.textContent))
    expect(styledParagraphs(xml, 'Heading2').map((heading) => heading.replace(/^[IVX]+\. /, ''))).toEqual(sections)
    expect(sections).toContainEqual(expect.stringMatching(/^Chỉ số chính \(nguồn \[\d+\]\)$/))
    expect(styledParagraphs(xml, 'Heading1')).toEqual([await page.locator('.sheet__title').innerText()])
    await expect.poll(() => page.locator('.print-toolbar__status').innerText()).toBe('Đã tải về tệp Word Viet-Nam.docx')
    await page.close()
  })

  it('a founder\'s sheet: the same rows as the preview, "Thành viên sáng lập" once with both its sources', async () => {
    const page = await openPreview('australia?preset=one-page')
    const { xml } = await exportWord(page)
    const printed = await printedFactRows(page)
    expect(printed.filter((row) => row.includes('Thành viên sáng lập'))).toEqual([['Tư cách', 'Thành viên sáng lập', '[1]; [2], đoạn 5']])
    expect(wordFactRows(xml)).toEqual(printed)
    expect(wordSources(xml)).toEqual(await printedSources(page))
    await page.close()
  })

  it('a briefing pack: the same sheets in the same order, the same facts, one merged source list', async () => {
    const page = await openPreview('briefing?title=Chuẩn bị APEC 2017&entries=viet-nam,apec-2017,csom-2017&preset=one-page')
    const { name, xml, parts } = await exportWord(page)
    expect(name).toBe('Chuan-bi-APEC-2017.docx')
    const sheetTitles = await page.locator('.sheet__title').allInnerTexts()
    expect(styledParagraphs(xml, 'Heading2')).toEqual(['Mục lục', ...sheetTitles, 'Danh mục nguồn'])
    expect(wordFactRows(xml)).toEqual(await printedFactRows(page))
    expect(wordIndicators(xml)).toEqual(await printedIndicators(page))
    expect(wordSources(xml)).toEqual(await printedSources(page))
    expect(docxPart(parts, 'docProps/core.xml')).toContain('<dc:title>Chuẩn bị APEC 2017</dc:title>')
    await page.close()
  })

  it('"Đầy đủ" exports the entry text the preview shows', async () => {
    const page = await openPreview('apec-2017?preset=full')
    const { xml } = await exportWord(page)
    const firstParagraph = (await page.locator('.sheet-body p').first().innerText()).replace(/\s+/g, ' ').trim()
    expect(paragraphTexts(xml).map((text) => text.replace(/\s+/g, ' ').trim())).toContain(firstParagraph)
    await page.close()
  })

  it('the comparison: Xuất Word gives a landscape .docx listing the economies and figures the preview shows, in its order', async () => {
    const page = await openPreview('compare?group=apec')
    await screenshot(page, 'word-export-compare-toolbar', { fullPage: false })
    const { name, xml, parts } = await exportWord(page)
    expect(name).toBe('So-sanh-cac-nen-kinh-te-APEC.docx')
    const printed = await printedComparisonRows(page)
    // Header and the 21 economies.
    expect(printed).toHaveLength(22)
    expect(printed.flat().join(' ')).toContain('Việt Nam')
    expect(wordComparisonRows(xml)).toEqual(printed)
    expect(sectionOrientations(xml)).toEqual([true])
    expect(styledParagraphs(xml, 'Heading1')).toEqual([await page.locator('.compare-sheet__title').innerText()])
    // The sheet's own source line, word for word.
    const printedSourceLine = (await page.locator('.compare-sheet__sources').innerText()).replace(/\s+/g, ' ').trim()
    expect(paragraphTexts(xml).map((text) => text.replace(/\s+/g, ' ').trim())).toContain(printedSourceLine)
    expect(docxPart(parts, 'docProps/core.xml')).toContain('<dc:title>So sánh các nền kinh tế APEC</dc:title>')
    await expect.poll(() => page.locator('.print-toolbar__status').innerText()).toBe('Đã tải về tệp Word So-sanh-cac-nen-kinh-te-APEC.docx')
    await page.close()
  })

  it('a pack holding a comparison: a landscape section between portrait ones, with the same rows and one source list', async () => {
    const comparison = 'comparison-asean-gdp-desc-gdp-pop-gdp-exp'
    const page = await openPreview(`briefing?title=Gói có bảng so sánh&entries=viet-nam,${comparison},apec-2017&preset=one-page`)
    const { xml } = await exportWord(page)
    const sheetTitles = await page.locator('.sheet__title').allInnerTexts()
    expect(sheetTitles).toHaveLength(3)
    expect(styledParagraphs(xml, 'Heading2')).toEqual(['Mục lục', ...sheetTitles, 'Danh mục nguồn'])
    // Cover to Viet Nam's sheet portrait, the comparison landscape, then APEC 2017 and the sources portrait.
    expect(sectionOrientations(xml)).toEqual([false, true, false])
    const printed = await printedComparisonRows(page)
    expect(printed).toHaveLength(11)
    expect(wordComparisonRows(xml)).toEqual(printed)
    expect(wordFactRows(xml)).toEqual(await printedFactRows(page))
    const sources = await printedSources(page)
    expect(sources.some((source) => source.includes('CIA World Factbook, bản cuối tháng 1/2026'))).toBe(true)
    expect(wordSources(xml)).toEqual(sources)
    // The contents line names the comparison as the preview's contents do.
    const contents = await page.locator('.pack-contents__entry').allInnerTexts()
    expect(contents.some((line) => line.includes('So sánh các nước thành viên ASEAN'))).toBe(true)
    for (const line of contents) expect(paragraphTexts(xml).some((text) => text.includes(line.replace(/\s+/g, ' ').trim()))).toBe(true)
    await page.close()
  })
})
