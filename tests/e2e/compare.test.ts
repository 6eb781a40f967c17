import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../data/core/catalog'
import type { ComparisonTable } from '../../data/core/economy/comparison-types'
import { seriousAxeViolations } from '../helpers/axe'
import { SCREENSHOT_DIR, screenshot, type GuardedContext } from '../helpers/browser'
import { openShippedCatalog } from '../helpers/pack'
import { pdfPageCount, pdfPages, pdfText, pdfToPngs, printToPdf, squeeze } from '../helpers/pdf'
import type { RunningServer } from '../helpers/web-edition'
import { setWebSettings } from '../helpers/web-library'
import { openWebSession, type WebSession } from '../helpers/web-session'

const run = promisify(execFile)

let session: WebSession
let server: RunningServer
let guarded: GuardedContext
let apec: ComparisonTable
let asean: ComparisonTable

beforeAll(async () => {
  const catalog: Catalog = await openShippedCatalog()
  apec = catalog.getComparison('apec')
  asean = catalog.getComparison('asean')
  session = await openWebSession()
  ;({ server, guarded } = session)
})

afterAll(async () => {
  await session?.close()
})

async function openCompare(page: Page, query = ''): Promise<void> {
  await page.goto(`${server.origin}/#/compare${query ? `?${query}` : ''}`)
  await page.locator('table.compare-table tbody tr').first().waitFor()
}

/** The economies in the order the table shows them. */
const rowOrder = (page: Page) => page.locator('table.compare-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-economy')))

const header = (page: Page, name: string) => page.locator('table.compare-table thead th').filter({ has: page.getByRole('button', { name, exact: false }) })

/** The group's ids ordered by one indicator's amount, computed here from the catalog, missing figures last. */
function orderBy(table: ComparisonTable, key: string, direction: 'asc' | 'desc'): string[] {
  const withFigure = table.rows.filter((row) => row.values[key])
  const sorted = withFigure.sort((a, b) => ((a.values[key]?.amount ?? 0) - (b.values[key]?.amount ?? 0)) * (direction === 'asc' ? 1 : -1))
  return [...sorted.map((row) => row.id), ...table.rows.filter((row) => !row.values[key]).map((row) => row.id)]
}

