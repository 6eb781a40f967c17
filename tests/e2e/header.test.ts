import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousAxeViolations } from '../helpers/axe'
import { screenshot } from '../helpers/browser'
import { LAYOUT_VIEWS, openView, type LayoutView, type OpenView } from '../helpers/layout-views'
import { setWebSettings } from '../helpers/web-library'
import { navigationLink, openRoute } from '../helpers/web-pages'
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

/** Every page of the main navigation, as a user reads it. */
const DESTINATIONS = [
  ['Trang chủ', '#/'],
  ['Mục từ', '#/browse'],
  ['Thành viên', '#/members'],
  ['Dòng thời gian', '#/timeline'],
  ['Cơ cấu', '#/structure'],
  ['Thuật ngữ', '#/glossary'],
  ['So sánh', '#/compare'],
  ['Tài liệu nguồn', '#/sources'],
  ['Lịch sử', '#/history'],
  ['Thư viện', '#/library'],
  ['Gói tài liệu', '#/packs'],
] as const

/** 200 % text: the app's largest text size, on the small office screen and on a laptop. */
const LARGEST_TEXT: readonly LayoutView[] = [
  { name: '1024x768-text200', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, textSize: 200 },
  { name: '1366x768-text200', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, textSize: 200 },
  { name: '1366x768-zoom200', viewport: { width: 683, height: 384 }, deviceScaleFactor: 2, textSize: 100 },
]

async function openEntryIn(view: LayoutView): Promise<Page> {
  const opened = await openView(session, view)
  views.push(opened)
  await openRoute(opened.page, session.server.origin, 'entry/viet-nam', 'Việt Nam')
  return opened.page
}

/** What a user sees of the header: its box, each visible part's box, and the lines each menu label takes. */
function headerLayout(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('.shell__header')
    if (!header) throw new Error('no header')
    const shown = (element: Element) => element.checkVisibility() && element.getBoundingClientRect().width > 0
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect()
      return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right }
    }
    // The most lines any one piece of text in the control takes (a label that wraps takes two).
    const lines = (element: Element) => {
      const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      let most = 0
      for (let text = texts.nextNode(); text; text = texts.nextNode()) {
        const range = document.createRange()
        range.selectNodeContents(text)
        const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)))
        most = Math.max(most, tops.size)
      }
      return most
    }
    const controls = [...header.querySelectorAll('a, button, input')].filter(shown)
    return {
      header: box(header),
      parts: [...header.children].filter(shown).map((part) => ({ name: part.className, ...box(part) })),
      wrappedLabels: controls.filter((control) => control.tagName !== 'INPUT' && lines(control) > 1).map((control) => control.textContent?.trim()),
      outside: controls.filter((control) => control.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((control) => control.outerHTML.slice(0, 80)),
      pageWidth: document.documentElement.scrollWidth,
      windowWidth: document.documentElement.clientWidth,
      windowHeight: window.innerHeight,
    }
  })
}

