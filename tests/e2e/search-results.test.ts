import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot, type GuardedContext } from '../helpers/browser'
import type { RunningServer } from '../helpers/web-edition'
import { openWebSession, type WebSession } from '../helpers/web-session'

/** Issue 9, section 2, items 3, 5, 6, 8 and 14: what a newcomer met on the results page and around it. */

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

const BOX = 'input[role="combobox"]'
const OPTIONS = '[role="listbox"] [role="option"]'
const ENTRY_HITS = '[data-group="search-entries"] .search-hit'
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const

async function openResults(page: Page, query: string): Promise<void> {
  await page.goto(`${server.origin}/#/search?q=${encodeURIComponent(query)}`)
  await waitForResults(page, query)
}

async function waitForResults(page: Page, query: string): Promise<void> {
  await expect
    .poll(() => page.locator('article.search-page').evaluate((article: HTMLElement) => [article.dataset.query, article.dataset.state]))
    .toEqual([query.trim(), 'ready'])
}

async function hitIds(page: Page): Promise<string[]> {
  return page.locator(ENTRY_HITS).evaluateAll((hits) => hits.map((hit) => hit.getAttribute('data-id') ?? ''))
}

/** Screenshots at each laptop size, of the whole page and of what shows without scrolling. */
async function shots(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await screenshot(page, `${name}-${size.width}`, { fullPage: false })
  }
}

