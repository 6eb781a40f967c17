import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot } from '../helpers/browser'
import { LAYOUT_VIEWS, openView, type OpenView } from '../helpers/layout-views'
import { clickableSquare } from '../helpers/map-targets'
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

const HEADING = 'Các nền kinh tế thành viên APEC'
/** WCAG 2.2 target size (minimum): 24 by 24 CSS px. */
const MIN_TARGET = 24

async function openMembers(view: (typeof LAYOUT_VIEWS)[number]): Promise<Page> {
  const opened = await openView(session, view)
  views.push(opened)
  await openRoute(opened.page, session.server.origin, 'members', HEADING)
  await expect.poll(() => opened.page.locator('.member-map a[data-economy]').count()).toBe(21)
  return opened.page
}

describe('web edition: the member map', () => {
  it.each(LAYOUT_VIEWS)('gives every economy a target of at least 24×24 CSS px to click ($name)', async (view) => {
    const page = await openMembers(view)
    const ids = await page.locator('.member-map a[data-economy]').evaluateAll((links) => links.map((link) => link.getAttribute('data-economy') ?? ''))
    const tooSmall: string[] = []
    for (const id of ids) {
      const side = await clickableSquare(page, id, MIN_TARGET)
      if (side < MIN_TARGET) tooSmall.push(`${id}: ${side} px`)
    }
    await page.locator('.member-map').evaluate((map) => map.scrollIntoView({ block: 'start' }))
    await screenshot(page, `member-map-${view.name}`, { fullPage: false })
    expect(tooSmall).toEqual([])
  })

  it('never made a request off the local server and logged no errors', () => {
    for (const view of views) {
      expect(view.guarded.offOriginRequests).toEqual([])
      expect(view.guarded.pageErrors).toEqual([])
    }
  })
})
