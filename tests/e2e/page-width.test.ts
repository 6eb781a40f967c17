import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot } from '../helpers/browser'
import { openView, type LayoutView, type OpenView } from '../helpers/layout-views'
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

/** The app's largest text size on the small office screen and on a laptop. */
const LARGEST_TEXT: readonly LayoutView[] = [
  { name: '1024x768-text200', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, textSize: 200 },
  { name: '1366x768-text200', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, textSize: 200 },
]

/** Each kind of page a reader meets, with what shows it has drawn. */
const PAGES = [
  ['home', '#/', '.year-card'],
  ['members', '#/members', '.member-map a[data-economy]'],
  ['timeline', '#/timeline', 'h1.page__title'],
  ['structure', '#/structure', 'h1.page__title'],
  ['glossary', '#/glossary', 'h1.page__title'],
  ['sources', '#/sources', 'h1.page__title'],
  ['search', '#/search?q=da%20nang', '.search-hit'],
  ['entry', '#/entry/apec-2017', '.fact-box'],
  ['economy', '#/entry/viet-nam', '.fact-box'],
] as const

describe('web edition: no page scrolls sideways at 200 % text', () => {
  it.each(LARGEST_TEXT)('keeps every page within the window width ($name)', async (view) => {
    const opened = await openView(session, view)
    views.push(opened)
    const page = opened.page
    const wide: string[] = []
    for (const [name, hash, ready] of PAGES) {
      await page.goto(`${session.server.origin}/${hash}`)
      await page.locator(ready).first().waitFor()
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }))
      if (width.page > width.window) wide.push(`${name}: ${width.page} px in ${width.window}`)
      await screenshot(page, `page-${name}-${view.name}`, { fullPage: false })
    }
    expect(wide).toEqual([])
  })

  it('never made a request off the local server and logged no errors', () => {
    for (const view of views) {
      expect(view.guarded.offOriginRequests).toEqual([])
      expect(view.guarded.pageErrors).toEqual([])
    }
  })
})
