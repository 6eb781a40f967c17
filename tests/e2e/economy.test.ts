import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousAxeViolations } from '../helpers/axe'
import { join } from 'node:path'
import { SCREENSHOT_DIR, screenshot, type GuardedContext } from '../helpers/browser'
import type { RunningServer } from '../helpers/web-edition'
import { setWebSettings } from '../helpers/web-library'
import { openRoute } from '../helpers/web-pages'
import { openWebSession, type WebSession } from '../helpers/web-session'

let session: WebSession
let server: RunningServer
let guarded: GuardedContext

beforeAll(async () => {
  session = await openWebSession()
  ;({ server, guarded } = session)
})

afterAll(async () => {
  await session?.close()
})

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim()

async function openEconomy(page: Page, id: string, title: string): Promise<void> {
  await openRoute(page, server.origin, `entry/${id}`, title)
  await page.locator('.economy-section').waitFor()
}

async function row(page: Page, key: string): Promise<string> {
  return squeeze(await page.locator(`.economy-row[data-figure-key="${key}"]`).innerText())
}

describe('web edition: an economy entry\'s "Kinh tế – xã hội"', () => {
  it('shows Việt Nam\'s Factbook figures, each with its year and source, out of the fact box', async () => {
    const page = await guarded.newPage()
    await setWebSettings(page, server.origin, { theme: 'light', zoom: 100 })
    await openEconomy(page, 'viet-nam', 'Việt Nam')
    expect(await page.getByRole('heading', { name: 'Kinh tế – xã hội', level: 2 }).count()).toBe(1)
    // vm.json: "106,688,169 (2025 est.)", "331,210 sq km", "$1.456 trillion (2024 est.)" with "data in 2021 dollars".
    expect(await row(page, 'population')).toContain('106,7 triệu người (ước tính 2025)')
    expect(await row(page, 'area')).toContain('331.210 km²')
    const gdp = await row(page, 'gdp-ppp')
    expect(gdp).toContain('1,456 nghìn tỷ USD (ước tính 2024; USD năm 2021)')
    expect(gdp).toContain('1,359 nghìn tỷ USD (2023) · 1,294 nghìn tỷ USD (2022)')
    expect(await row(page, 'gdp-growth')).toContain('7,1 % (ước tính 2024)')
    expect(await row(page, 'capital')).toContain('Hà Nội')
    expect(await page.locator('.economy-row[data-figure-key="capital"] .economy-row__value a').getAttribute('href')).toBe('#/entry/ha-noi')
    // Every figure names its source: the Factbook, as a reference.
    const sources = await page.locator('.economy-row .citation__link').evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    )
    expect(sources.length).toBeGreaterThan(15)
    expect(new Set(sources)).toEqual(new Set(['#/source/cia-world-factbook-2026-01']))
    expect(await page.locator('.economy-row .citation__reference').first().innerText()).toBe('nguồn tham khảo')
    // The fact box keeps the entry's own facts only.
    expect(await page.locator('tr.fact[data-fact-key="population"]').count()).toBe(0)
    expect(await page.locator('tr.fact[data-fact-key="joined"]').count()).toBe(1)
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    await screenshot(page, 'economy-viet-nam')
    await page.close()
  })

  it('draws GDP with its growth and exports beside imports as SVG, with the same numbers as text', async () => {
    const page = await guarded.newPage()
    await openEconomy(page, 'viet-nam', 'Việt Nam')
    const charts = page.locator('figure.economy-chart')
    expect(await charts.count()).toBe(2)
    const [gdp, trade] = [charts.nth(0), charts.nth(1)]
    expect(await gdp.locator('svg').getAttribute('aria-hidden')).toBe('true')
    expect(await gdp.locator('rect.economy-chart__bar').count()).toBe(3)
    expect(await gdp.locator('circle.economy-chart__point').count()).toBe(3)
    expect(await trade.locator('rect.economy-chart__bar').count()).toBe(6)
    // Bars grow with the figures: GDP rose each year from 2022 to 2024.
    const heights = await gdp.locator('rect.economy-chart__bar').evaluateAll((bars) =>
      bars.map((bar) => Number(bar.getAttribute('height'))),
    )
    expect(heights).toEqual([...heights].sort((a, b) => a - b))
    expect(heights[0]).toBeLessThan(heights[2] ?? 0)
    const table = (await gdp.locator('table.economy-chart__data tbody tr').allInnerTexts()).map(squeeze)
    expect(table).toEqual(['2022 1,294 nghìn tỷ USD 8,5 %', '2023 1,359 nghìn tỷ USD 5,1 %', '2024 1,456 nghìn tỷ USD 7,1 %'])
    const tradeRows = (await trade.locator('table.economy-chart__data tbody tr').allInnerTexts()).map(squeeze)
    expect(tradeRows.at(-1)).toBe('2024 429,383 tỷ USD 398,672 tỷ USD')
    // The accessible name of each figure is its caption.
    expect(await page.getByRole('figure', { name: 'Xuất khẩu và nhập khẩu qua ba năm' }).count()).toBe(1)
    await page.locator('.economy-charts').screenshot({ path: join(SCREENSHOT_DIR, 'economy-viet-nam-charts.png') })
    await page.close()
  })

  it('lists the top partners in Vietnamese, linking APEC members: Taiwan is Đài Bắc, Trung Hoa', async () => {
    const page = await guarded.newPage()
    await openEconomy(page, 'viet-nam', 'Việt Nam')
    const imports = page.locator('.economy-partners').nth(1)
    // vm.json: "China 49%, Singapore 6%, Japan 6%, Hong Kong 5%, Taiwan 4% (2023)".
    expect(squeeze(await imports.locator('.partner-list').innerText())).toBe(
      'Trung Quốc 49 % Xin-ga-po 6 % Nhật Bản 6 % Hồng Công, Trung Quốc 5 % Đài Bắc, Trung Hoa 4 %',
    )
    expect(await imports.getByRole('link', { name: 'Đài Bắc, Trung Hoa' }).getAttribute('href')).toBe('#/entry/chinese-taipei')
    const exports = page.locator('.economy-partners').nth(0)
    expect(await exports.locator('h3').innerText()).toContain('2023')
    // Germany is not an APEC economy: named, not linked.
    expect(await exports.getByText('Đức').count()).toBe(1)
    expect(await exports.getByRole('link', { name: 'Đức' }).count()).toBe(0)
    await page.close()
  })

  it('shows Đài Bắc, Trung Hoa without a capital, and draws in dark mode', async () => {
    const page = await guarded.newPage()
    await setWebSettings(page, server.origin, { theme: 'dark', zoom: 100 })
    await openEconomy(page, 'chinese-taipei', 'Đài Bắc, Trung Hoa')
    expect(await page.locator('.economy-row[data-figure-key="capital"]').count()).toBe(0)
    expect(await row(page, 'gdp-per-capita-ppp')).toContain('USD hiện hành')
    const bar = await page.locator('rect.economy-chart__bar--0').first().evaluate((element) => getComputedStyle(element).fill)
    const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(bar).not.toBe(paper)
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    await screenshot(page, 'economy-chinese-taipei-dark')
    await page.locator('.economy-charts').screenshot({ path: join(SCREENSHOT_DIR, 'economy-chinese-taipei-charts-dark.png') })
    await setWebSettings(page, server.origin, { theme: 'light', zoom: 100 })
    await page.close()
  })
})