/** A space before . , ; : ) or after (: "tại Đà Nẵng ." */
const BAD_SPACING = /\s[.,;:)]|\(\s/u

describe('web edition: the results page and the search box', () => {
  it('shows snippets without a space before punctuation', async () => {
    const page = await guarded.newPage()
    const queries = ['da nang', 'gia nhập', 'apec 1989', 'thai binh duong', 'hoa ky', 'Việt Nam', 'hội nghị', 'csom', 'thương mại', 'tháng 11']
    const found: string[] = []
    let snippets = 0
    for (const query of queries) {
      await openResults(page, query)
      for (const text of await page.locator('.search-hit__snippet').allInnerTexts()) {
        snippets++
        if (BAD_SPACING.test(text)) found.push(`${query}: ${text}`)
      }
    }
    expect(snippets).toBeGreaterThan(300)
    expect(found).toEqual([])
    await openResults(page, 'gia nhập')
    await shots(page, 'search-snippets-spacing')
    await page.close()
  })

  it('reaches every match with "Xem thêm", from the keyboard, saying how many are shown', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize(SIZES[0])
    await openResults(page, 'apec')
    const group = page.locator('[data-group="search-entries"]')
    const total = Number(await group.getAttribute('data-count'))
    expect(total).toBeGreaterThan(100)
    expect(await page.locator(ENTRY_HITS).count()).toBe(50)
    const shown = group.locator('.search-group__shown')
    expect(await shown.innerText()).toBe(`Đang hiện 50 trên ${total} mục từ.`)
    const more = group.getByRole('button', { name: 'Xem thêm 50 mục từ' })
    await more.scrollIntoViewIfNeeded()
    await shots(page, 'search-more')

    // From the last hit, Tab reaches the button, and Enter loads the next page.
    await page.locator(`${ENTRY_HITS} .search-hit__title`).last().focus()
    const focusedIsMore = () => page.evaluate(() => document.activeElement?.textContent?.startsWith('Xem thêm') ?? false)
    for (let tabs = 0; tabs < 6 && !(await focusedIsMore()); tabs++) await page.keyboard.press('Tab')
    expect(await focusedIsMore()).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator(ENTRY_HITS).count()).toBe(100)
    // The first new hit has the focus: a keyboard user reads on from there.
    const focusedHit = () => page.evaluate(() => document.activeElement?.closest<HTMLElement>('.search-hit')?.dataset.id ?? null)
    expect(await focusedHit()).toBe((await hitIds(page))[50])
    expect(await shown.innerText()).toBe(`Đang hiện 100 trên ${total} mục từ.`)

    while ((await page.locator(ENTRY_HITS).count()) < total) {
      const before = await page.locator(ENTRY_HITS).count()
      await group.locator('.search-group__more button').focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => page.locator(ENTRY_HITS).count()).toBeGreaterThan(before)
    }
    const ids = await hitIds(page)
    expect(ids).toHaveLength(total)
    expect(new Set(ids).size).toBe(total)
    expect(await shown.innerText()).toBe(`Đã hiện đủ ${total} mục từ.`)
    expect(await group.locator('.search-group__more button').count()).toBe(0)
    expect(await group.locator('.search-group__count').innerText()).toBe(String(total))
    await shown.scrollIntoViewIfNeeded()
    await shots(page, 'search-more-all')

    // Back from the last hit returns to every hit, not to the first fifty.
    expect(page.url()).toContain(`entries=${total}`)
    await page.locator(`${ENTRY_HITS} .search-hit__title`).last().click()
    await expect.poll(() => page.url()).toContain('#/entry/')
    await page.goBack()
    await waitForResults(page, 'apec')
    await expect.poll(() => page.locator(ENTRY_HITS).count()).toBe(total)
    await page.close()
  })

  it('empties the box when leaving the results page and shows the query again on Back', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize(SIZES[0])
    await page.goto(`${server.origin}/#/`)
    const box = page.locator(BOX)
    await box.fill('da nang')
    await box.press('Enter')
    await waitForResults(page, 'da nang')
    expect(await box.inputValue()).toBe('da nang')

    // A hit opened from the results: the box no longer holds the query.
    await page.locator(`${ENTRY_HITS} .search-hit__title`).first().click()
    await expect.poll(() => page.url()).toContain('#/entry/da-nang')
    await expect.poll(() => box.inputValue()).toBe('')
    await page.goBack()
    await waitForResults(page, 'da nang')
    await expect.poll(() => box.inputValue()).toBe('da nang')

    // Any other page, as from the menu: empty there too; Back brings the query back.
    await page.evaluate(() => {
      window.location.hash = '#/members'
    })
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Các nền kinh tế thành viên APEC')
    await expect.poll(() => box.inputValue()).toBe('')
    await shots(page, 'search-box-left-results')
    await page.goBack()
    await waitForResults(page, 'da nang')
    await expect.poll(() => box.inputValue()).toBe('da nang')
    await page.close()
  })

  it('suggests only names holding every typed word, and nothing for nonsense', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize(SIZES[0])
    await page.goto(`${server.origin}/#/`)
    const box = page.locator(BOX)
    const optionIds = () => page.locator(OPTIONS).evaluateAll((options) => options.map((option) => option.getAttribute('data-entry-id')))

    // Each step first waits for a list, so an empty one is an answer, not a slow reply.
    await box.fill('gia')
    await expect.poll(optionIds).toContain('rcmp')
    await box.fill('gia nhập')
    await expect.poll(optionIds).toEqual([])

    await box.fill('bl')
    await expect.poll(optionIds).toContain('blake-island')
    await box.fill('xqzvwk bl')
    await expect.poll(optionIds).toEqual([])
    await box.fill('xqzvwk')
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false')
    await shots(page, 'search-suggest-nonsense')

    await box.fill('hoa k')
    await expect.poll(optionIds).toContain('united-states')
    await shots(page, 'search-suggest-words')

    // No "did you mean" for nonsense on the results page either.
    await openResults(page, 'xqzvwk blorp')
    expect(await page.locator('.search-empty__message').innerText()).toBe('Không tìm thấy kết quả nào cho “xqzvwk blorp”.')
    expect(await page.locator('.search-empty__closest').count()).toBe(0)
    await page.close()
  })

  it('looks up the glossary by alias, without dashes, and in traditional characters; search reads them too', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize(SIZES[0])
    await page.goto(`${server.origin}/#/glossary`)
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Thuật ngữ')
    const lookup = page.getByLabel('Tra thuật ngữ')
    const rows = () => page.locator('.glossary-table tbody tr').evaluateAll((found) => found.map((row) => row.getAttribute('data-entry')))

    await lookup.fill('亚太经合组织')
    await expect.poll(rows).toEqual(['apec'])
    // The row says which of its other names matched.
    expect(await page.locator('tr[data-entry="apec"] .glossary-table__alias').innerText()).toBe('Tên khác: 亚太经合组织')
    await shots(page, 'glossary-alias')
    await lookup.fill('chau a thai binh duong')
    await expect.poll(rows).toContain('apec')
    await shots(page, 'glossary-no-dashes')
    await lookup.fill('觀察員')
    await expect.poll(rows).toEqual(['quan-sat-vien'])
    await shots(page, 'glossary-traditional')

    await openResults(page, '觀察員')
    expect((await hitIds(page))[0]).toBe('quan-sat-vien')
    const marks = await page.locator(`${ENTRY_HITS} .search-hit__snippet mark`).first().innerText()
    expect(marks).toBe('观察员')
    await shots(page, 'search-traditional')
    await page.close()
  })

  it('made no off-origin requests and raised no page errors', () => {
    expect(guarded.offOriginRequests).toEqual([])
    expect(guarded.pageErrors).toEqual([])
  })
})
