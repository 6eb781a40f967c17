import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../data/core/catalog'
import { mergeSheetSources, sheetSources } from '../../data/core/fact-sheet'
import { routeHref } from '../../renderer/src/routing/routes'
import type { PrintablePack } from '../../renderer/src/routing/printable-pack'
import { STRINGS } from '../../renderer/src/strings'
import { seriousAxeViolations } from '../helpers/axe'
import { screenshot, type GuardedContext } from '../helpers/browser'
import { openShippedCatalog } from '../helpers/pack'
import { pdfPageCount, pdfPages, pdfToPngs, printToPdf, squeeze } from '../helpers/pdf'
import type { RunningServer } from '../helpers/web-edition'
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

const PACK: PrintablePack = {
  title: 'Chuẩn bị Tuần lễ Cấp cao APEC 2017',
  meeting: 'Hội nghị Cấp cao APEC lần thứ 25, Đà Nẵng',
  date: '2017-11-06',
  note: 'Tài liệu cho đoàn công tác.\nĐọc trước phiên khai mạc.',
  entryIds: ['viet-nam', 'apec-2017', 'no-longer-here', 'csom-2017'],
  entryTitles: {},
}

async function openPack(page: Page, pack: PrintablePack, preset: 'one-page' | 'full'): Promise<number> {
  await page.goto(`${server.origin}/${routeHref({ name: 'print-briefing', pack, preset })}`)
  await page.locator('.print-preview[data-layout="ready"]').waitFor()
  return Number(await page.locator('.print-toolbar__pages').getAttribute('data-pages'))
}

/** The contents as printed: "title → page" for every sheet, and the page of the source list. */
function contentsPages(contents: string, titles: readonly string[]): Map<string, number> {
  const lines = contents.split('\n').map(squeeze)
  const pages = new Map<string, number>()
  for (const title of [...titles, 'Danh mục nguồn']) {
    const line = lines.find((candidate) => candidate.includes(title))
    const page = line ? /(\d+)$/.exec(line)?.[1] : undefined
    if (page) pages.set(title, Number(page))
  }
  return pages
}

/** Checks a printed pack: cover, contents whose page numbers are where each sheet really starts, sheets, merged sources. */
async function checkPackPdf(path: string, entryIds: readonly string[]): Promise<string[]> {
  const pages = await pdfPages(path)
  const entries = entryIds.map((id) => catalog.getEntry(id))
  const titles = entries.map((entry) => entry.title)

  const cover = squeeze(pages[0] ?? '')
  for (const expected of ['BÁCH KHOA APEC', PACK.title, PACK.meeting, 'ngày 06 tháng 11 năm 2017', 'Tài liệu cho đoàn công tác.', `Gói dữ liệu ${catalog.packInfo().version}`, 'In ngày']) {
    expect(cover, expected).toContain(expected)
  }
  // The cover carries no page footer; every other page does.
  expect(cover).not.toMatch(/Trang \d/)
  pages.slice(1).forEach((text, index) => expect(text).toContain(`Trang ${index + 2}/${pages.length}`))

  const contents = pages[1] ?? ''
  expect(contents).toContain('Mục lục')
  expect(squeeze(contents)).toContain('no-longer-here — Mục từ này không còn trong gói dữ liệu hiện tại')
  const starts = contentsPages(contents, titles)
  const kinds = entries.map((entry) => STRINGS.print.sheetKinds[entry.type].toUpperCase())
  for (const [index, title] of titles.entries()) {
    const page = pages[(starts.get(title) ?? 0) - 1] ?? ''
    // The sheet starts there: its masthead is the first line of that page, its title below.
    expect(firstLine(page), `${title} starts on page ${starts.get(title)}`).toBe(kinds[index])
    expect(squeeze(page)).toContain(title)
  }
  // Exactly the pages the contents name begin a sheet, in pack order.
  const sheetStarts = pages.flatMap((text, index) => (kinds.includes(firstLine(text)) ? [index + 1] : []))
  expect(sheetStarts).toEqual(titles.map((title) => starts.get(title)))

  // One merged source list at the end: each source once, with every paragraph cited by any sheet.
  const sourcesStart = starts.get('Danh mục nguồn') ?? 0
  expect(sourcesStart).toBeGreaterThan(Math.max(...sheetStarts))
  const sourcesText = squeeze(pages.slice(sourcesStart - 1).join('\n'))
  expect(sourcesText.startsWith('Danh mục nguồn')).toBe(true)
  const merged = mergeSheetSources(entries.map((entry) => sheetSources(entry)))
  for (const [index, source] of merged.entries()) {
    // "] Title." marks a list item: one title may begin another ("… Thái Bình Dương (APEC)").
    expect(sourcesText.split(`] ${source.title}.`).length - 1, `${source.title} listed once`).toBe(1)
    expect(sourcesText).toContain(`[${index + 1}] ${source.title}.`)
    if (source.paragraphs.length > 1) expect(sourcesText).toContain(`các đoạn ${source.paragraphs.join(', ')}`)
  }
  return pages
}

