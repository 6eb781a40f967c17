import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousAxeViolations } from '../helpers/axe'
import { screenshot, type GuardedContext } from '../helpers/browser'
import type { RunningServer } from '../helpers/web-edition'
import { openDisplayMenu } from '../helpers/web-pages'
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

const BOX = 'input[role="combobox"]'
const OPTIONS = '[role="listbox"] [role="option"]'

async function openApp(page: Page, hash = '#/'): Promise<void> {
  await page.goto(`${server.origin}/${hash}`)
  await page.locator(BOX).waitFor()
}

/** Types into the header box as a user would and waits for the suggestions of the whole text. */
async function typeInBox(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+k')
  await page.keyboard.type(text)
  await expect.poll(() => page.locator(BOX).getAttribute('aria-expanded')).toBe('true')
}

async function suggestionIds(page: Page): Promise<(string | null)[]> {
  const options = page.locator(OPTIONS)
  return Promise.all((await options.all()).map((option) => option.getAttribute('data-entry-id')))
}

/** Opens the results page for a query and waits until results (or the no-results notice) show. */
async function openResults(page: Page, query: string, params = ''): Promise<void> {
  await page.goto(`${server.origin}/#/search?q=${encodeURIComponent(query)}${params}`)
  await waitForResults(page, query)
}

/** Waits for this query's answer: a hash change keeps the page, so old results may still be on screen. */
async function waitForResults(page: Page, query: string): Promise<void> {
  await expect
    .poll(() => page.locator('article.search-page').evaluate((article: HTMLElement) => [article.dataset.query, article.dataset.state]))
    .toEqual([query.trim(), 'ready'])
}

async function entryResultIds(page: Page): Promise<(string | null)[]> {
  const hits = page.locator('[data-group="search-entries"] .search-hit')
  return Promise.all((await hits.all()).map((hit) => hit.getAttribute('data-id')))
}

async function groupCount(page: Page, group: 'search-entries' | 'search-passages'): Promise<number> {
  return Number(await page.locator(`[data-group="${group}"]`).getAttribute('data-count'))
}

/** What the user sees without scrolling: a results page is too long to judge from a full-page shot. */
async function viewportShot(page: Page, name: string): Promise<void> {
  await screenshot(page, name)
  await screenshot(page, `${name}-viewport`, { fullPage: false })
}

