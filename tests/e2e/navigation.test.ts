import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousAxeViolations } from '../helpers/axe'
import { screenshot, type GuardedContext } from '../helpers/browser'
import { threeEntryPack } from '../helpers/library'
import type { RunningServer } from '../helpers/web-edition'
import { writeWebLibrary } from '../helpers/web-library'
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

const APP = 'Bách khoa APEC'
const NOT_FOUND = 'Không tìm thấy nội dung'

/** Every route, with what its tab should say once the page has loaded. */
const ROUTE_TITLES: readonly [string, string][] = [
  ['#/', APP],
  ['#/sources', `Tài liệu nguồn — ${APP}`],
  ['#/source/chinaorg-apec-khai-niem', `Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC) — ${APP}`],
  ['#/source/khong-co-nguon-nay', `${NOT_FOUND} — ${APP}`],
  ['#/entry/viet-nam', `Việt Nam — ${APP}`],
  ['#/entry/apec-2031', `${NOT_FOUND} — ${APP}`],
  ['#/browse', `Mục từ — ${APP}`],
  ['#/browse/economy', `Nền kinh tế — ${APP}`],
  ['#/history', `Lịch sử xem — ${APP}`],
  ['#/members', `Các nền kinh tế thành viên APEC — ${APP}`],
  ['#/timeline', `Dòng thời gian 1989 – nay — ${APP}`],
  ['#/structure', `Cơ cấu tổ chức APEC — ${APP}`],
  ['#/glossary', `Thuật ngữ — ${APP}`],
  ['#/search?q=da%20nang', `Kết quả tìm kiếm cho “da nang” — ${APP}`],
  ['#/search', `Tìm kiếm — ${APP}`],
  ['#/library', `Thư viện của bạn — ${APP}`],
  ['#/packs', `Gói tài liệu — ${APP}`],
  ['#/pack/pack-som', `Hội nghị SOM — ${APP}`],
  ['#/pack/pack-gone', `Không có gói tài liệu này — ${APP}`],
  ['#/print/pack/pack-som?preset=one-page', `Bản in: Hội nghị SOM — ${APP}`],
  ['#/print/pack/pack-gone', `Không có gói tài liệu này — ${APP}`],
  ['#/print/viet-nam?preset=one-page', `Bản in: Việt Nam — ${APP}`],
  ['#/print/apec-2031', `${NOT_FOUND} — ${APP}`],
  ['#/print/briefing?title=SOM%201&entries=viet-nam', `Bản in: SOM 1 — ${APP}`],
  ['#/print/briefing', `Gói tài liệu chưa có mục từ nào — ${APP}`],
  ['#/khong-co/trang-nay', `Không có trang này — ${APP}`],
]

describe('web edition: page titles and pages that are not there', () => {
  it('sets the tab title on every route, the error\'s when the page cannot be shown', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, threeEntryPack())
    const seen: [string, string][] = []
    for (const [hash] of ROUTE_TITLES) {
      await page.goto(`${server.origin}/${hash}`)
      // Loaded: nothing says "Đang tải…" and the page has its heading.
      await expect.poll(() => page.locator('#main h1').count(), { message: hash }).toBeGreaterThan(0)
      await expect.poll(() => page.locator('.loading').count(), { message: hash }).toBe(0)
      seen.push([hash, await page.title()])
    }
    expect(seen).toEqual(ROUTE_TITLES)
    await page.close()
  })

  it('offers a search for what a stale entry address named, and home, instead of a "Thử lại" that finds nothing again', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(`${server.origin}/#/entry/apec-2017-csom`)
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.innerText()).toContain(NOT_FOUND)
    expect(await alert.getByRole('button', { name: 'Thử lại' }).count()).toBe(0)
    const box = alert.getByRole('searchbox', { name: 'Tìm trong Bách khoa APEC' })
    expect(await box.inputValue()).toBe('apec 2017 csom')
    expect(await alert.getByRole('link', { name: 'Về trang chủ' }).getAttribute('href')).toBe('#/')
    await alert.getByText('Chi tiết kỹ thuật').click()
    expect((await alert.locator('.error-screen__details').innerText()).replace(/\s+/g, ' ')).toBe(
      'Chi tiết kỹ thuật Mã lỗi not-found Chi tiết Không có mục từ mang mã “apec-2017-csom” trong gói dữ liệu này.',
    )
    await screenshot(page, 'not-found-entry-1366', { fullPage: false })
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    // By keyboard: the box, Enter, and the results for those words.
    await box.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toContain('#/search?q=apec%202017%20csom')
    await expect.poll(() => page.locator('[data-group="search-entries"] .search-hit').count()).toBeGreaterThan(0)
    await page.close()
  })

  it('offers the same on an address no page reads', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize({ width: 1024, height: 768 })
    await page.goto(`${server.origin}/#/muc-tu/da-nang`)
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Không có trang này')
    expect(await page.getByRole('button', { name: 'Thử lại' }).count()).toBe(0)
    const box = page.getByRole('searchbox', { name: 'Tìm trong Bách khoa APEC' })
    expect(await box.inputValue()).toBe('da nang')
    await screenshot(page, 'not-found-route-1024', { fullPage: false })
    await page.getByRole('button', { name: 'Tìm', exact: true }).click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Kết quả tìm kiếm cho “da nang”')
    await page.goBack()
    await page.getByRole('link', { name: 'Về trang chủ' }).click()
    await expect.poll(() => page.url()).toBe(`${server.origin}/#/`)
    await page.close()
  })
})

