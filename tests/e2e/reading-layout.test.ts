import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot } from '../helpers/browser'
import { LAYOUT_VIEWS, openView, type OpenView } from '../helpers/layout-views'
import { renderedLines } from '../helpers/text-lines'
import { openRoute } from '../helpers/web-pages'
import { openWebSession, type WebSession } from '../helpers/web-session'

let session: WebSession
/** One context per window size, reused by the tests that look at it. */
const views = new Map<string, OpenView>()

beforeAll(async () => {
  session = await openWebSession()
})

afterAll(async () => {
  for (const view of views.values()) await view.close()
  await session?.close()
})

/** Entries whose fact tables hold people's names, dates, places and long sentences side by side. */
const ENTRIES = [
  ['viet-nam', 'Việt Nam'],
  ['csom-2017', 'Hội nghị tổng kết quan chức cao cấp APEC 2017'],
  ['som', 'Hội nghị Quan chức Cao cấp APEC'],
  ['apec-2017', 'Năm APEC 2017'],
] as const

/** A value a reader takes in at a glance: a name, a date, a place (at most four words). */
const isShort = (value: string) => value.split(/\s+/).length <= 4 && value.length <= 32
/** The longest comfortable line of prose. */
const MAX_LINE = 80

async function openEntry(view: (typeof LAYOUT_VIEWS)[number], id: string, title: string): Promise<Page> {
  let opened = views.get(view.name)
  if (!opened) {
    opened = await openView(session, view)
    views.set(view.name, opened)
  }
  await openRoute(opened.page, session.server.origin, `entry/${id}`, title)
  return opened.page
}

describe('web edition: reading an entry', () => {
  const roomy = LAYOUT_VIEWS.filter((view) => ['1024x768', '1366x768', '1920x1080', '1366x768-text150'].includes(view.name))

  it.each(roomy)('keeps short fact values (names, dates, places) on one line ($name)', async (view) => {
    const wrapped: string[] = []
    for (const [id, title] of ENTRIES) {
      const page = await openEntry(view, id, title)
      const values = page.locator('.fact-box .fact__value')
      for (const value of await values.all()) {
        const asOf = (await value.locator('.fact__as-of').allInnerTexts()).join('').trim()
        const text = (await value.innerText()).replace(asOf, '').trim()
        if (!isShort(text)) continue
        const lines = (await renderedLines(value)).map((line) => line.replace(asOf, '').trim()).filter(Boolean)
        if (lines.length > 1) wrapped.push(`${id}: ${lines.join(' / ')}`)
      }
      if (id === 'viet-nam') {
        await page.locator('.fact-box').evaluate((box) => box.scrollIntoView())
        await screenshot(page, `entry-facts-${view.name}`, { fullPage: false })
      }
    }
    expect(wrapped).toEqual([])
  })

  it.each(LAYOUT_VIEWS)('keeps prose lines of the entry body at most 80 characters ($name)', async (view) => {
    const page = await openEntry(view, 'apec-2017', 'Năm APEC 2017')
    const lines = (await Promise.all((await page.locator('.entry__body p').all()).map(renderedLines))).flat()
    expect(lines.length).toBeGreaterThan(3)
    const longest = lines.reduce((best, line) => (line.length > best.length ? line : best), '')
    expect(longest.length, longest).toBeLessThanOrEqual(MAX_LINE)
  })

  /** A+ at 150 and 200 % on the small office screen and the laptop: the rem grows, the window does not. */
  const largeText = [
    { name: '1024x768-text150', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, textSize: 150 },
    { name: '1024x768-text200', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, textSize: 200 },
    { name: '1366x768-text200', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, textSize: 200 },
  ] as const satisfies readonly (typeof LAYOUT_VIEWS)[number][]

  it.each(largeText)('keeps the fact table inside its box and the page from scrolling sideways ($name)', async (view) => {
    const overflowing: string[] = []
    for (const [id, title] of ENTRIES) {
      const page = await openEntry(view, id, title)
      const layout = await page.evaluate(() => {
        const box = document.querySelector('.fact-box')?.getBoundingClientRect()
        const table = document.querySelector('.fact-box__table')?.getBoundingClientRect()
        return { boxRight: box?.right ?? 0, tableRight: table?.right ?? Infinity, pageWidth: document.documentElement.scrollWidth, windowWidth: document.documentElement.clientWidth }
      })
      if (layout.tableRight > layout.boxRight + 0.5) overflowing.push(`${id}: table ends at ${layout.tableRight}, its box at ${layout.boxRight}`)
      if (layout.pageWidth > layout.windowWidth) overflowing.push(`${id}: page ${layout.pageWidth} px wide in a ${layout.windowWidth} px window`)
      if (id === 'viet-nam') {
        await page.locator('.fact-box').evaluate((box) => box.scrollIntoView())
        await screenshot(page, `entry-facts-${view.name}`, { fullPage: false })
      }
    }
    expect(overflowing).toEqual([])
  })

  it('uses the width of a wide screen for the entry, not empty margins', async () => {
    const view = LAYOUT_VIEWS.find((candidate) => candidate.name === '1920x1080')
    if (!view) throw new Error('no 1920x1080 view')
    const page = await openEntry(view, 'viet-nam', 'Việt Nam')
    const [layout, window] = await page.locator('.entry__layout').evaluate((element) => [element.getBoundingClientRect().width, innerWidth])
    expect(layout).toBeGreaterThanOrEqual(0.6 * (window ?? 0))
  })

  it('never made a request off the local server and logged no errors', () => {
    for (const view of views.values()) {
      expect(view.guarded.offOriginRequests).toEqual([])
      expect(view.guarded.pageErrors).toEqual([])
    }
  })
})
