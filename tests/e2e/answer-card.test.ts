import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousAxeViolations } from '../helpers/axe'
import { screenshot, type GuardedContext } from '../helpers/browser'
import type { RunningServer } from '../helpers/web-edition'
import { setWebSettings } from '../helpers/web-library'
import { openWebSession, type WebSession } from '../helpers/web-session'

/** Issue 15: "Trả lời nhanh", the fact answering a question, on the results page and in the dropdown. */

let session: WebSession
let server: RunningServer
let guarded: GuardedContext

beforeAll(async () => {
  session = await openWebSession()
  ;({ server, guarded } = session)
})

afterAll(async () => {
  expect(guarded.pageErrors).toEqual([])
  expect(guarded.offOriginRequests).toEqual([])
  await session?.close()
})

const CARD = '.answer-card'

async function openResults(page: Page, query: string): Promise<void> {
  await page.goto(`${server.origin}/#/search?q=${encodeURIComponent(query)}`)
  await expect
    .poll(() => page.locator('article.search-page').evaluate((article: HTMLElement) => [article.dataset.query, article.dataset.state]))
    .toEqual([query, 'ready'])
}

describe('web edition: Trả lời nhanh', () => {
  it('answers when Thái Lan joined APEC above the hits, with the source, and announces it', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await openResults(page, 'thái lan gia nhập apec năm nào')
    const card = page.locator(CARD)
    await expect.poll(() => card.locator('.answer-card__value').allInnerTexts()).toEqual(['tháng 11/1989'])
    expect(await card.locator('.answer-card__label').innerText()).toBe('Gia nhập APEC')
    expect(await card.locator('h2').innerText()).toMatch(/Trả lời nhanh/iu)
    expect(await card.locator('.answer-card__entry-link').getAttribute('href')).toBe('#/entry/thailand')
    // The citation opens the reference it comes from (the niên biểu of the APEC Secretariat).
    expect(await card.locator('.citation__link').getAttribute('href')).toMatch(/^#\/source\/apec-history/u)
    // The card comes before the first group of hits, and the subject is the first entry hit.
    const order = await page.evaluate(() => {
      const cardElement = document.querySelector('.answer-card')
      const group = document.querySelector('[data-group="search-entries"]')
      return cardElement !== null && group !== null && (cardElement.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
    })
    expect(order).toBe(true)
    expect(await page.locator('[data-group="search-entries"] .search-hit').first().getAttribute('data-id')).toBe('thailand')
    // A screen reader hears it with the results summary, which is a status region.
    expect(await page.locator('.search-page__summary[role="status"]').innerText()).toContain(
      'Trả lời nhanh: tháng 11/1989 — Gia nhập APEC (Thái Lan).',
    )
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    await screenshot(page, 'answer-card-thailand-light', { fullPage: false })
    await setWebSettings(page, server.origin, { theme: 'dark' })
    await openResults(page, 'thái lan gia nhập apec năm nào')
    await card.waitFor()
    await screenshot(page, 'answer-card-thailand-dark', { fullPage: false })
    await setWebSettings(page, server.origin, { theme: 'light' })
    await page.close()
  })

  it('shows every claim with its source where the sources disagree (TPP: 10 or 11 members left)', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await openResults(page, 'tpp còn bao nhiêu thành viên')
    const card = page.locator(CARD)
    await card.waitFor()
    expect(await card.locator('.answer-card__conflict').innerText()).toContain('Các nguồn ghi khác nhau')
    expect(await card.locator('.answer-card__value').allInnerTexts()).toEqual(['10 (tính đến 07/11/2017)', '11'])
    const sources = await card.locator('.citation__link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(sources).toHaveLength(2)
    expect(sources[0]).toMatch(/^#\/source\/chinhphu-csom-2017\?.*9/u)
    expect(sources[1]).toMatch(/^#\/source\/cptpp-wikipedia/u)
    await screenshot(page, 'answer-card-tpp-disputed-light', { fullPage: false })
    await page.close()
  })

  it('defines CPTPP with the TPP entry’s summary, and shows no card when no fact answers', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await openResults(page, 'cptpp là gì')
    const card = page.locator(CARD)
    await card.waitFor()
    expect(await card.getAttribute('data-answer-kind')).toBe('definition')
    expect(await card.locator('.answer-card__definition').innerText()).toContain('11 bên còn lại ký CPTPP ngày 8/3/2018')
    expect(await card.locator('.answer-card__entry-link').getAttribute('href')).toBe('#/entry/tpp')
    await screenshot(page, 'answer-card-cptpp-definition', { fullPage: false })
    for (const query of ['ai là tổng thư ký apec', 'việt nam gia nhập wto năm nào', 'apec 2017']) {
      await openResults(page, query)
      expect(await page.locator(CARD).count(), query).toBe(0)
      expect(await page.locator('.search-page__summary').innerText(), query).not.toContain('Trả lời nhanh')
    }
    await page.close()
  })

  it('shows the same answer in one line in the suggestions dropdown', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(`${server.origin}/#/`)
    const box = page.locator('input[role="combobox"]')
    await box.fill('apec có mấy thành viên')
    const line = page.locator('.search-box__answer')
    await expect.poll(() => line.count()).toBe(1)
    expect(await line.innerText()).toBe(
      'Trả lời nhanh: 21 (tính đến 16/11/2020) — Số thành viên (Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương)',
    )
    expect(await page.locator('.search-box [role="status"]').innerText()).toContain('Trả lời nhanh: 21 (tính đến 16/11/2020)')
    await screenshot(page, 'answer-dropdown-light', { fullPage: false })
    await setWebSettings(page, server.origin, { theme: 'dark' })
    await page.goto(`${server.origin}/#/`)
    await box.fill('apec 2017 họp ở đâu')
    await expect.poll(() => line.innerText()).toContain('Đà Nẵng — Thành phố (niên biểu APEC) (Năm APEC 2017)')
    await screenshot(page, 'answer-dropdown-dark', { fullPage: false })
    await box.fill('apec 2017')
    await expect.poll(() => line.count()).toBe(0)
    await setWebSettings(page, server.origin, { theme: 'light' })
    await page.close()
  })
})
