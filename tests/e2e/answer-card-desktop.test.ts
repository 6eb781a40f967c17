import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { guardedContext, launchBrowser, screenshot, type GuardedContext } from '../helpers/browser'
import { openDesktopPage, serveDesktopRenderer, type DesktopPage } from '../helpers/desktop-renderer'
import type { RunningServer } from '../helpers/web-edition'

/** Issue 15 in the desktop renderer (out/renderer): the answer comes through the preload's `answer` and `search`. */
let server: RunningServer
let browser: Awaited<ReturnType<typeof launchBrowser>>
let guarded: GuardedContext
let desktop: DesktopPage | undefined

beforeAll(async () => {
  server = await serveDesktopRenderer()
  browser = await launchBrowser()
  guarded = await guardedContext(browser, server.origin)
})

afterEach(async () => {
  await desktop?.page.close()
  desktop = undefined
  expect(guarded.offOriginRequests).toEqual([])
  expect(guarded.pageErrors).toEqual([])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('desktop renderer: Trả lời nhanh', () => {
  it('answers "ai chủ trì amm 31" with the chair and its source, in the dropdown and on the results page', async () => {
    desktop = await openDesktopPage(guarded)
    const { page } = desktop
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(`${server.origin}/index.html#/`)
    const box = page.locator('input[role="combobox"]')
    await box.fill('ai chủ trì amm 31')
    await expect
      .poll(() => page.locator('.search-box__answer').count())
      .toBe(1)
    expect(await page.locator('.search-box__answer').innerText()).toContain('Mohamed Azmin Ali — Chủ trì')
    await screenshot(page, 'answer-dropdown-desktop', { fullPage: false })
    await box.press('Enter')
    const card = page.locator('.answer-card')
    await card.waitFor()
    expect(await card.locator('.answer-card__value').innerText()).toBe(
      'Bộ trưởng Ngoại thương và Công nghiệp Ma-lai-xi-a Mohamed Azmin Ali',
    )
    expect(await card.locator('.citation__link').getAttribute('href')).toMatch(/^#\/source\/tgvn-amm31-2020\?.*2/u)
    expect(await page.locator('[data-group="search-entries"] .search-hit').first().getAttribute('data-id')).toBe('amm-31')
    await screenshot(page, 'answer-card-desktop', { fullPage: false })
  })
})
