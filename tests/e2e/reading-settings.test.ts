import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot, type GuardedContext } from '../helpers/browser'
import type { RunningServer } from '../helpers/web-edition'
import { readLibraryRecords, setWebSettings, updateWebLibrary, writeLibraryRecords } from '../helpers/web-library'
import { openDisplayMenu, openRoute } from '../helpers/web-pages'
import { openWebSession, type WebSession } from '../helpers/web-session'
import { BACKUP_KEY, CURRENT_KEY } from '../../renderer/src/platform/web/indexed-db-library-store'

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

const openEntry = (page: Page, id: string, title: string) => openRoute(page, server.origin, `entry/${id}`, title)

describe('web edition: history, theme, text size and the keyboard', () => {
  it('keeps a history of viewed entries and sources, newest first, and recovers it from the backup when the saved copy is corrupt', async () => {
    const page = await guarded.newPage()
    await updateWebLibrary(page, server.origin, (library) => ({ ...library, history: [] }))
    await openEntry(page, 'viet-nam', 'Việt Nam')
    await openEntry(page, 'apec-2017', 'Năm APEC 2017')
    await page.goto(`${server.origin}/#/source/wikipedia-apec?p=20`)
    await expect.poll(() => page.locator('.paragraph--highlighted').count()).toBe(1)
    await openEntry(page, 'viet-nam', 'Việt Nam')
    await page.goto(`${server.origin}/#/history`)
    await expect.poll(() => page.locator('.history__item').count()).toBe(3)
    const titles = await page.locator('.history__title').allInnerTexts()
    expect(titles).toEqual(['Việt Nam', 'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương', 'Năm APEC 2017'])
    expect(await page.locator('.history__item').first().locator('time').getAttribute('datetime')).toMatch(/^\d{4}-/)
    await screenshot(page, 'history-light')

    // Survives a reload.
    await page.reload()
    await expect.poll(() => page.locator('.history__item').count()).toBe(3)

    // The saved copy cut short (as a crash elsewhere might leave it), then replaced by JSON that is
    // not a library: each time it is set aside, the backup (the save before) restored, and the user told.
    const backupTitles = (text: string) => (JSON.parse(text) as { history: { title: string }[] }).history.map((item) => item.title)
    for (const damaged of [(text: string) => text.slice(0, 120), () => JSON.stringify([{ kind: 'entry', id: 'apec', title: 'APEC', viewedAt: 'hôm qua' }, 42, null])]) {
      const before = await readLibraryRecords(page)
      const saved = before[CURRENT_KEY] ?? ''
      const backup = before[BACKUP_KEY] ?? ''
      await writeLibraryRecords(page, server.origin, { [CURRENT_KEY]: damaged(saved) })
      await expect.poll(() => page.getByRole('alert').innerText()).toContain('khôi phục từ bản sao lưu')
      await page.goto(`${server.origin}/#/history`)
      await expect.poll(() => page.locator('.history__title').allInnerTexts()).toEqual(backupTitles(backup))
      const after = await readLibraryRecords(page)
      expect(after[CURRENT_KEY]).toBe(backup)
      expect(Object.entries(after).some(([key, value]) => key.startsWith('corrupt-') && value === damaged(saved))).toBe(true)
    }
    await screenshot(page, 'library-recovered-notice-light', { fullPage: false })
    await page.getByRole('button', { name: 'Đã hiểu' }).click()
    expect(await page.getByRole('alert').count()).toBe(0)
    await page.close()
  })

  it('switches to dark mode, keeps it across reloads, and never prints dark', async () => {
    const page = await guarded.newPage()
    await setWebSettings(page, server.origin, { theme: 'system', zoom: 100 })
    await openEntry(page, 'viet-nam', 'Việt Nam')
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme)
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(await theme()).toBe('light')
    const light = await background()
    await openDisplayMenu(page)
    await page.getByRole('button', { name: 'Tối', exact: true }).click()
    await expect.poll(theme).toBe('dark')
    expect(await background()).not.toBe(light)
    expect(await page.getByRole('button', { name: 'Tối', exact: true }).getAttribute('aria-pressed')).toBe('true')
    await page.reload()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Việt Nam')
    expect(await theme()).toBe('dark')
    await screenshot(page, 'entry-viet-nam-dark')

    await page.emulateMedia({ media: 'print' })
    expect(await background()).toBe('rgb(255, 255, 255)')
    expect(await page.locator('.shell__header').isVisible()).toBe(false)
    expect(await page.locator('.shell__footer').isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })

    await page.goto(`${server.origin}/#/browse/economy`)
    await expect.poll(() => page.locator('.entry-card').count()).toBeGreaterThan(10)
    await screenshot(page, 'browse-dark')
    await page.goto(`${server.origin}/#/history`)
    await expect.poll(() => page.locator('.history__item').count()).toBeGreaterThan(0)
    await screenshot(page, 'history-dark')
    await page.goto(`${server.origin}/#/source/chinhphu-csom-2017?p=1`)
    await expect.poll(() => page.locator('.paragraph--highlighted').count()).toBe(1)
    await screenshot(page, 'source-dark')

    // "Theo hệ thống" follows the system colour scheme.
    await openDisplayMenu(page)
    await page.getByRole('button', { name: 'Theo hệ thống', exact: true }).click()
    await page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(theme).toBe('light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(theme).toBe('dark')
    await page.getByRole('button', { name: 'Sáng', exact: true }).click()
    await expect.poll(theme).toBe('light')
    await page.close()
  })

  it('changes the text size with A− / A+ / 100% and remembers it', async () => {
    const page = await guarded.newPage()
    await setWebSettings(page, server.origin, { theme: 'system', zoom: 100 })
    await openEntry(page, 'viet-nam', 'Việt Nam')
    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
    expect(await rootSize()).toBe('16px')
    await openDisplayMenu(page)
    await page.getByRole('button', { name: /phóng to chữ/ }).click()
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.zoom)).toBe('110')
    expect(await rootSize()).toBe('17.6px')
    await page.reload()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Việt Nam')
    expect(await rootSize()).toBe('17.6px')
    await openDisplayMenu(page)
    await page.getByRole('button', { name: /thu nhỏ chữ/ }).click()
    await page.getByRole('button', { name: /thu nhỏ chữ/ }).click()
    await expect.poll(rootSize).toBe('14.4px')
    await page.getByRole('button', { name: /cỡ chữ mặc định/ }).click()
    await expect.poll(rootSize).toBe('16px')
    await page.close()
  })

  it('reaches every header control with Tab, with a visible focus ring, opening the menus with Enter', async () => {
    const page = await guarded.newPage()
    await openEntry(page, 'viet-nam', 'Việt Nam')
    await page.locator('body').focus()
    const reached: string[] = []
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null
        if (!element) return null
        const style = getComputedStyle(element)
        return { name: element.getAttribute('aria-label') ?? element.textContent ?? '', outline: style.outlineStyle, expanded: element.getAttribute('aria-expanded') }
      })
      if (focused) {
        reached.push(focused.name.trim())
        expect(focused.outline).not.toBe('none')
        // The pages that do not fit (under "Thêm") and theme and text size (under "Hiển thị").
        if (focused.expanded === 'false') await page.keyboard.press('Enter')
      }
    }
    for (const name of ['Mục từ', 'Thêm', 'Lịch sử', 'Hiển thị', 'Tối', 'A+ phóng to chữ']) expect(reached).toContain(name)
    expect(reached.some((name) => name.startsWith('Quay lại'))).toBe(true)
    await page.close()
  })

  it('never made a request off the local server and logged no errors', () => {
    expect(guarded.offOriginRequests).toEqual([])
    expect(guarded.pageErrors).toEqual([])
  })
})