/** The first printed line of a page: a sheet's masthead starts with its kind ("HỒ SƠ NỀN KINH TẾ"). */
function firstLine(pageText: string): string {
  return squeeze(pageText.split('\n').find((line) => line.trim()) ?? '')
}

describe('briefing pack PDF', () => {
  it('prints a three-entry pack: cover, contents with the right pages, the three sheets and one merged source list', async () => {
    const page = await guarded.newPage()
    const predicted = await openPack(page, PACK, 'one-page')
    expect(await page.title()).toBe(`Bản in: ${PACK.title} — Bách khoa APEC`)
    // The missing entry is listed with a warning, not dropped.
    expect(await page.locator('.pack-contents__line').count()).toBe(5)
    expect(await page.locator('.pack-contents__entry--missing').innerText()).toContain('no-longer-here')
    await screenshot(page, 'print-briefing-pack')
    const pdf = await printToPdf(page, 'pack-three-sheets')
    expect(await pdfPageCount(pdf)).toBe(predicted)
    // Cover, contents, a page per standard sheet, the source list.
    expect(predicted).toBe(6)
    const pages = await checkPackPdf(pdf, ['viet-nam', 'apec-2017', 'csom-2017'])
    for (const text of pages) {
      for (const chrome of ['Trang chủ', 'Dòng thời gian', 'Tìm mục từ', 'In...', 'Lưu PDF', 'Khổ A4']) expect(text).not.toContain(chrome)
    }
    // CSOM is printed as part of the summit week, not as a body under it.
    const printed = squeeze(pages.join('\n'))
    expect(printed).toContain('Thuộc khuôn khổ Năm APEC 2017')
    expect(printed).toMatch(/Gồm các sự kiện [^\n]*Hội nghị tổng kết quan chức cao cấp APEC 2017/)
    expect(printed).not.toMatch(/trực thuộc/i)
    expect((await pdfToPngs(pdf)).length).toBe(pages.length)
    await page.close()
  })

  it('numbers the contents right when sheets run over several pages ("Đầy đủ")', async () => {
    const page = await guarded.newPage()
    const pack = { ...PACK, entryIds: ['viet-nam', 'apec', 'no-longer-here', 'apec-2017'] }
    const predicted = await openPack(page, pack, 'full')
    const pdf = await printToPdf(page, 'pack-full-sheets')
    expect(await pdfPageCount(pdf)).toBe(predicted)
    const pages = await checkPackPdf(pdf, ['viet-nam', 'apec', 'apec-2017'])
    // At least one sheet takes more than a page, so later page numbers depend on the measurement.
    expect(pages.length).toBeGreaterThan(6)
    expect((await pdfToPngs(pdf)).length).toBe(pages.length)
    await page.close()
  })

  it('says what the preset means for a pack: each sheet on one page, the whole pack on six', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    expect(await openPack(page, PACK, 'one-page')).toBe(6)
    const chooser = page.getByRole('navigation', { name: 'Mẫu in' })
    expect(await chooser.locator('[aria-current="page"]').innerText()).toBe('Mỗi hồ sơ 1 trang')
    expect(await chooser.getByRole('link').allInnerTexts()).toEqual(['Mỗi hồ sơ 1 trang', 'Hồ sơ đầy đủ', 'Hồ sơ kèm nguồn'])
    expect(await page.locator('.print-toolbar__pages').innerText()).toBe('Cả gói: 6 trang A4')
    expect(await page.locator('.print-toolbar__summary').innerText()).toBe(
      'Mẫu “Mỗi hồ sơ 1 trang”: mỗi hồ sơ gọn trong một trang. Cả gói gồm trang bìa, mục lục, 3 hồ sơ và danh mục nguồn: 6 trang.',
    )
    await screenshot(page, 'print-pack-toolbar-1366', { fullPage: false })

    await chooser.getByRole('link', { name: 'Hồ sơ đầy đủ' }).click()
    await expect.poll(() => page.url()).toContain('preset=full')
    await page.locator('.print-preview[data-layout="ready"]').waitFor()
    const pages = Number(await page.locator('.print-toolbar__pages').getAttribute('data-pages'))
    expect(pages).toBeGreaterThan(6)
    expect(await chooser.locator('[aria-current="page"]').innerText()).toBe('Hồ sơ đầy đủ')
    expect(await page.locator('.print-toolbar__summary').innerText()).toBe(
      `Mẫu “Hồ sơ đầy đủ”: mỗi hồ sơ kèm toàn văn mục từ nên có thể dài nhiều trang. Cả gói gồm trang bìa, mục lục, 3 hồ sơ và danh mục nguồn: ${pages} trang.`,
    )
    await page.setViewportSize({ width: 1024, height: 768 })
    await screenshot(page, 'print-pack-toolbar-full-1024', { fullPage: false })
    await page.close()
  })

  it('leads back to the page the reader came from, or to the packs when the address was opened on its own', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/entry/apec-2017`)
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Năm APEC 2017')
    await page.evaluate((href) => (window.location.hash = href), routeHref({ name: 'print-briefing', pack: PACK, preset: 'one-page' }))
    await page.locator('.print-preview[data-layout="ready"]').waitFor()
    // Trying presets changes how the pack looks, not where the reader is: Back still leads out.
    await page.getByRole('link', { name: 'Hồ sơ đầy đủ' }).click()
    await expect.poll(() => page.url()).toContain('preset=full')
    await page.getByRole('link', { name: 'Hồ sơ kèm nguồn' }).click()
    await expect.poll(() => page.url()).toContain('preset=with-sources')
    await page.getByRole('button', { name: '← Quay lại' }).click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Năm APEC 2017')
    await page.keyboard.press('Alt+ArrowRight')
    await expect.poll(() => page.url()).toContain('preset=with-sources')
    await page.keyboard.press('Alt+ArrowLeft')
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Năm APEC 2017')

    // A shared link opened in a new tab has nothing of the app behind it: Back would leave the app.
    const opened = await guarded.newPage()
    await openPack(opened, PACK, 'one-page')
    expect(await opened.getByRole('button', { name: '← Quay lại' }).count()).toBe(0)
    expect(await opened.getByRole('link', { name: '← Gói tài liệu' }).getAttribute('href')).toBe('#/packs')
    await opened.close()
    await page.close()
  })

  it('explains an address with no entries instead of printing two empty pages, and points to where packs are made', async () => {
    const page = await guarded.newPage()
    for (const [width, name] of [[1366, 'print-briefing-empty-1366'], [1024, 'print-briefing-empty-1024']] as const) {
      await page.setViewportSize({ width, height: 768 })
      await page.goto(`${server.origin}/#/print/briefing`)
      await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Gói tài liệu chưa có mục từ nào')
      await screenshot(page, name, { fullPage: false })
    }
    expect(await page.title()).toBe('Gói tài liệu chưa có mục từ nào — Bách khoa APEC')
    expect(await page.locator('#main').innerText()).toContain('Địa chỉ này không nêu mục từ nào')
    expect(await page.locator('.print-paper').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'In...' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Đến trang Gói tài liệu' }).getAttribute('href')).toBe('#/packs')
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    await page.close()
  })

  it('has no serious accessibility violations', async () => {
    const page = await guarded.newPage()
    await openPack(page, PACK, 'one-page')
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    expect(guarded.offOriginRequests).toEqual([])
    await page.close()
  })
})
