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
/** How far a card may sit from what it describes and still read as beside it. */
const BESIDE_GAP = 16

type Box = { left: number; top: number; right: number; bottom: number }

async function openMembers(view: (typeof LAYOUT_VIEWS)[number]): Promise<Page> {
  const opened = await openView(session, view)
  views.push(opened)
  await openRoute(opened.page, session.server.origin, 'members', HEADING)
  await expect.poll(() => opened.page.locator('.member-map a[data-economy]').count()).toBe(21)
  return opened.page
}

/** A point inside the economy's target where a click really lands on it. */
async function pointOn(page: Page, economy: string): Promise<{ x: number; y: number }> {
  const link = page.locator(`.member-map a[data-economy="${economy}"]`)
  await link.evaluate((element) => element.scrollIntoView({ block: 'center' }))
  const point = await link.evaluate((element) => {
    const box = element.getBoundingClientRect()
    for (let y = Math.max(0, box.top + 1); y < Math.min(innerHeight, box.bottom); y += 1) {
      for (let x = Math.max(0, box.left + 1); x < Math.min(innerWidth, box.right); x += 1) {
        const hit = document.elementFromPoint(x, y)
        if (hit && element.contains(hit)) return { x, y }
      }
    }
    return null
  })
  if (!point) throw new Error(`no visible point of ${economy} on the map`)
  return point
}

function gapBetween(a: Box, b: Box): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right)
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom)
  return Math.hypot(dx, dy)
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

/** The card for `economy`, once it shows its title, with the boxes it must be judged against. */
async function cardPlacement(page: Page, economy: string) {
  const card = page.locator(`#link-preview[data-entry="${economy}"] .link-preview__title`)
  await card.waitFor()
  return page.evaluate((id) => {
    const box = (element: Element | null): Box => {
      const rect = element?.getBoundingClientRect()
      return rect ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } : { left: 0, top: 0, right: 0, bottom: 0 }
    }
    return {
      card: box(document.querySelector('#link-preview')),
      target: box(document.querySelector(`.member-map a[data-economy="${id}"]`)),
      header: box(document.querySelector('.shell__header')),
      window: { left: 0, top: 0, right: innerWidth, bottom: innerHeight },
    }
  }, economy)
}

function expectBeside(placement: Awaited<ReturnType<typeof cardPlacement>>, what: string): void {
  const { card, target, header, window } = placement
  expect(card.left, `${what}: card inside the window`).toBeGreaterThanOrEqual(0)
  expect(card.top, `${what}: card inside the window`).toBeGreaterThanOrEqual(0)
  expect(card.right, `${what}: card inside the window`).toBeLessThanOrEqual(window.right)
  expect(card.bottom, `${what}: card inside the window`).toBeLessThanOrEqual(window.bottom)
  expect(overlaps(card, header), `${what}: card over the header`).toBe(false)
  expect(overlaps(card, target), `${what}: card covers what it describes`).toBe(false)
  expect(gapBetween(card, target), `${what}: card beside what it describes`).toBeLessThanOrEqual(BESIDE_GAP)
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

  it.each(LAYOUT_VIEWS)('shows the preview card beside the shape or marker hovered or focused, inside the window ($name)', async (view) => {
    const page = await openMembers(view)
    for (const economy of ['viet-nam', 'singapore', 'chile']) {
      const point = await pointOn(page, economy)
      await page.mouse.move(point.x, point.y)
      expectBeside(await cardPlacement(page, economy), `hover ${economy}`)
      if (economy === 'viet-nam') await screenshot(page, `member-map-preview-${view.name}`, { fullPage: false })
      await page.mouse.move(0, 0)
      await expect.poll(() => page.locator('#link-preview').count()).toBe(0)
    }
    for (const economy of ['japan', 'chinese-taipei', 'united-states']) {
      await page.locator(`.member-map a[data-economy="${economy}"]`).focus()
      expectBeside(await cardPlacement(page, economy), `focus ${economy}`)
      await page.keyboard.press('Escape')
      await expect.poll(() => page.locator('#link-preview').count()).toBe(0)
    }
  })

  it('never made a request off the local server and logged no errors', () => {
    for (const view of views) {
      expect(view.guarded.offOriginRequests).toEqual([])
      expect(view.guarded.pageErrors).toEqual([])
    }
  })
})
