import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot } from '../helpers/browser'
import { openWebSession, type WebSession } from '../helpers/web-session'

/**
 * Issue 13: one hit per source document. A document with many matching paragraphs is one hit, at
 * its best paragraph, with "và n đoạn khác" opening its next best ones, so the first hits are as
 * many different documents as match.
 */

let session: WebSession

beforeAll(async () => {
  session = await openWebSession()
})

afterAll(async () => {
  await session?.close()
})

const PASSAGE_HITS = '[data-group="search-passages"] .search-hit'

describe('web edition: source documents in the results', () => {
  it('lists each document once, its other matching paragraphs under "và n đoạn khác"', async () => {
    const page = await session.guarded.newPage()
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto(`${session.server.origin}/#/search?q=apec`)
    await expect
      .poll(() => page.locator('article.search-page').evaluate((article: HTMLElement) => article.dataset.state))
      .toBe('ready')
    const sources = await page.locator(PASSAGE_HITS).evaluateAll((hits) => hits.map((hit) => hit.getAttribute('data-source') ?? ''))
    expect(sources.length).toBeGreaterThan(1)
    expect(new Set(sources).size).toBe(sources.length)

    // The document with the most other matching paragraphs: more than are listed under it.
    const labels = await page.locator(`${PASSAGE_HITS} .search-hit__others > summary`).allTextContents()
    for (const label of labels) expect(label).toMatch(/^và \d+ đoạn khác$/)
    const counts = labels.map((label) => Number(/\d+/.exec(label)?.[0]))
    const others = Math.max(...counts)
    expect(others).toBeGreaterThan(3)
    const hit = page.locator(PASSAGE_HITS).filter({ has: page.getByText(`và ${others} đoạn khác`, { exact: true }) }).first()
    const summary = hit.locator('.search-hit__others > summary')
    const source = await hit.getAttribute('data-source')
    await summary.click()
    const links = hit.locator('.search-hit__other a')
    await expect.poll(() => links.count()).toBe(Math.min(others, 3))
    // Each listed paragraph links into the same document, at a paragraph other than the best one's.
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))
    for (const href of hrefs) expect(href).toContain(`/source/${source ?? ''}`)
    const best = await hit.locator('.search-hit__title').getAttribute('href')
    expect(hrefs).not.toContain(best)
    await expect.poll(() => hit.locator('.search-hit__others-rest').textContent()).toBe(`Xem ${others - 3} đoạn còn lại trong tài liệu`)
    await hit.scrollIntoViewIfNeeded()
    await screenshot(page, 'search-documents-others-open', { fullPage: false })
    expect(session.guarded.pageErrors).toEqual([])
  })
})