describe('web edition: #/compare', () => {
  it('lists the 21 APEC economies and sorts by a column on click, aria-sort saying how', async () => {
    const page = await guarded.newPage()
    await setWebSettings(page, server.origin, { theme: 'light', zoom: 100 })
    await page.setViewportSize({ width: 1366, height: 768 })
    await openCompare(page)
    expect(await page.locator('h1.page__title').textContent()).toBe('So sánh các nền kinh tế')
    expect(await page.locator('table.compare-table tbody tr').count()).toBe(21)
    expect(await page.locator('table.compare-table caption').textContent()).toContain('các nền kinh tế APEC')
    // The header's navigation leads here, and says so while here.
    expect(await page.locator('.shell__nav a[aria-current="page"]').textContent()).toBe('So sánh')

    await header(page, 'Dân số').getByRole('button').click()
    await expect.poll(() => header(page, 'Dân số').getAttribute('aria-sort')).toBe('descending')
    // China, the United States and Indonesia are the three most populous APEC economies.
    expect((await rowOrder(page)).slice(0, 3)).toEqual(['china', 'united-states', 'indonesia'])
    expect(await rowOrder(page)).toEqual(orderBy(apec, 'population', 'desc'))
    // Only one column is sorted at a time.
    expect(await page.locator('table.compare-table thead th[aria-sort]').count()).toBe(1)

    await header(page, 'Dân số').getByRole('button').click()
    await expect.poll(() => header(page, 'Dân số').getAttribute('aria-sort')).toBe('ascending')
    expect(await rowOrder(page)).toEqual(orderBy(apec, 'population', 'asc'))
    // Brunei, about half a million people, is the smallest.
    expect((await rowOrder(page))[0]).toBe('brunei')
    expect(page.url()).toContain('sort=population')
    expect(page.url()).toContain('dir=asc')
    // The chart follows the column sorted by, in the same order.
    expect(await page.locator('.compare-chart__title').textContent()).toContain('Dân số')
    const bars = await page.locator('.compare-chart__row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-economy')))
    expect(bars).toEqual(orderBy(apec, 'population', 'asc'))
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    await screenshot(page, 'compare-1366', { fullPage: false })
    await screenshot(page, 'compare-1366-full')
    await page.close()
  })

  it('sorts from the keyboard: Tab reaches a column header, Enter and Space sort it, the focus stays', async () => {
    const page = await guarded.newPage()
    await openCompare(page)
    const inflation = header(page, 'Lạm phát').getByRole('button')
    await inflation.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => header(page, 'Lạm phát').getAttribute('aria-sort')).toBe('descending')
    expect(await rowOrder(page)).toEqual(orderBy(apec, 'inflation', 'desc'))
    expect(await inflation.evaluate((button) => button === document.activeElement)).toBe(true)
    await page.keyboard.press('Space')
    await expect.poll(() => header(page, 'Lạm phát').getAttribute('aria-sort')).toBe('ascending')
    // Tab from the tools above the table reaches the first header, the name, which sorts too:
    // from A in Vietnamese order (Bru-nây before Ca-na-đa).
    await page.locator('.compare-tools .pack-chooser__trigger').focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('th')?.className)).toBe('compare-table__name-head')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('table.compare-table thead th.compare-table__name-head').getAttribute('aria-sort')).toBe('ascending')
    expect((await rowOrder(page)).slice(0, 2)).toEqual(['brunei', 'canada'])
    await page.close()
  })

  it('shows and hides columns, keeping at least one', async () => {
    const page = await guarded.newPage()
    await openCompare(page)
    const columns = () => page.locator('table.compare-table thead th[data-column]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-column')))
    expect(await columns()).toContain('inflation')
    expect(await columns()).not.toContain('public-debt')
    await page.locator('.compare-columns__summary').click()
    await page.getByRole('checkbox', { name: 'Lạm phát (giá tiêu dùng)' }).uncheck()
    await page.getByRole('checkbox', { name: 'Nợ công (% GDP)' }).check()
    await expect.poll(columns).toContain('public-debt')
    expect(await columns()).not.toContain('inflation')
    expect(await page.locator('.compare-columns__summary').textContent()).toBe('Chọn cột (8/16)')
    // Every cell of the new column holds a figure with its year, or says it has none.
    const debt = await page.locator('table.compare-table tbody tr[data-economy="viet-nam"] td').nth(await columnIndex(page, 'public-debt')).innerText()
    expect(debt).toMatch(/%/)
    // Down to one column: its checkbox cannot be unchecked.
    for (const key of (await columns()).slice(1)) {
      await page.locator(`.compare-columns__option input[data-column="${key}"]`).uncheck()
    }
    await expect.poll(columns).toEqual(['population'])
    expect(await page.locator('.compare-columns__option input[data-column="population"]').isDisabled()).toBe(true)
    expect(await page.locator('.compare-columns__hint').textContent()).toBe('Bảng cần ít nhất một cột.')
    await page.close()
  })

  it('sets 2 to 5 economies side by side, refusing a sixth', async () => {
    const page = await guarded.newPage()
    await openCompare(page)
    const pick = (title: string) => page.getByRole('checkbox', { name: `Chọn ${title} để so sánh cạnh nhau` })
    expect(await page.locator('.compare-side__status').textContent()).toContain('Đánh dấu 2–5 nền kinh tế')
    await pick('Việt Nam').check()
    expect(await page.locator('.compare-side__table').count()).toBe(0)
    await pick('Nhật Bản').check()
    const heads = () => page.locator('.compare-side__table thead th[data-economy]').evaluateAll((cells) => cells.map((cell) => cell.textContent))
    await expect.poll(heads).toEqual(['Việt Nam', 'Nhật Bản'])
    // Every indicator, not only the table's columns, with Viet Nam's own figures.
    expect(await page.locator('.compare-side__table tbody tr').count()).toBe(16)
    const vietNamGdp = apec.rows.find((row) => row.id === 'viet-nam')?.values['gdp-ppp']?.display ?? 'missing'
    expect(await page.locator('.compare-side__table tbody tr[data-indicator="gdp-ppp"] td').first().innerText()).toContain(vietNamGdp)
    for (const title of ['Hoa Kỳ', 'Trung Quốc', 'Xin-ga-po']) await pick(title).check()
    await expect.poll(heads).toHaveLength(5)
    expect(await pick('Chi-lê').isDisabled()).toBe(true)
    expect(await page.locator('.compare-side__status').textContent()).toContain('Đã chọn đủ 5 nền kinh tế')
    await pick('Xin-ga-po').uncheck()
    expect(await pick('Chi-lê').isDisabled()).toBe(false)
    expect(page.url()).toContain('pick=viet-nam,japan,united-states,china')
    await screenshot(page, 'compare-side-by-side')
    await page.close()
  })

  it('sets Viet Nam apart in the table and the chart', async () => {
    const page = await guarded.newPage()
    await openCompare(page)
    const background = (id: string) =>
      page.locator(`table.compare-table tbody tr[data-economy="${id}"] td.compare-table__figure`).first().evaluate((cell) => getComputedStyle(cell).backgroundColor)
    const weight = (id: string) => page.locator(`table.compare-table tbody tr[data-economy="${id}"] th`).evaluate((cell) => getComputedStyle(cell).fontWeight)
    expect(await background('viet-nam')).not.toBe(await background('japan'))
    expect(await weight('viet-nam')).toBe('700')
    expect(await weight('japan')).toBe('400')
    const fill = (id: string) => page.locator(`.compare-chart__row[data-economy="${id}"] rect`).evaluate((rect) => getComputedStyle(rect).fill)
    expect(await fill('viet-nam')).not.toBe(await fill('japan'))
    expect(await page.locator('.compare__notes').textContent()).toContain('Việt Nam được tô đậm')
    await page.close()
  })

  it('shows the 10 ASEAN members, three of them outside APEC and without an entry link', async () => {
    const page = await guarded.newPage()
    await openCompare(page)
    await page.locator('.compare-groups a', { hasText: '10 nước ASEAN' }).click()
    await expect.poll(() => page.locator('table.compare-table tbody tr').count()).toBe(10)
    expect(await page.locator('.compare-groups a[aria-current="page"]').textContent()).toBe('10 nước ASEAN')
    expect(new Set(await rowOrder(page))).toEqual(new Set(asean.rows.map((row) => row.id)))
    for (const id of ['myanmar', 'cambodia', 'laos']) {
      const name = page.locator(`table.compare-table tbody tr[data-economy="${id}"] th`)
      expect(await name.locator('a').count()).toBe(0)
      expect(await name.textContent()).toContain('không là thành viên APEC')
    }
    expect(await page.locator('table.compare-table tbody tr[data-economy="viet-nam"] th a').getAttribute('href')).toBe('#/entry/viet-nam')
    await page.setViewportSize({ width: 1024, height: 768 })
    await screenshot(page, 'compare-asean-1024', { fullPage: false })
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    await page.close()
  })

  it('draws in dark mode, axe clean', async () => {
    const page = await guarded.newPage()
    await setWebSettings(page, server.origin, { theme: 'dark', zoom: 100 })
    await page.setViewportSize({ width: 1366, height: 768 })
    await openCompare(page, 'group=apec&cols=population,gdp-official,gdp-growth,current-account&sort=current-account&dir=desc&chart=current-account&pick=viet-nam,korea')
    const table = await page.locator('table.compare-table').evaluate((element) => getComputedStyle(element).backgroundColor)
    // The dark theme's surface (#1e232c), not white paper.
    expect(table).toBe('rgb(30, 35, 44)')
    const nameColor = await page.locator('.compare-chart__name').first().evaluate((text) => getComputedStyle(text).fill)
    expect(nameColor).not.toBe('rgb(29, 35, 48)')
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    await screenshot(page, 'compare-dark-1366')
    await page.locator('.compare-chart').screenshot({ path: join(SCREENSHOT_DIR, 'compare-chart-dark.png') })
    await setWebSettings(page, server.origin, { theme: 'light', zoom: 100 })
    await page.close()
  })
})