/** The page's scroll position, to the pixel. */
const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY))

/**
 * Scrolls with the mouse wheel until `locator` sits near the bottom of the window, as a reader who
 * read down to it. A wheel, not a scripted scrollTo: the reader's own move is what ends a restore
 * still holding the returned-to place.
 */
async function readDownTo(page: Page, locator: Locator): Promise<number> {
  const distance = await locator.evaluate((element) => Math.round(element.getBoundingClientRect().top - window.innerHeight + 200))
  await page.mouse.move(600, 400)
  await page.mouse.wheel(0, distance)
  // The place is where the page comes to rest after the wheel.
  let last = Number.NaN
  await expect.poll(async () => {
    const now = await scrollY(page)
    const resting = now === last
    last = now
    return resting
  }, { interval: 100 }).toBe(true)
  return last
}

describe('web edition: Back and Forward return to the place the reader left', () => {
  it('entry → citation → Back, by Alt+←, the header button and the browser; Forward too; a new page starts at its top', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(`${server.origin}/#/entry/apec`)
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương')
    const citation = page.locator('.body-citations__item').last().locator('a').first()
    const place = await readDownTo(page, citation)
    expect(place).toBeGreaterThan(1000)
    await citation.click()
    await expect.poll(() => page.url()).toContain('#/source/')
    await expect.poll(() => page.locator('.paragraph--highlighted').count()).toBe(1)
    const sourcePlace = await scrollY(page)

    await page.keyboard.press('Alt+ArrowLeft')
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương')
    await expect.poll(() => scrollY(page)).toBe(place)
    await screenshot(page, 'back-entry-place-1366', { fullPage: false })

    await page.keyboard.press('Alt+ArrowRight')
    await expect.poll(() => page.url()).toContain('#/source/')
    await expect.poll(() => scrollY(page)).toBe(sourcePlace)

    // The header's button (the source page scrolls up to it, so that page is left from its top).
    await page.getByRole('button', { name: 'Quay lại trang trước (Alt+←)' }).click()
    await expect.poll(() => page.url()).toContain('#/entry/apec')
    await expect.poll(() => scrollY(page)).toBe(place)

    // The browser's Back.
    await page.keyboard.press('Alt+ArrowRight')
    await expect.poll(() => page.url()).toContain('#/source/')
    await page.goBack()
    await expect.poll(() => page.url()).toContain('#/entry/apec')
    await expect.poll(() => scrollY(page)).toBe(place)

    // A link from there opens a new page at its top, not at the place of the one before.
    const link = page.locator('.relations').getByRole('link', { name: 'Việt Nam', exact: true })
    const linkPlace = await readDownTo(page, link)
    expect(linkPlace).not.toBe(place)
    await link.click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Việt Nam')
    expect(await scrollY(page)).toBe(0)
    await page.goBack()
    await expect.poll(() => scrollY(page)).toBe(linkPlace)
    await page.close()
  })

  it('results → entry → Back returns to the same hit of the results, at 1024 px too', async () => {
    for (const [width, name] of [[1366, 'back-results-place-1366'], [1024, 'back-results-place-1024']] as const) {
      const page = await guarded.newPage()
      await page.setViewportSize({ width, height: 768 })
      await page.goto(`${server.origin}/#/search?q=apec`)
      const hits = page.locator('[data-group="search-entries"] .search-hit')
      await expect.poll(() => hits.count()).toBeGreaterThan(20)
      const hit = hits.nth(20)
      const title = await hit.locator('.search-hit__title').innerText()
      const place = await readDownTo(page, hit)
      expect(place).toBeGreaterThan(1500)
      await hit.locator('.search-hit__title').click()
      await expect.poll(() => page.locator('h1.page__title').textContent()).toBe(title)
      expect(await scrollY(page)).toBe(0)
      await page.keyboard.press('Alt+ArrowLeft')
      await expect.poll(() => page.url()).toContain('#/search?q=apec')
      await expect.poll(() => scrollY(page)).toBe(place)
      // The hit the reader left from is in view again.
      const top = await hit.evaluate((element) => element.getBoundingClientRect().top)
      expect(top).toBeGreaterThan(0)
      expect(top).toBeLessThan(768 - 100)
      await screenshot(page, name, { fullPage: false })
      // And over a reload of the tab, the place is kept.
      await page.reload()
      await expect.poll(() => hits.count()).toBeGreaterThan(20)
      await expect.poll(() => scrollY(page)).toBe(place)
      await page.close()
    }
  })
})

describe('web edition: navigation, afterwards', () => {
  it('never made a request off the local server and logged no errors', () => {
    expect(guarded.offOriginRequests).toEqual([])
    expect(guarded.pageErrors).toEqual([])
  })
})
