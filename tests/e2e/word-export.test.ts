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
})
