import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findPack, setPackFields } from '../../data/core/library/briefing-packs'
import { guardedContext, launchBrowser, screenshot } from '../helpers/browser'
import { at, threeEntryPack } from '../helpers/library'
import { readWebLibrary, savedWebLibrary, writeWebLibrary } from '../helpers/web-library'
import { shippedWebEdition, type RunningServer } from '../helpers/web-edition'
import { openRoute } from '../helpers/web-pages'

/**
 * The pack's meeting date on a machine set up in English: Chromium started with --lang=en-US and
 * an en-US locale, where a browser date input would show 11/06/2017 for 6 November.
 */
let server: RunningServer
let browser: Browser

beforeAll(async () => {
  server = shippedWebEdition()
  browser = await launchBrowser({ lang: 'en-US' })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const openPack = (page: Parameters<typeof openRoute>[0], id: string, title: string) => openRoute(page, server.origin, `pack/${id}`, title)

describe('web edition in an English browser: the pack meeting date', () => {
  it('takes the meeting date as dd/mm/yyyy on a machine set up in English, refusing 31/02/2017 with a Vietnamese message', async () => {
    const english = await guardedContext(browser, server.origin, { locale: 'en-US' })
    const page = await english.newPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    expect(await page.evaluate(() => [navigator.language, new Intl.DateTimeFormat().resolvedOptions().locale])).toEqual(['en-US', 'en-US'])
    await writeWebLibrary(page, server.origin, setPackFields(threeEntryPack(), 'pack-som', { date: '2017-11-06' }, at(2)))
    await openPack(page, 'pack-som', 'Hội nghị SOM')
    const date = page.getByLabel('Ngày họp')
    const field = page.locator('[data-field="date"]')
    const savedDate = async () => findPack(await savedWebLibrary(page), 'pack-som')?.date
    // 6 November, day first, whatever the machine's locale; the format is said beside the box.
    expect(await date.inputValue()).toBe('06/11/2017')
    expect(await field.innerText()).toContain('Ngày/tháng/năm, ví dụ 06/11/2017')

    await date.fill('31/02/2017')
    await page.keyboard.press('Tab')
    await expect.poll(() => field.getByRole('alert').innerText()).toBe('Không có ngày 31/02/2017 trong lịch. Hãy kiểm tra lại ngày và tháng. Ngày họp chưa được lưu.')
    const problem = field.locator('.field__problem')
    expect(await date.getAttribute('aria-invalid')).toBe('true')
    expect(await date.evaluate((input) => input.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent))).toContain(
      'Không có ngày 31/02/2017 trong lịch. Hãy kiểm tra lại ngày và tháng. Ngày họp chưa được lưu.',
    )
    // Nothing was written: what is stored is still 6 November.
    expect(findPack(await readWebLibrary(page), 'pack-som')?.date).toBe('2017-11-06')
    await screenshot(page, 'pack-date-invalid-en-US-1366', { fullPage: false })

    // Typed the short way: saved as it is typed, written out in full on leaving the box.
    await date.fill('7/11/2017')
    await expect.poll(savedDate).toBe('2017-11-07')
    expect(await problem.innerText()).toBe('')
    await page.keyboard.press('Tab')
    expect(await date.inputValue()).toBe('07/11/2017')
    expect(await date.getAttribute('aria-invalid')).toBe('false')

    await date.fill('2017-11-08')
    await page.keyboard.press('Enter')
    await expect.poll(() => problem.innerText()).toBe('“2017-11-08” chưa đúng dạng ngày/tháng/năm. Hãy nhập như 06/11/2017. Ngày họp chưa được lưu.')
    expect(await savedDate()).toBe('2017-11-07')
    // The box holds an unsaved value: it no longer claims "Đã lưu".
    expect(await field.locator('.field__status').innerText()).toBe('')
    await page.setViewportSize({ width: 1024, height: 768 })
    await screenshot(page, 'pack-date-format-en-US-1024', { fullPage: false })

    await date.fill('')
    await expect.poll(savedDate).toBe('')
    await date.fill('07/11/2017')
    await expect.poll(savedDate).toBe('2017-11-07')
    await page.goto(`${server.origin}/#/packs`)
    await expect.poll(() => page.locator('.pack-card[data-pack-id="pack-som"] .pack-card__meta').innerText()).toContain('07/11/2017')
    expect(english.pageErrors).toEqual([])
    expect(english.offOriginRequests).toEqual([])
    await english.context.close()
  })

})