describe('web edition: the header', () => {
  it.each(LAYOUT_VIEWS)('stays one row with one-line labels, inside the window ($name)', async (view) => {
    const page = await openEntryIn(view)
    const layout = await headerLayout(page)
    await screenshot(page, `header-${view.name}`, { fullPage: false })
    expect(layout.wrappedLabels).toEqual([])
    expect(layout.outside).toEqual([])
    expect(layout.pageWidth).toBeLessThanOrEqual(layout.windowWidth)
    // One row: every visible part of the header shares one horizontal band.
    const rowTop = Math.max(...layout.parts.map((part) => part.top))
    const rowBottom = Math.min(...layout.parts.map((part) => part.bottom))
    expect(rowTop, JSON.stringify(layout.parts)).toBeLessThan(rowBottom)
    expect(layout.header.bottom - layout.header.top).toBeLessThan(layout.windowHeight / 8)
  })

  it.each(LAYOUT_VIEWS)('reaches every page of the navigation and marks the current one ($name)', async (view) => {
    const page = await openEntryIn(view)
    for (const [label, hash] of DESTINATIONS) {
      const link = await navigationLink(page, label)
      await link.click()
      await expect.poll(() => new URL(page.url()).hash.replace(/\?.*/, '')).toBe(hash)
      await expect.poll(async () => (await navigationLink(page, label)).getAttribute('aria-current')).toBe('page')
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' })
      expect(await nav.locator('[aria-current="page"]').count()).toBe(1)
      await page.keyboard.press('Escape')
    }
  })

  it.each(LARGEST_TEXT)('at 200 % never scrolls sideways and leaves most of the window to the page ($name)', async (view) => {
    const page = await openEntryIn(view)
    const layout = await headerLayout(page)
    await screenshot(page, `header-${view.name}`, { fullPage: false })
    expect(layout.outside).toEqual([])
    expect(layout.pageWidth).toBeLessThanOrEqual(layout.windowWidth)
    expect(layout.header.bottom - layout.header.top).toBeLessThan(layout.windowHeight / 3)
  })

  it('opens the overflow menu as a disclosure: aria-expanded, Escape closes it and gives focus back', async () => {
    const page = await openEntryIn(LAYOUT_VIEWS[0] ?? { name: '1024x768', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, textSize: 100 })
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' })
    const more = nav.getByRole('button', { name: 'Thêm' })
    expect(await more.getAttribute('aria-expanded')).toBe('false')
    const library = nav.getByRole('link', { name: 'Thư viện', exact: true })
    expect(await library.isVisible()).toBe(false)
    await more.focus()
    await page.keyboard.press('Enter')
    expect(await more.getAttribute('aria-expanded')).toBe('true')
    expect(await library.isVisible()).toBe(true)
    await screenshot(page, 'header-more-open-1024x768', { fullPage: false })
    // Arrow keys and Tab move through the menu; Escape closes it and puts focus back on the button.
    await page.keyboard.press('ArrowDown')
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim())
    expect(await focusedName()).not.toBe('Thêm')
    await page.keyboard.press('Escape')
    expect(await more.getAttribute('aria-expanded')).toBe('false')
    expect(await focusedName()).toBe('Thêm')
    // A click elsewhere closes it too.
    await more.click()
    expect(await more.getAttribute('aria-expanded')).toBe('true')
    await page.mouse.click(1000, 740)
    expect(await more.getAttribute('aria-expanded')).toBe('false')
    // Opened, light and dark, with no serious accessibility problem.
    await more.click()
    expect(await seriousAxeViolations(page, session.server.origin)).toEqual([])
    await page.keyboard.press('Escape')
    await setWebSettings(page, session.server.origin, { theme: 'dark' })
    await openRoute(page, session.server.origin, 'entry/viet-nam', 'Việt Nam')
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await more.click()
    expect(await library.isVisible()).toBe(true)
    expect(await seriousAxeViolations(page, session.server.origin), 'dark').toEqual([])
    await screenshot(page, 'header-more-open-1024x768-dark', { fullPage: false })
    await page.keyboard.press('Escape')
  })

  it('the skip link takes keyboard focus to the page, which stays the page it was', async () => {
    const page = await openEntryIn(LAYOUT_VIEWS.find((view) => view.name === '1366x768') ?? LAYOUT_VIEWS[0] ?? { name: '1366x768', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, textSize: 100 })
    const focused = () =>
      page.evaluate(() => ({
        text: document.activeElement?.textContent?.trim().slice(0, 40),
        id: document.activeElement?.id,
        inMain: document.querySelector('main')?.contains(document.activeElement) ?? false,
      }))
    // The first Tab on a page meets the skip link, shown on screen while it has focus.
    await page.locator('body').focus()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Bỏ qua đến nội dung chính' })
    expect((await focused()).text).toBe('Bỏ qua đến nội dung chính')
    // Seen, not only focused: the topmost thing at its middle is the link itself, not the header.
    expect(
      await skip.evaluate((link) => {
        const box = link.getBoundingClientRect()
        return box.left >= 0 && box.right <= innerWidth && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === link
      }),
    ).toBe(true)
    await screenshot(page, 'header-skip-link-1366x768', { fullPage: false })
    await page.keyboard.press('Enter')
    // Still the entry: the link does not become an address of its own (#main used to open "not found").
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Việt Nam')
    expect(new URL(page.url()).hash).toBe('#/entry/viet-nam')
    expect(await focused()).toMatchObject({ id: 'main', inMain: true })
    // The next Tab goes on inside the page, past the header.
    await page.keyboard.press('Tab')
    expect((await focused()).inMain).toBe(true)
  })

  it('never made a request off the local server and logged no errors', () => {
    for (const view of views) {
      expect(view.guarded.offOriginRequests).toEqual([])
      expect(view.guarded.pageErrors).toEqual([])
    }
  })
})
