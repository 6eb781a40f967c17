import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../data/core/catalog'
import { seriousAxeViolations } from '../helpers/axe'
import { screenshot, type GuardedContext } from '../helpers/browser'
import { openShippedCatalog } from '../helpers/pack'
import { PDF_DIR, pdfPageCount, pdfPages, pdfText, pdfToPngs, printToPdf, squeeze } from '../helpers/pdf'
import type { RunningServer } from '../helpers/web-edition'
import { setWebSettings, updateWebLibrary } from '../helpers/web-library'
import { at } from '../helpers/library'
import { setNote, setNoteOnSheet } from '../../data/core/library/notes'
import { openWebSession, type WebSession } from '../helpers/web-session'

let session: WebSession
let server: RunningServer
let guarded: GuardedContext
let catalog: Catalog

beforeAll(async () => {
  catalog = await openShippedCatalog()
  session = await openWebSession()
  ;({ server, guarded } = session)
})

afterAll(async () => {
  await session?.close()
})

/** Text of the app's screen chrome and of the print toolbar: none of it may reach paper. */
const SCREEN_ONLY_TEXT = [
  'Trang chủ',
  'Dòng thời gian',
  'Tài liệu nguồn',
  'Thuật ngữ',
  'Tìm mục từ, tài liệu',
  'Bỏ qua đến nội dung chính',
  'Theo hệ thống',
  'Mọi nội dung nằm sẵn trên máy',
  'In...',
  'Lưu PDF',
  'Đầy đủ',
  'Kèm nguồn',
  'Về mục từ',
  'Khổ A4',
  'Lưu dưới dạng PDF',
]

/**
 * Opens a print preview and waits until its pages are measured. `reload` starts the app afresh,
 * so display settings just written to the library take effect.
 */
async function openPrint(page: Page, address: string, { reload = false } = {}): Promise<number> {
  await page.goto(`${server.origin}/#/print/${address}`)
  if (reload) await page.reload()
  await page.locator('.print-preview[data-layout="ready"]').waitFor()
  return Number(await page.locator('.print-toolbar__pages').getAttribute('data-pages'))
}

/** The section headings of the sheet as printed ("I. DỮ KIỆN CHÍNH"), and the other kept-with-next lines. */
async function keptHeadings(page: Page): Promise<string[]> {
  const sections = await page.locator('.sheet-section__title').allInnerTexts()
  const others = await page.locator('.print-keep:not(.sheet-section__title)').allInnerTexts()
  return [...sections, ...others].map(squeeze).filter(Boolean)
}

/** The last line of printed text on a page, above the page footer. */
function lastBodyLine(pageText: string): string {
  const lines = pageText
    .split('\n')
    .map(squeeze)
    .filter((line) => line && !/Trang \d+\/\d+$/.test(line))
  return lines.at(-1) ?? ''
}