describe('web edition: search', () => {
  it('suggests Đà Nẵng for "da nang" and "Đà Nẵng", with the type and the matched alias', async () => {
    const page = await guarded.newPage()
    await openApp(page)
    await typeInBox(page, 'da nang')
    await expect.poll(() => suggestionIds(page).then((ids) => ids[0])).toBe('da-nang')
    const first = page.locator(OPTIONS).first()
    expect(await first.locator('.search-box__title').innerText()).toBe('Đà Nẵng')
    expect(await first.locator('.search-box__type').innerText()).toBe('Địa danh')
    // The combobox names its listbox.
    const listId = await page.locator(BOX).getAttribute('aria-controls')
    expect(await page.locator('[role="listbox"]').getAttribute('id')).toBe(listId)
    await screenshot(page, 'search-suggestions')

    await page.locator(BOX).fill('')
    await typeInBox(page, 'Đà Nẵng')
    await expect.poll(() => suggestionIds(page).then((ids) => ids[0])).toBe('da-nang')

    // An alias is shown when it is what matched: "Úc" for Ô-xtrây-li-a.
    await page.locator(BOX).fill('')
    await typeInBox(page, 'Úc')
    await expect.poll(() => suggestionIds(page).then((ids) => ids[0])).toBe('australia')
    expect(await page.locator(OPTIONS).first().locator('.search-box__alias').innerText()).toBe('Úc')
    await page.close()
  })

  it('ranks the expected entry first on the results page', async () => {
    const page = await guarded.newPage()
    const cases: [string, string][] = [
      ['da nang', 'da-nang'],
      ['Đà Nẵng', 'da-nang'],
      ['Úc', 'australia'],
      ['hoa ky', 'united-states'],
      ['apec 2017', 'apec-2017'],
    ]
    for (const [query, id] of cases) {
      await openResults(page, query)
      expect((await entryResultIds(page))[0], query).toBe(id)
    }
    await openResults(page, '亚太经合组织')
    expect((await entryResultIds(page)).slice(0, 3)).toContain('apec')
    // Each entry hit links to its entry, each passage to its paragraph.
    await openResults(page, 'da nang')
    expect(await page.locator('[data-group="search-entries"] .search-hit__title').first().getAttribute('href')).toBe(
      '#/entry/da-nang',
    )
    const passage = page.locator('[data-group="search-passages"] .search-hit__title').first()
    expect(await passage.getAttribute('href')).toMatch(/^#\/source\/[^?]+\?p=\d+$/)
    await page.close()
  })

  it('highlights "thai binh duong" in snippets as whole, marked words', async () => {
    const page = await guarded.newPage()
    await openResults(page, 'thai binh duong')
    const marks = await page.locator('.search-hit__snippet mark').allInnerTexts()
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.some((mark) => mark.normalize('NFC').toLowerCase() === 'thái bình dương')).toBe(true)
    // Marks are elements built from offsets; no HTML arrives as text.
    const snippets = (await page.locator('.search-hit__snippet').allInnerTexts()).join('\n')
    expect(snippets).not.toContain('<mark')
    // A mark never ends inside a word ("Dươ" + "ng").
    for (const mark of marks) expect(mark.trim()).toMatch(/^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\s'’-]*$/u)
    expect(await groupCount(page, 'search-entries')).toBeGreaterThan(0)
    expect(await page.locator('[data-group="search-entries"] .search-group__count').innerText()).toMatch(/^\d+( \/ \d+)?$/)
    await viewportShot(page, 'search-results-light')
    await page.locator('#search-passages').evaluate((heading) => heading.scrollIntoView())
    await screenshot(page, 'search-results-passages-viewport', { fullPage: false })
    await page.evaluate(() => window.scrollTo(0, 0))

    await openDisplayMenu(page)
    await page.getByRole('button', { name: 'Tối', exact: true }).click()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await viewportShot(page, 'search-results-dark')
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    await openDisplayMenu(page)
    await page.getByRole('button', { name: 'Sáng', exact: true }).click()
    await page.keyboard.press('Escape')
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    await page.close()
  })

  it('works from the keyboard: Ctrl+K, "/", arrows, Enter and Esc', async () => {
    const page = await guarded.newPage()
    await openApp(page, '#/members')
    const box = page.locator(BOX)
    await page.keyboard.press('Control+k')
    expect(await box.evaluate((input) => input === document.activeElement)).toBe(true)
    await page.keyboard.type('da nang')
    await expect.poll(() => suggestionIds(page).then((ids) => ids[0])).toBe('da-nang')
    expect(await box.getAttribute('aria-activedescendant')).toBeNull()
    await page.keyboard.press('ArrowDown')
    const firstId = await page.locator(OPTIONS).first().getAttribute('id')
    expect(await box.getAttribute('aria-activedescendant')).toBe(firstId)
    expect(await page.locator(OPTIONS).first().getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toContain('#/entry/da-nang')
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Đà Nẵng')

    // "/" from the page jumps to the box; Enter with nothing highlighted opens the results page.
    await page.locator('h1.page__title').click()
    await page.keyboard.press('/')
    expect(await box.evaluate((input) => input === document.activeElement)).toBe(true)
    await page.keyboard.type('hoa ky')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toContain('#/search?q=hoa%20ky')
    await waitForResults(page, 'hoa ky')
    expect(await box.inputValue()).toBe('hoa ky')

    // Esc closes the list, then clears the box.
    await box.fill('')
    await typeInBox(page, 'apec')
    await page.keyboard.press('Escape')
    expect(await box.getAttribute('aria-expanded')).toBe('false')
    await page.keyboard.press('Escape')
    expect(await box.inputValue()).toBe('')
    // "/" typed inside a text field is just a character.
    await page.keyboard.type('a/b')
    expect(await box.inputValue()).toBe('a/b')
    await page.close()
  })

  it('filters by entry type and year through the URL', async () => {
    const page = await guarded.newPage()
    await openResults(page, 'apec')
    const all = await groupCount(page, 'search-entries')
    expect(all).toBeGreaterThan(1)
    await page.getByLabel('Loại mục từ').selectOption('meeting')
    await expect.poll(() => page.url()).toContain('type=meeting')
    await expect.poll(() => groupCount(page, 'search-entries')).toBeLessThan(all)
    const meetings = await groupCount(page, 'search-entries')
    expect(meetings).toBeGreaterThan(0)
    const types = await page.locator('[data-group="search-entries"] .search-hit__type').allInnerTexts()
    expect(new Set(types)).toEqual(new Set(['Hội nghị – sự kiện']))

    await page.getByLabel('Từ năm').fill('2017')
    await page.getByLabel('Đến năm').fill('2017')
    await page.getByRole('button', { name: 'Lọc', exact: true }).click()
    await expect.poll(() => page.url()).toContain('from=2017&to=2017')
    await expect.poll(() => groupCount(page, 'search-entries')).toBeLessThanOrEqual(meetings)
    const years = await page.locator('[data-group="search-entries"] .search-hit__meta').allInnerTexts()
    for (const year of years) if (/năm \d{4}/.test(year)) expect(year).toContain('năm 2017')

    // Back undoes the filter.
    await page.goBack()
    await expect.poll(() => page.url()).not.toContain('from=')
    await page.close()
  })

  it('says so when nothing matches and offers the closest titles', async () => {
    const page = await guarded.newPage()
    await openResults(page, 'vietnamxqzw')
    const empty = page.locator('.search-empty')
    expect(await empty.locator('.search-empty__message').innerText()).toBe('Không tìm thấy kết quả nào cho “vietnamxqzw”.')
    expect(await empty.innerText()).toContain('Có phải bạn muốn tìm:')
    const closest = empty.locator('.search-empty__closest a')
    expect(await closest.allInnerTexts()).toContain('Việt Nam')
    expect(await closest.first().getAttribute('href')).toMatch(/^#\/entry\//)
    expect(await page.locator('.search-group').count()).toBe(0)
    await screenshot(page, 'search-no-results')
    await page.close()
  })

  it('survives a query at the 200-character limit, typed or in the URL, and the box takes no more', async () => {
    const page = await guarded.newPage()
    const long = 'Hợp tác kinh tế châu Á – Thái Bình Dương & <b>"?#% '.repeat(12).slice(0, 500)
    const atLimit = long.slice(0, 200)
    await openResults(page, atLimit)
    expect(await page.locator('h1.page__title').innerText()).toContain('Kết quả tìm kiếm cho')
    expect(await page.locator('.search-page__notice').count()).toBe(0)
    await openApp(page, '#/')
    await page.locator(BOX).fill(long)
    expect(await page.locator(BOX).inputValue()).toBe(atLimit)
    await page.locator(BOX).press('Enter')
    await expect.poll(() => page.url()).toContain('#/search?q=')
    await waitForResults(page, atLimit)
    // The query survives the trip through the URL, `&`, `#` and `?` included.
    expect(await page.locator(BOX).inputValue()).toBe(atLimit.trim())
    await page.close()
  })

  it('cuts a 500 000-character query in the address to 200 characters before the page sees it, and says so', async () => {
    const page = await guarded.newPage()
    // This link once froze the tab for 57 s (53 s here) and ended in an error.
    const pasted = 'hợp tác kinh tế '.repeat(31_250)
    expect(pasted).toHaveLength(500_000)
    const cut = pasted.slice(0, 200)
    await page.goto(`${server.origin}/#/search?q=${encodeURIComponent(pasted)}`)
    await waitForResults(page, cut)
    expect(await page.locator('h1.page__title').innerText()).toContain('Kết quả tìm kiếm cho “hợp tác kinh tế')
    const notice = page.locator('.search-page__notice')
    expect(await notice.isVisible()).toBe(true)
    expect(await notice.innerText()).toBe('Truy vấn dài hơn 200 ký tự nên đã được cắt: chỉ 200 ký tự đầu được dùng để tìm.')
    expect(await page.locator(BOX).inputValue()).toBe(cut)
    expect(await page.locator('.search-page__summary').isVisible()).toBe(true)
    await screenshot(page, 'search-query-cut', { fullPage: false })
    await page.close()
    // Roomy: the browser and its driver carry the 1.25 MB address with every request of the page
    // load, which takes seconds on a busy machine before any of the app's code runs. How promptly
    // the page answers is what the poll above checks, with its usual limit.
  }, 120_000)

  it('finds "da nang" in the Đà Nẵng page with Ctrl+F, ignoring marks, without touching the DOM', async () => {
    const page = await guarded.newPage()
    await openApp(page, '#/entry/da-nang')
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Đà Nẵng')
    // Playwright's screenshot hides carets by setting an inline style on each input and textarea, and
    // leaves `style=""` behind; that is the test's own doing, not find in page's.
    const mainHtml = async () => (await page.locator('main').innerHTML()).replaceAll(' style=""', '')
    const html = await mainHtml()
    await page.keyboard.press('Control+f')
    const find = page.getByRole('textbox', { name: 'Tìm trong trang' })
    expect(await find.evaluate((input) => input === document.activeElement)).toBe(true)
    await page.keyboard.type('da nang')
    const painted = () =>
      page.evaluate(() => ({
        matches: CSS.highlights.get('find-match')?.size ?? 0,
        current: [...(CSS.highlights.get('find-current') ?? [])].map((range) => range.toString().normalize('NFC').toLowerCase()),
      }))
    // Typing searches at each key: wait for the whole phrase, not "da nan".
    await expect.poll(async () => (await painted()).current).toEqual(['đà nẵng'])
    const count = page.locator('.find-bar__count')
    await expect.poll(() => count.innerText()).toMatch(/^1\/\d+$/)
    const total = Number((await count.innerText()).split('/')[1])
    expect(total).toBeGreaterThanOrEqual(1)
    expect((await painted()).matches).toBe(total)
    await viewportShot(page, 'find-in-page')
    if (total > 1) {
      await page.keyboard.press('Enter')
      await expect.poll(() => count.innerText()).toBe(`2/${total}`)
      await page.keyboard.press('Shift+Enter')
      await expect.poll(() => count.innerText()).toBe(`1/${total}`)
    }
    // The page's own DOM is unchanged: matches are painted, not wrapped in elements.
    expect(await mainHtml()).toBe(html)
    await page.keyboard.type('zzzz')
    await expect.poll(() => count.innerText()).toBe('Không thấy')
    await page.keyboard.press('Escape')
    expect(await page.locator('.find-bar').count()).toBe(0)
    expect(await page.evaluate(() => CSS.highlights.has('find-match'))).toBe(false)

    // The header button opens it too.
    await page.getByRole('button', { name: 'Tìm trong trang (Ctrl+F)' }).click()
    await expect.poll(() => page.locator('.find-bar').count()).toBe(1)
    await page.close()
  })

  it('made no off-origin requests and raised no page errors', () => {
    expect(guarded.offOriginRequests).toEqual([])
    expect(guarded.pageErrors).toEqual([])
  })
})
