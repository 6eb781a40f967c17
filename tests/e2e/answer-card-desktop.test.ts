import { describe, expect, it } from 'vitest'
import { screenshot } from '../helpers/browser'
import { useDesktopSession } from '../helpers/desktop-session'

/** Issue 15 in the desktop renderer (out/renderer): the answer comes through the preload's `answer` and `search`. */
const session = useDesktopSession()

describe('desktop renderer: Trả lời nhanh', () => {
  it('answers "ai chủ trì amm 31" with the chair and its source, in the dropdown and on the results page', async () => {
    const desktop = await session.open()
    const { page } = desktop
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(`${session.server.origin}/index.html#/`)
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