describe('fact sheet PDF', () => {
  it("prints the user's note on the sheet only when they asked for it, line breaks kept", async () => {
    const page = await guarded.newPage()
    const text = 'Gặp Bộ trưởng lúc 9 giờ.\nMang bản đồ APEC.'
    const mention = { entryId: 'viet-nam', title: 'Việt Nam' }
    await updateWebLibrary(page, server.origin, (library) => setNote(library, mention, text, at(1)))
    await openPrint(page, 'viet-nam', { reload: true })
    expect(await page.locator('.sheet-note').count()).toBe(0)

    await updateWebLibrary(page, server.origin, (library) => setNoteOnSheet(library, 'viet-nam', true, at(2)))
    await openPrint(page, 'viet-nam', { reload: true })
    expect(await page.locator('.sheet-section--note').innerText()).toContain('GHI CHÚ CỦA NGƯỜI DÙNG')
    expect(await page.locator('.sheet-note').innerText()).toBe(text)
    const pdf = await printToPdf(page, 'sheet-viet-nam-with-note')
    const lines = (await pdfText(pdf)).split('\n').map(squeeze)
    // Two lines on paper, as typed.
    expect(lines.find((line) => line.includes('Gặp Bộ trưởng lúc 9 giờ.'))).not.toContain('Mang bản đồ')
    expect(lines.some((line) => line.includes('Mang bản đồ APEC.'))).toBe(true)
    await pdfToPngs(pdf)
    await updateWebLibrary(page, server.origin, (library) => setNoteOnSheet(library, 'viet-nam', false, at(3)))
    await page.close()
  })

  it('prints Việt Nam on exactly one A4 page with title, names, join year, facts and sources, and no screen chrome', async () => {
    const page = await guarded.newPage()
    expect(await openPrint(page, 'viet-nam')).toBe(1)
    expect(await page.title()).toBe('Bản in: Việt Nam — Bách khoa APEC')
    await screenshot(page, 'print-viet-nam')
    const pdf = await printToPdf(page, 'sheet-viet-nam')
    expect(await pdfPageCount(pdf)).toBe(1)
    const text = await pdfText(pdf)
    const flat = squeeze(text)
    for (const expected of [
      'BÁCH KHOA APEC',
      'HỒ SƠ NỀN KINH TẾ',
      'Việt Nam',
      'Viet Nam',
      '越南',
      'Gia nhập APEC',
      'tháng 11/1998',
      '1998',
      'Năm đăng cai APEC (Đà Nẵng)',
      'Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình',
      '(tính đến 16/11/2020)',
      'CHỈ SỐ CHÍNH (NGUỒN [5])',
      'Xuất khẩu sang (2023)',
      'Là thành viên của',
      'Năm APEC 2017',
      'History and Membership of APEC',
      'Nội dung họp báo kết thúc Hội nghị CSOM',
      'Cổng Thông tin điện tử Chính phủ',
      'APEC quyết tâm đẩy mạnh liên kết kinh tế khu vực',
      'nguồn tham khảo',
      '[3], đoạn 1',
      `Gói dữ liệu ${catalog.packInfo().version}`,
      'Trang 1/1',
    ]) {
      expect(flat, expected).toContain(expected)
    }
    // Printed today, in the Vietnamese document style.
    const today = new Date()
    expect(flat).toContain(`năm ${today.getFullYear()}`)
    expect(flat).toMatch(/In ngày \d{2} tháng \d{1,2} năm \d{4}/)
    for (const chrome of SCREEN_ONLY_TEXT) expect(text, chrome).not.toContain(chrome)
    expect(await pdfToPngs(pdf)).toEqual(['sheet-viet-nam-1.png'])
    await page.close()
  })

  it('prints the APEC 2017 meeting sheet on exactly one page, with date, place, host and sources', async () => {
    const id = catalog.listEntries('meeting').find((entry) => entry.title === 'Năm APEC 2017')?.id
    expect(id).toBe('apec-2017')
    const page = await guarded.newPage()
    expect(await openPrint(page, 'apec-2017')).toBe(1)
    const pdf = await printToPdf(page, 'sheet-apec-2017')
    expect(await pdfPageCount(pdf)).toBe(1)
    const flat = squeeze(await pdfText(pdf))
    for (const expected of [
      'HỒ SƠ HỘI NGHỊ – SỰ KIỆN',
      'Năm APEC 2017',
      'Năm: 2017',
      'Địa điểm: Đà Nẵng',
      'Nền kinh tế chủ nhà: Việt Nam',
      '6–11/11/2017',
      'Thứ trưởng thường trực Bộ Ngoại giao Bùi Thanh',
      '(tính đến 07/11/2017)',
      'History (timeline of host economies and milestones)',
      'Nội dung họp báo kết thúc Hội nghị CSOM',
      'các đoạn 1, 2, 5, 6, 7, 12',
      'Trang 1/1',
    ]) {
      expect(flat, expected).toContain(expected)
    }
    for (const chrome of SCREEN_ONLY_TEXT) expect(flat, chrome).not.toContain(chrome)
    expect(await pdfToPngs(pdf)).toEqual(['sheet-apec-2017-1.png'])
    await page.close()
  })

  it.each([
    ['asean', 'HỒ SƠ TỔ CHỨC'],
    ['som', 'HỒ SƠ CƠ QUAN APEC'],
    ['bogor-goals', 'HỒ SƠ HIỆP ĐỊNH – SÁNG KIẾN'],
    ['bui-thanh-son', 'HỒ SƠ NHÂN VẬT'],
    ['quan-sat-vien', 'PHIẾU THUẬT NGỮ'],
    ['da-nang', 'HỒ SƠ ĐỊA DANH'],
    ['digital-economy', 'HỒ SƠ CHỦ ĐỀ'],
  ])('prints the %s sheet in the layout of its type, on the page count the preview predicts', async (id, kind) => {
    const page = await guarded.newPage()
    const predicted = await openPrint(page, id)
    const pdf = await printToPdf(page, `sheet-${id}`)
    expect(await pdfPageCount(pdf)).toBe(predicted)
    const text = squeeze(await pdfText(pdf))
    expect(text).toContain(kind)
    expect(text).toContain(catalog.getEntry(id).title)
    if (id === 'quan-sat-vien') {
      // A term prints its names in three languages side by side.
      expect(text).toMatch(/TÊN GỌI Tiếng Việt Tiếng Anh Tiếng Trung/)
    }
    await pdfToPngs(pdf)
    await page.close()
  })

  it('prints the same page in dark mode at 150 % text size: print forces the light palette and its own sizes', async () => {
    const page = await guarded.newPage()
    await setWebSettings(page, server.origin, { theme: 'dark', zoom: 150 })
    await openPrint(page, 'viet-nam', { reload: true })
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    const colours = () =>
      page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector) ?? document.body)
        return {
          background: style('body').backgroundColor,
          text: style('body').color,
          title: style('.sheet__title').color,
          cell: style('.sheet-facts td').color,
          rootSize: style('html').fontSize,
        }
      })
    const screen = await colours()
    expect(screen.background).not.toBe('rgb(255, 255, 255)')
    await screenshot(page, 'print-viet-nam-dark')
    await page.emulateMedia({ media: 'print' })
    expect(await colours()).toEqual({
      background: 'rgb(255, 255, 255)',
      text: 'rgb(0, 0, 0)',
      title: 'rgb(0, 0, 0)',
      cell: 'rgb(17, 20, 24)',
      rootSize: '16px',
    })
    // Back to no emulation: page.pdf() prints with print media only when none is forced.
    await page.emulateMedia({ media: null })
    const dark = await printToPdf(page, 'sheet-viet-nam-dark')
    await setWebSettings(page, server.origin, { theme: 'light', zoom: 100 })
    await openPrint(page, 'viet-nam', { reload: true })
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light')
    const light = await printToPdf(page, 'sheet-viet-nam-light')
    const [darkImage] = await pdfToPngs(dark)
    const [lightImage] = await pdfToPngs(light)
    expect(darkImage && lightImage).toBeTruthy()
    const bytes = (file = '') => readFile(join(PDF_DIR, file))
    // Pixel for pixel the same printed page.
    expect((await bytes(darkImage)).equals(await bytes(lightImage))).toBe(true)
    await page.close()
  })

  it('flows the longest entry ("Đầy đủ") over several pages without ending a page on a heading or splitting a fact row', async () => {
    const page = await guarded.newPage()
    const predicted = await openPrint(page, 'apec?preset=full')
    const pdf = await printToPdf(page, 'sheet-apec-full')
    const pages = await pdfPages(pdf)
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.length).toBe(predicted)
    pages.forEach((text, index) => expect(text).toContain(`Trang ${index + 1}/${pages.length}`))
    const headings = await keptHeadings(page)
    expect(headings).toContain('NỘI DUNG')
    for (const [index, text] of pages.entries()) {
      const last = lastBodyLine(text)
      for (const heading of headings) expect(last.endsWith(heading), `page ${index + 1} ends on "${heading}"`).toBe(false)
    }
    // Each fact row's label and value are on one page (the table never splits a row).
    const rows = await page.locator('.sheet-facts tbody tr[data-fact-key]').evaluateAll((elements) =>
      elements.map((row) => ({ label: row.querySelector('th')?.textContent ?? '', value: row.querySelector('td')?.textContent ?? '' })),
    )
    expect(rows.length).toBeGreaterThan(5)
    const flatPages = await Promise.all(pages.map(async (_, index) => squeeze(await pdfText(pdf, { page: index + 1, layout: false }))))
    for (const row of rows) {
      const pageOf = (text: string) => flatPages.findIndex((page) => page.includes(squeeze(text)))
      expect(pageOf(row.label), row.label).toBeGreaterThanOrEqual(0)
      expect(pageOf(row.value), row.value).toBe(pageOf(row.label))
    }
    // The backlinks run on as text; every title is printed.
    expect(squeeze(pages.join(' '))).toContain('Năm APEC 2026')
    expect((await pdfToPngs(pdf)).length).toBe(pages.length)
    await page.close()
  })

  it('predicts the printed page count of long sheets in every preset, and never ends a page on a heading', async () => {
    const page = await guarded.newPage()
    for (const id of ['amm-31', 'united-states', 'csom-2017-press-conference']) {
      for (const preset of ['full', 'with-sources']) {
        const predicted = await openPrint(page, `${id}?preset=${preset}`)
        const pdf = await printToPdf(page, `sheet-${id}-${preset}`)
        const pages = await pdfPages(pdf)
        expect(pages.length, `${id} ${preset}`).toBe(predicted)
        const headings = await keptHeadings(page)
        for (const [index, text] of pages.entries()) {
          const last = lastBodyLine(text)
          for (const heading of headings) {
            expect(last.endsWith(heading), `${id} ${preset} page ${index + 1} ends on "${heading}"`).toBe(false)
          }
        }
        await pdfToPngs(pdf)
      }
    }
    await page.close()
  })
})

