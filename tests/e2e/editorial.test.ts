import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot, type GuardedContext } from '../helpers/browser'
import type { RunningServer } from '../helpers/web-edition'
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

describe('web edition: what the editorial pass shows a reader', () => {
  it('finds a person by name with the role dated in the result, and suggests the name without a role', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/search?q=${encodeURIComponent('Bùi Thanh Sơn')}`)
    await expect
      .poll(() => page.locator('article.search-page').evaluate((article: HTMLElement) => article.dataset.state))
      .toBe('ready')
    const first = page.locator('[data-group="search-entries"] .search-hit').first()
    expect(await first.getAttribute('data-id')).toBe('bui-thanh-son')
    const snippet = (await first.locator('.search-hit__snippet').innerText()).replace(/\s+/g, ' ')
    expect(snippet).toContain('Tính đến tháng 11/2017, Bùi Thanh Sơn là Thứ trưởng thường trực')
    await screenshot(page, 'editorial-search-person', { fullPage: false })

    await page.keyboard.press('Control+k')
    await page.keyboard.type('Bùi Thanh')
    const option = page.locator('[role="listbox"] [role="option"]').first()
    await expect.poll(() => option.getAttribute('data-entry-id')).toBe('bui-thanh-son')
    expect(await option.innerText()).not.toMatch(/Thứ trưởng|Chủ tịch/)
    await page.close()
  })

  it('shows on APEC both months of the first ministerial meeting beside the Joint Statement, grouped as a disagreement', async () => {
    const page = await guarded.newPage()
    await openRoute(page, server.origin, 'entry/apec', 'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương')
    const group = page.locator('tbody.fact-conflict[data-fact-key="first-ministerial"]')
    expect(await group.count()).toBe(1)
    const rows = (await group.locator('tr.fact').allInnerTexts()).map((row) => row.replace(/\s+/g, ' '))
    expect(rows).toHaveLength(3)
    expect(rows[0]).toMatch(/tháng 10\/1989.*Wikipedia tiếng Việt, đoạn 20/)
    expect(rows[1]).toMatch(/tháng 11\/1989.*China\.org\.cn, đoạn 1/)
    expect(rows[2]).toMatch(/06\/11\/1989.*ASEAN Secretariat/)
    await group.scrollIntoViewIfNeeded()
    await screenshot(page, 'editorial-apec-first-ministerial', { fullPage: false })
    await page.close()
  })

  it('groups the TPP count the press-conference question gave (10) with the 11 parties that remained, each with its source', async () => {
    const page = await guarded.newPage()
    await openRoute(page, server.origin, 'entry/tpp', 'Hiệp định Đối tác xuyên Thái Bình Dương')
    const group = page.locator('tbody.fact-conflict[data-fact-key="members"]')
    expect(await group.count()).toBe(1)
    expect(await group.locator('.fact-conflict__title').innerText()).toContain('Các nguồn ghi khác nhau')
    const rows = (await group.locator('tr.fact').allInnerTexts()).map((row) => row.replace(/\s+/g, ' '))
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatch(/phóng viên.*\b10\b.*Chinhphu/)
    expect(rows[1]).toMatch(/\b11\b.*Wikipedia \(English\)/)
    await page.close()
  })
})
