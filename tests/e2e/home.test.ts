import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousAxeViolations } from '../helpers/axe'
import { screenshot } from '../helpers/browser'
import { LAYOUT_VIEWS, openView, type OpenView } from '../helpers/layout-views'
import { setWebSettings, updateWebLibrary } from '../helpers/web-library'
import { openRoute } from '../helpers/web-pages'
import { openWebSession, type WebSession } from '../helpers/web-session'

let session: WebSession
const views: OpenView[] = []

beforeAll(async () => {
  session = await openWebSession()
})

afterAll(async () => {
  for (const view of views) await view.close()
  await session?.close()
})

const LAPTOP = LAYOUT_VIEWS.find((view) => view.name === '1366x768') ?? LAYOUT_VIEWS[0]

/** A fresh reader (empty library) on a given day, at a given window size. */
async function freshReader(today: string, view = LAPTOP): Promise<Page> {
  if (!view) throw new Error('no layout view')
  const opened = await openView(session, view)
  views.push(opened)
  await opened.page.clock.setFixedTime(new Date(today))
  await updateWebLibrary(opened.page, session.server.origin, (library) => ({ ...library, history: [], bookmarks: [] }))
  await openHome(opened.page)
  return opened.page
}

async function openHome(page: Page): Promise<void> {
  await page.goto(`${session.server.origin}/#/`)
  await expect.poll(() => page.locator('.year-card').count()).toBe(1)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

const main = (page: Page) => page.getByRole('main')
const recentYears = (page: Page) => page.locator('.year-list__item').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-year'))))

describe('web edition: the home page as a place to start', () => {
  it('features this year of APEC with its host, and the four years before, each opening its entry', async () => {
    const page = await freshReader('2017-11-06T09:00:00+07:00')
    const card = page.locator('.year-card')
    expect(await card.getAttribute('data-year')).toBe('2017')
    // textContent: the eyebrow line is set in capitals by CSS; the words are what a screen reader says.
    expect(await card.textContent()).toContain('Năm nay, 2017')
    expect(await card.textContent()).toContain('Chủ nhà: Việt Nam')
    expect(await card.getByRole('link').getAttribute('href')).toBe('#/entry/apec-2017')
    expect(await recentYears(page)).toEqual([2016, 2015, 2014, 2013])
    expect(await page.locator('.year-list__item[data-year="2016"] a').getAttribute('href')).toBe('#/entry/apec-2016')
    await page.locator('.year-list__item[data-year="2016"] a').click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toContain('2016')
  })

  it('when the pack has no entry for this year, says so and shows the latest years it has', async () => {
    const page = await freshReader('2031-03-01T09:00:00+07:00')
    const card = page.locator('.year-card')
    expect(await card.textContent()).not.toContain('Năm nay')
    expect(await card.textContent()).toContain('Năm APEC gần nhất')
    expect(await card.getAttribute('data-year')).toBe('2026')
    expect(await recentYears(page)).toEqual([2025, 2024, 2023, 2022])
  })

  it('searches from a field on the page, and offers queries to try', async () => {
    const page = await freshReader('2026-12-03T09:00:00+07:00')
    const field = main(page).getByRole('searchbox', { name: 'Tìm trong bách khoa' })
    await field.fill('da nang')
    await field.press('Enter')
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toMatch(/^#\/search\?q=da nang/)
    await expect.poll(() => page.locator('.search-hit').first().innerText()).toContain('Đà Nẵng')
    await openHome(page)
    await main(page).getByRole('link', { name: 'FTAAP', exact: true }).click()
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toMatch(/^#\/search\?q=FTAAP/)
  })

  it('leads to the members map, the timeline and the other overview pages', async () => {
    const page = await freshReader('2026-12-03T09:00:00+07:00')
    for (const [name, hash] of [
      ['Bản đồ thành viên', '#/members'],
      ['Dòng thời gian', '#/timeline'],
      ['Cơ cấu tổ chức', '#/structure'],
      ['Thuật ngữ', '#/glossary'],
      ['Mục từ theo loại', '#/browse'],
      ['Tài liệu nguồn', '#/sources'],
      ['So sánh các nền kinh tế', '#/compare'],
      ['Gói tài liệu', '#/packs'],
    ] as const) {
      expect(await main(page).getByRole('link', { name, exact: true }).getAttribute('href'), name).toBe(hash)
    }
    await main(page).getByRole('link', { name: 'Bản đồ thành viên', exact: true }).click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Các nền kinh tế thành viên APEC')
  })

  it('shows what the reader read last and bookmarked, newest first, with a word on each when empty', async () => {
    const page = await freshReader('2026-12-03T09:00:00+07:00')
    expect(await main(page).innerText()).toContain('Các mục từ và tài liệu bạn mở sẽ hiện ở đây.')
    expect(await main(page).innerText()).toContain('Bấm “☆ Đánh dấu” trên một mục từ để giữ nó ở đây.')
    await screenshot(page, 'home-empty-library-1366x768', { fullPage: false })
    await openRoute(page, session.server.origin, 'entry/viet-nam', 'Việt Nam')
    await page.getByRole('button', { name: /Đánh dấu/ }).click()
    await expect.poll(() => page.getByRole('button', { name: /Đánh dấu/ }).getAttribute('aria-pressed')).toBe('true')
    await openRoute(page, session.server.origin, 'entry/apec-2017', 'Năm APEC 2017')
    await openHome(page)
    await expect.poll(() => page.locator('[data-list="recent"] a').allInnerTexts()).toEqual(['Năm APEC 2017', 'Việt Nam'])
    expect(await page.locator('[data-list="recent"] a').first().getAttribute('href')).toBe('#/entry/apec-2017')
    expect(await page.locator('[data-list="bookmarks"] a').allInnerTexts()).toEqual(['Việt Nam'])
    expect(await page.locator('[data-list="bookmarks"] a').getAttribute('href')).toBe('#/entry/viet-nam')
    await screenshot(page, 'home-with-library-1366x768', { fullPage: false })
  })

  it.each(LAYOUT_VIEWS)('puts the search field and this year of APEC on the first screen, never wider than the window ($name)', async (view) => {
    const page = await freshReader('2026-12-03T09:00:00+07:00', view)
    const layout = await page.evaluate(() => ({
      search: document.querySelector('.home-search__input')?.getBoundingClientRect().bottom ?? Infinity,
      year: document.querySelector('.year-card__title')?.getBoundingClientRect().bottom ?? Infinity,
      height: innerHeight,
      pageWidth: document.documentElement.scrollWidth,
      windowWidth: document.documentElement.clientWidth,
    }))
    await screenshot(page, `home-${view.name}`, { fullPage: false })
    expect(layout.search).toBeLessThanOrEqual(layout.height)
    expect(layout.year).toBeLessThanOrEqual(layout.height)
    expect(layout.pageWidth).toBeLessThanOrEqual(layout.windowWidth)
  })

  it('has no serious accessibility problem, in light and dark', async () => {
    const page = await freshReader('2026-12-03T09:00:00+07:00')
    for (const theme of ['light', 'dark'] as const) {
      await setWebSettings(page, session.server.origin, { theme })
      await openHome(page)
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
      expect(await seriousAxeViolations(page, session.server.origin), theme).toEqual([])
      await screenshot(page, `home-${theme}`)
    }
  })

  it('never made a request off the local server and logged no errors', () => {
    for (const view of views) {
      expect(view.guarded.offOriginRequests).toEqual([])
      expect(view.guarded.pageErrors).toEqual([])
    }
  })
})
