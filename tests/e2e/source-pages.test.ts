import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousAxeViolations } from '../helpers/axe'
import { guardedContext, launchBrowser, screenshot, type GuardedContext } from '../helpers/browser'
import { numberedFolderPack, numberedTitle } from '../helpers/numbered-folder-pack'
import { serveWebEdition, webEditionWithPack, type RunningServer } from '../helpers/web-edition'

/**
 * "Tài liệu nguồn" with a pack built by build-pack from a folder of 250 text files: 100 documents
 * a page, three pages, each an address of its own (issue 13: a folder of 126 000 drew 126 000 cards).
 */
const FOLDER_SOURCES = 250
const TOP_PAGER = 'Chuyển trang danh sách tài liệu gốc (đầu danh sách)'
const BOTTOM_PAGER = 'Chuyển trang danh sách tài liệu gốc (cuối danh sách)'

let browser: Browser
let server: RunningServer
let guarded: GuardedContext
let removeFolder: (() => Promise<void>) | undefined

beforeAll(async () => {
  const built = await numberedFolderPack(FOLDER_SOURCES)
  removeFolder = built.remove
  server = await serveWebEdition(await webEditionWithPack(new Uint8Array(await readFile(built.pack))))
  browser = await launchBrowser()
  guarded = await guardedContext(browser, server.origin, { viewport: { width: 1366, height: 768 } })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await removeFolder?.()
})

const cards = (page: Page) => page.locator('section[aria-labelledby="sources-primary"] .source-card__title')
const firstTitle = (page: Page) => cards(page).first().textContent()
const hashOf = (page: Page) => new URL(page.url()).hash
const summary = (page: Page) => page.locator('.source-pages__summary').innerText()

describe('web edition: the source list of a 250-document folder pack, a page at a time', () => {
  it('shows how many documents there are, the first 100, and a pager above and below the list', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/sources`)
    await expect.poll(() => cards(page).count()).toBe(100)
    expect(await firstTitle(page)).toBe(numberedTitle(1))
    expect(await cards(page).last().textContent()).toBe(numberedTitle(100))
    expect(await summary(page)).toBe('250 tài liệu · đang hiện 1–100')
    for (const name of [TOP_PAGER, BOTTOM_PAGER]) {
      const pager = page.getByRole('navigation', { name, exact: true })
      expect(await pager.getByRole('textbox', { name: 'Trang' }).inputValue()).toBe('1')
      expect(await pager.innerText()).toContain('/ 3')
      expect(await pager.getByRole('link', { name: 'Sau: trang 2', exact: true }).getAttribute('href')).toBe('#/sources?page=2')
      // On the first page there is nowhere back to go: shown, not a link a keyboard stops at.
      expect(await pager.getByRole('link', { name: 'Trước', exact: true }).getAttribute('aria-disabled')).toBe('true')
    }
    expect(await page.title()).toBe('Tài liệu nguồn, trang 1/3 — Bách khoa APEC')
    // Files from a folder, not web pages the encyclopedia cleaned: the lead says what they are.
    const lead = await page.locator('.page__lead').innerText()
    expect(lead).toContain('mỗi tài liệu là một tệp văn bản trong thư mục đã nhập')
    expect(lead).not.toContain('Bách khoa APEC dựa vào')
    // A folder pack has no reference sources: no empty heading for them.
    expect(await page.locator('#sources-reference').count()).toBe(0)
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    await page.close()
  })

  it('goes to page 2 with Sau, in the address; Back returns to page 1, Forward and reload keep page 2', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/sources`)
    await expect.poll(() => cards(page).count()).toBe(100)
    await page.getByRole('navigation', { name: BOTTOM_PAGER }).getByRole('link', { name: 'Sau: trang 2' }).click()
    await expect.poll(() => firstTitle(page)).toBe(numberedTitle(101))
    expect(hashOf(page)).toBe('#/sources?page=2')
    expect(await cards(page).count()).toBe(100)
    expect(await summary(page)).toBe('250 tài liệu · đang hiện 101–200')
    // The link was at the foot of page 1: page 2 starts at its top, the reader at its heading.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sources-primary')
    await screenshot(page, 'source-pages-folder-page-2-1366')

    await page.goBack()
    await expect.poll(() => firstTitle(page)).toBe(numberedTitle(1))
    expect(hashOf(page)).toBe('#/sources')
    await page.goForward()
    await expect.poll(() => firstTitle(page)).toBe(numberedTitle(101))
    await page.reload()
    await expect.poll(() => firstTitle(page)).toBe(numberedTitle(101))
    expect(hashOf(page)).toBe('#/sources?page=2')
    expect(await page.getByRole('navigation', { name: TOP_PAGER }).getByRole('textbox', { name: 'Trang' }).inputValue()).toBe('2')
    await page.close()
  })

  it('is worked from the keyboard: Tab through the pager in order, Enter on Sau, a page number typed', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/sources?page=2`)
    await expect.poll(() => firstTitle(page)).toBe(numberedTitle(101))
    await page.locator('#sources-primary').focus()
    const reached: string[] = []
    for (let step = 0; step < 6; step++) {
      await page.keyboard.press('Tab')
      reached.push(await page.evaluate(() => {
        const element = document.activeElement
        const label = element?.getAttribute('aria-label')
        return label ?? (element instanceof HTMLInputElement ? (element.labels?.[0]?.textContent ?? '') : (element?.textContent ?? ''))
      }))
    }
    expect(reached).toEqual(['Đầu: trang 1', 'Trước: trang 1', 'Trang', 'Đến trang đã gõ (1–3)', 'Sau: trang 3', 'Cuối: trang 3'])
    await page.keyboard.press('Enter')
    await expect.poll(() => cards(page).count()).toBe(50)
    expect(hashOf(page)).toBe('#/sources?page=3')
    expect(await cards(page).last().textContent()).toBe(numberedTitle(250))
    expect(await page.getByRole('navigation', { name: TOP_PAGER }).getByRole('link', { name: 'Sau', exact: true }).getAttribute('aria-disabled')).toBe('true')
    await screenshot(page, 'source-pages-folder-last-page-1366')

    const box = page.getByRole('navigation', { name: TOP_PAGER }).getByRole('textbox', { name: 'Trang' })
    await box.fill('1')
    await box.press('Enter')
    await expect.poll(() => firstTitle(page)).toBe(numberedTitle(1))
    expect(hashOf(page)).toBe('#/sources')
    await page.close()
  })

  it('shows the last page for an address past it, and fits a 1024 px window', async () => {
    const small = await guardedContext(browser, server.origin, { viewport: { width: 1024, height: 768 } })
    const page = await small.newPage()
    await page.goto(`${server.origin}/#/sources?page=40`)
    await expect.poll(() => firstTitle(page)).toBe(numberedTitle(201))
    await expect.poll(() => hashOf(page)).toBe('#/sources?page=3')
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await page.goto(`${server.origin}/#/sources?page=2`)
    await expect.poll(() => firstTitle(page)).toBe(numberedTitle(101))
    await screenshot(page, 'source-pages-folder-page-2-1024', { fullPage: false })
    await small.context.close()
    expect(small.pageErrors).toEqual([])
  })

  it('made no request off the local server and logged no errors', () => {
    expect(guarded.offOriginRequests).toEqual([])
    expect(guarded.pageErrors).toEqual([])
  })
})
