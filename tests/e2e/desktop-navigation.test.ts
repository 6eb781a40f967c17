import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { EncyclopediaApi } from '../../data/core/api-contract'
import { createCatalogApi } from '../../data/core/catalog-api'
import { screenshot } from '../helpers/browser'
import { useDesktopSession } from '../helpers/desktop-session'
import { openShippedCatalog } from '../helpers/pack'

/** The desktop renderer (out/renderer) in Chromium, its preload bridges played by the test. */
const session = useDesktopSession()

/** The shipped catalog answering search only after `ms`, as a slow disk or a busy machine would. */
async function slowSearchApi(ms: number): Promise<EncyclopediaApi> {
  const api = createCatalogApi(await openShippedCatalog())
  return { ...api, search: (input) => new Promise((resolve) => setTimeout(() => resolve(api.search(input)), ms)) }
}

/** Lets the page handle the scroll it was just given before the place is read. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))

describe('desktop renderer: errors and navigation', () => {
  it('tells a desktop user whose pack is missing to reinstall or choose another pack, in Vietnamese details', async () => {
    const path = 'C:\\Program Files\\Bach khoa APEC\\resources\\encyclopedia.sqlite'
    // The API pack-loader.ts gives the window when the shipped pack cannot be read: `<path>: <system error>`.
    const missing = createCatalogApi({ code: 'pack-missing', message: `${path}: ENOENT: no such file or directory, stat '${path}'` })
    const desktop = await session.open({ encyclopedia: missing })
    const { page } = desktop
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(`${session.server.origin}/index.html#/`)
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.count()).toBe(1)
    const text = await alert.innerText()
    expect(text).toContain('Không tìm thấy gói dữ liệu')
    expect(text).toContain('Hãy cài đặt lại ứng dụng hoặc chọn một gói dữ liệu khác.')
    expect(text).not.toMatch(/tải lại trang|người quản trị trang web/i)
    expect(await alert.getByRole('button').allInnerTexts()).toEqual(['Thử lại'])
    expect(await page.title()).toBe('Không tìm thấy gói dữ liệu — Bách khoa APEC')
    await alert.getByText('Chi tiết kỹ thuật').click()
    expect((await alert.locator('.error-screen__details').innerText()).replace(/\s+/g, ' ')).toContain(
      `Mã lỗi pack-missing Chi tiết Không đọc được tệp ${path}: không có tệp hoặc thư mục này (ENOENT).`,
    )
    await screenshot(page, 'desktop-pack-missing-1366', { fullPage: false })
  })

  it('Đi › Quay lại and Đi tới (the menu, and Alt+←/→) return to the place left on each page, a new page from its top', async () => {
    const desktop = await session.open()
    const { page, menu } = desktop
    await page.setViewportSize({ width: 1366, height: 768 })
    const scrollY = () => page.evaluate(() => Math.round(window.scrollY))
    await page.goto(`${session.server.origin}/index.html#/search?q=apec`)
    const hits = page.locator('[data-group="search-entries"] .search-hit')
    await expect.poll(() => hits.count()).toBeGreaterThan(20)
    const hit = hits.nth(20)
    await hit.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 300))
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    const resultsPlace = await scrollY()
    expect(resultsPlace).toBeGreaterThan(1500)
    const title = await hit.locator('.search-hit__title').innerText()
    await hit.locator('.search-hit__title').click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe(title)
    expect(await scrollY()).toBe(0)
    await page.evaluate(() => window.scrollTo(0, 600))
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    const entryPlace = await scrollY()
    expect(entryPlace).toBeGreaterThan(100)

    await menu('back')
    await expect.poll(() => page.url()).toContain('#/search?q=apec')
    await expect.poll(scrollY).toBe(resultsPlace)
    await screenshot(page, 'desktop-back-results-1366', { fullPage: false })
    await menu('forward')
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe(title)
    await expect.poll(scrollY).toBe(entryPlace)
    await page.keyboard.press('Alt+ArrowLeft')
    await expect.poll(() => page.url()).toContain('#/search?q=apec')
    await expect.poll(scrollY).toBe(resultsPlace)
  })

  it('waits for results that take 2 s to come back before putting the reader back in them', async () => {
    const desktop = await session.open({ encyclopedia: await slowSearchApi(2000) })
    const { page, menu } = desktop
    await page.setViewportSize({ width: 1024, height: 768 })
    const scrollY = () => page.evaluate(() => Math.round(window.scrollY))
    await page.goto(`${session.server.origin}/index.html#/search?q=apec`)
    const hits = page.locator('[data-group="search-entries"] .search-hit')
    await expect.poll(() => hits.count()).toBeGreaterThan(20)
    await hits.nth(20).evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 300))
    await settle(page)
    const place = await scrollY()
    await hits.nth(20).locator('.search-hit__title').click()
    await expect.poll(() => page.url()).not.toContain('#/search')
    await menu('back')
    // Still loading: the page says so and is at its top, for now.
    await expect.poll(() => page.locator('#main .loading').count()).toBe(1)
    await expect.poll(() => hits.count()).toBeGreaterThan(20)
    await expect.poll(scrollY).toBe(place)
  })

  it('lets the reader take over: a key pressed while the results load ends the restoring', async () => {
    const desktop = await session.open({ encyclopedia: await slowSearchApi(2000) })
    const { page, menu } = desktop
    const scrollY = () => page.evaluate(() => Math.round(window.scrollY))
    await page.goto(`${session.server.origin}/index.html#/search?q=apec`)
    const hits = page.locator('[data-group="search-entries"] .search-hit')
    await expect.poll(() => hits.count()).toBeGreaterThan(20)
    await hits.nth(20).evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 300))
    await settle(page)
    await hits.nth(20).locator('.search-hit__title').click()
    await expect.poll(() => page.url()).not.toContain('#/search')
    await menu('back')
    await expect.poll(() => page.locator('#main .loading').count()).toBe(1)
    await page.keyboard.press('Home')
    await expect.poll(() => hits.count()).toBeGreaterThan(20)
    await settle(page)
    await page.waitForTimeout(300)
    expect(await scrollY()).toBe(0)
  })
})