describe('web edition: APEC and ASEAN as a whole', () => {
  it('adds up the 21 economies on the APEC entry and says which years went in', async () => {
    const page = await guarded.newPage()
    await openEconomy(page, 'apec', 'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương')
    const section = page.locator('.economy-section[data-group="apec"]')
    expect(await section.getByRole('heading', { level: 2 }).innerText()).toBe('Tổng thể 21 nền kinh tế APEC')
    const population = squeeze(await section.locator('[data-total-key="population"]').innerText())
    expect(population).toMatch(/tỷ người — \d+,\d % của thế giới \(8,06 tỷ người, năm 2024\)/)
    expect(population).toContain('năm 2025:')
    expect(population).toContain('năm 2024:')
    const gdp = squeeze(await section.locator('[data-total-key="gdp-ppp"]').innerText())
    expect(gdp).toContain('Cộng số liệu năm 2023 của cả 21 thành viên.')
    expect(gdp).toContain('(167,633 nghìn tỷ USD, năm 2023)')
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    await screenshot(page, 'economy-apec-totals')
    await page.close()
  })

  it('lists the ten ASEAN members on the ASEAN entry, the three outside APEC unlinked and marked', async () => {
    const page = await guarded.newPage()
    await openEconomy(page, 'asean', 'Hiệp hội các quốc gia Đông Nam Á')
    const rows = page.locator('.group-members tbody tr')
    expect(await rows.count()).toBe(10)
    for (const id of ['myanmar', 'cambodia', 'laos']) {
      const member = page.locator(`.group-members tr[data-economy="${id}"]`)
      expect(await member.locator('a').count(), id).toBe(0)
      expect(await member.innerText(), id).toContain('không là thành viên APEC')
    }
    expect(await page.locator('.group-members tr[data-economy="viet-nam"] a').getAttribute('href')).toBe('#/entry/viet-nam')
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    await screenshot(page, 'economy-asean-members')
    await page.close()
  })
})