describe('print preview page', () => {
  it('is reached from the entry page, switches presets in the URL, and prints with the browser in the web edition', async () => {
    const page = await guarded.newPage()
    await page.addInitScript(() => {
      // Stands in for the browser's print dialog, which a headless test cannot close.
      const calls: string[] = []
      Object.assign(window, { printCalls: calls, print: () => calls.push('print') })
    })
    await setWebSettings(page, server.origin, { printPreset: 'one-page' })
    await page.goto(`${server.origin}/#/entry/viet-nam`)
    await page.getByRole('link', { name: 'In / Xuất PDF' }).click()
    await expect.poll(() => page.url()).toContain('#/print/viet-nam?preset=one-page')
    await page.locator('.print-preview[data-layout="ready"]').waitFor()
    expect(await page.getByRole('link', { name: '1 trang' }).getAttribute('aria-current')).toBe('page')
    expect(await page.locator('.sheet-body').count()).toBe(0)
    // The web edition has no "Lưu PDF": the hint says where browsers put it.
    expect(await page.getByRole('button', { name: 'Lưu PDF' }).count()).toBe(0)
    expect(await page.locator('.print-toolbar__hint').innerText()).toContain('Lưu dưới dạng PDF')

    await page.getByRole('link', { name: 'Đầy đủ' }).click()
    await expect.poll(() => page.url()).toContain('?preset=full')
    await expect.poll(() => page.locator('.sheet-body p').count()).toBeGreaterThan(0)
    expect(await page.locator('.sheet-section--backlinks').innerText()).toContain('Bùi Thanh Sơn')

    await page.getByRole('link', { name: 'Kèm nguồn' }).click()
    await expect.poll(() => page.url()).toContain('?preset=with-sources')
    await page.locator('.print-preview[data-layout="ready"]').waitFor()
    const quotes = page.locator('.sheet-quotes__quote')
    await expect.poll(() => quotes.count()).toBeGreaterThan(3)
    expect(await quotes.first().innerText()).toContain('Đoạn 1')
    await screenshot(page, 'print-viet-nam-with-sources')

    await page.reload()
    await page.locator('.print-preview[data-layout="ready"]').waitFor()
    expect(await page.getByRole('link', { name: 'Kèm nguồn' }).getAttribute('aria-current')).toBe('page')
    await page.getByRole('button', { name: 'In...' }).click()
    expect(await page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls)).toEqual(['print'])
    const pdf = await printToPdf(page, 'sheet-viet-nam-with-sources')
    const text = squeeze(await pdfText(pdf))
    expect(text).toContain('TRÍCH ĐOẠN NGUỒN')
    expect(text).toContain('Nguyên văn các đoạn được trích')
    await pdfToPngs(pdf)
    // The last preset chosen is remembered: the entry page's print link opens with it.
    await page.goto(`${server.origin}/#/entry/viet-nam`)
    await expect.poll(() => page.getByRole('link', { name: 'In / Xuất PDF' }).getAttribute('href')).toBe('#/print/viet-nam?preset=with-sources')
    await setWebSettings(page, server.origin, { printPreset: 'one-page' })
    expect(guarded.offOriginRequests).toEqual([])
    await page.close()
  })

  it.each([
    ['entry', 'entry/viet-nam', 'Việt Nam'],
    ['search', 'search?q=APEC%202017', 'Năm APEC 2017'],
  ])('prints any page without the screen chrome: the %s page', async (name, address, content) => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/${address}`)
    await expect.poll(() => page.locator('#main').innerText()).toContain(content)
    // The find bar open and a link preview shown: on screen, never on paper.
    await page.keyboard.press('Control+f')
    await page.locator('#main a[href^="#/entry/"]').first().focus()
    const overlays = page.locator('.find-bar, .link-preview')
    await expect.poll(() => overlays.evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length)).toBe(2)
    await page.emulateMedia({ media: 'print' })
    expect(await overlays.evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length)).toBe(0)
    await page.emulateMedia({ media: null })
    await mkdir(PDF_DIR, { recursive: true })
    const pdf = join(PDF_DIR, `page-${name}.pdf`)
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true })
    const pages = await pdfPages(pdf)
    const text = pages.join('\n')
    expect(squeeze(text)).toContain(content)
    for (const chrome of ['Trang chủ', 'Dòng thời gian', 'Tìm mục từ, tài liệu', 'Tìm trong trang', 'Bỏ qua đến nội dung chính', 'Theo hệ thống', 'In / Xuất PDF', 'Tất cả các loại']) {
      expect(text, chrome).not.toContain(chrome)
    }
    pages.forEach((pageText, index) => expect(pageText).toContain(`Trang ${index + 1}/${pages.length}`))
    await pdfToPngs(pdf)
    await page.close()
  })

  it('shows the Vietnamese error screen for an entry that is not in the pack', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/print/no-such-entry`)
    await expect.poll(() => page.locator('.error-screen__title').textContent()).toBe('Không tìm thấy nội dung')
    await page.close()
  })

  it('has no serious accessibility violations, in light and dark', async () => {
    const page = await guarded.newPage()
    for (const theme of ['light', 'dark'] as const) {
      await setWebSettings(page, server.origin, { theme, zoom: 100 })
      await openPrint(page, 'viet-nam?preset=full', { reload: true })
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
      expect(await seriousAxeViolations(page, server.origin), theme).toEqual([])
    }
    await page.close()
  })
})