async function columnIndex(page: Page, key: string): Promise<number> {
  const keys = await page.locator('table.compare-table thead th').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-column')))
  // The body row's first cell is the pick box and its name is a th: td index = header index - 1.
  return keys.indexOf(key) - 1
}

describe('web edition: #/print/compare', () => {
  it('prints the 21 economies on one A4 landscape page, with the sources', async () => {
    const page = await guarded.newPage()
    await openCompare(page)
    await page.locator('a.compare-tools__print').click()
    await page.locator('.print-preview[data-layout="ready"]').waitFor()
    const pdf = await printToPdf(page, 'compare-apec')
    await pdfToPngs(pdf)
    await screenshot(page, 'compare-print-preview')
    expect(await page.locator('.print-toolbar__pages').getAttribute('data-pages')).toBe('1')
    expect(await page.locator('.print-toolbar__pages').textContent()).toBe('Khổ A4 ngang · 1 trang')
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    expect(await pdfPageCount(pdf)).toBe(1)
    const { stdout } = await run('pdfinfo', [pdf])
    // Landscape: wider than tall (A4 is 595 × 842 pt).
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout)
    expect(Number(size?.[1])).toBeGreaterThan(Number(size?.[2]))
    const text = squeeze(await pdfText(pdf, { layout: false }))
    for (const row of apec.rows) expect(text).toContain(row.title)
    expect(text).toContain('CIA World Factbook, bản cuối tháng 1/2026')
    expect(text).toContain('nguồn tham khảo')
    // Each column says the year most of its figures describe.
    expect(text).toContain('ước tính 2024')
    expect(text).toContain('Trang 1/1')
    await page.close()
  })

  it('adds the comparison to a briefing pack as one landscape sheet among portrait ones', async () => {
    const page = await guarded.newPage()
    await openCompare(page, 'group=asean&cols=population,gdp-ppp,exports&sort=gdp-ppp&dir=desc&chart=gdp-ppp')
    await page.locator('.compare-tools .pack-chooser__trigger').click()
    await page.locator('.pack-chooser__option--new').click()
    await page.locator('.compare-tools .pack-chooser__status a').click()
    await page.locator('.pack-entries').waitFor()
    const item = page.locator('.pack-entry').first()
    // The pack lists it by name with a link back to the same comparison, never as a missing entry.
    expect(await item.locator('[data-missing]').count()).toBe(0)
    expect(squeeze(await item.innerText())).toContain('So sánh các nước thành viên ASEAN: GDP thực tế theo sức mua tương đương (PPP)')
    expect(await item.locator('a.entry-reference').getAttribute('href')).toContain('#/compare?group=asean')

    const briefing = `entries=viet-nam,${await item.getAttribute('data-entry-id')}&title=${encodeURIComponent('Gói có bảng so sánh')}`
    await page.goto(`${server.origin}/#/print/briefing?${briefing}`)
    await page.locator('.print-preview[data-layout="ready"]').waitFor()
    const pdf = await printToPdf(page, 'compare-in-pack')
    const pages = await pdfPages(pdf)
    // Cover, contents, Viet Nam's sheet, the comparison, the source list.
    expect(pages.length).toBe(Number(await page.locator('.print-toolbar__pages').getAttribute('data-pages')))
    const comparisonPage = pages.findIndex((text) => text.includes('Xếp theo GDP thực tế theo sức mua'))
    expect(comparisonPage).toBeGreaterThan(1)
    for (const row of asean.rows) expect(squeeze(pages[comparisonPage] ?? '')).toContain(row.title)
    const { stdout } = await run('pdfinfo', ['-f', '1', '-l', String(pages.length), pdf])
    const sizes = [...stdout.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => Number(match[2]) > Number(match[3]))
    expect(sizes[comparisonPage]).toBe(true)
    expect(sizes.filter(Boolean)).toHaveLength(1)
    // The contents name it, and the pack's source list names the Factbook.
    expect(squeeze(pages[1] ?? '')).toContain('So sánh các nước thành viên ASEAN')
    expect(squeeze(pages.at(-1) ?? '')).toContain('CIA World Factbook, bản cuối tháng 1/2026')
    await pdfToPngs(pdf)
    await page.close()
  })
})
