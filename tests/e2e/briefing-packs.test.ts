import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addBookmark } from '../../data/core/library/bookmarks'
import { addEntryToPack } from '../../data/core/library/briefing-pack-entries'
import { createPack, findPack } from '../../data/core/library/briefing-packs'
import { createEmptyLibrary } from '../../data/core/library/library-schema'
import { setNote } from '../../data/core/library/notes'
import { screenshot, type GuardedContext } from '../helpers/browser'
import { at, threeEntryPack } from '../helpers/library'
import { readWebLibrary, savedWebLibrary, writeWebLibrary } from '../helpers/web-library'
import type { RunningServer } from '../helpers/web-edition'
import { openRoute } from '../helpers/web-pages'
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

const rows = (page: Page) => page.locator('.pack-entry')
const rowIds = (page: Page) => rows(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-entry-id')))
/** Which row and which control of it hold the focus. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    return [element?.closest('li')?.getAttribute('data-entry-id') ?? null, element?.dataset.control ?? element?.tagName ?? null]
  })
const announcement = (page: Page) => page.locator('.pack-page [aria-live="assertive"]').innerText()

const openPack = (page: Page, id: string, title: string) => openRoute(page, server.origin, `pack/${id}`, title)

describe('web edition: briefing packs', () => {
  it('adds entries from the search results to a new pack, then to that pack', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, createEmptyLibrary())
    await page.goto(`${server.origin}/#/search?q=${encodeURIComponent('hội nghị apec')}`)
    const hits = page.locator('[data-group="search-entries"] .search-hit')
    await expect.poll(() => hits.count()).toBeGreaterThan(3)
    const chosen: { id: string; title: string }[] = []
    for (let index = 0; index < 3; index += 1) {
      const hit = hits.nth(index)
      chosen.push({ id: (await hit.getAttribute('data-id')) ?? '', title: await hit.locator('.search-hit__title').innerText() })
      await hit.getByRole('button', { name: /^Thêm vào gói tài liệu/ }).click()
      const chooser = hit.getByRole('group', { name: 'Chọn gói tài liệu' })
      if (index === 0) {
        await chooser.getByRole('button', { name: '+ Gói tài liệu mới' }).click()
      } else {
        if (index === 2) await screenshot(page, 'search-add-to-pack-light', { fullPage: false })
        await chooser.getByRole('button', { name: /^Gói tài liệu mới/ }).click()
      }
      await expect.poll(() => hit.getByRole('status').innerText()).toContain('Đã thêm vào “Gói tài liệu mới”')
      expect(await chooser.isVisible()).toBe(false)
    }
    const library = await savedWebLibrary(page)
    expect(library.briefingPacks).toHaveLength(1)
    const pack = library.briefingPacks[0]
    expect(pack?.entryIds).toEqual(chosen.map((hit) => hit.id))
    expect(pack?.entryTitles).toEqual(Object.fromEntries(chosen.map((hit) => [hit.id, hit.title])))

    // Adding an entry that is already in the pack is not offered twice.
    await hits.nth(0).getByRole('button', { name: /^Thêm vào gói tài liệu/ }).click()
    expect(await hits.nth(0).locator('.pack-chooser__option[aria-disabled="true"]').innerText()).toContain('(đã có)')
    await page.keyboard.press('Escape')
    await expect
      .poll(() => page.evaluate(() => [document.activeElement?.closest<HTMLElement>('.search-hit')?.dataset.id, document.activeElement?.getAttribute('aria-expanded')]))
      .toEqual([chosen[0]?.id, 'false'])

    // The link in the confirmation opens the pack, entries in the order they were added.
    await hits.nth(2).getByRole('link', { name: 'Mở gói' }).click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Gói tài liệu mới')
    await expect.poll(() => rowIds(page)).toEqual(chosen.map((hit) => hit.id))
    await page.close()
  })

  it('reorders by keyboard with the Lên/Xuống buttons and Alt+↑/↓, keeping the focus and announcing the move', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, threeEntryPack())
    await openPack(page, 'pack-som', 'Hội nghị SOM')
    await expect.poll(() => rowIds(page)).toEqual(['viet-nam', 'apec-2017', 'apec'])

    await page.getByRole('button', { name: 'Xuống: chuyển Việt Nam xuống sau' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => rowIds(page)).toEqual(['apec-2017', 'viet-nam', 'apec'])
    expect(await focused(page)).toEqual(['viet-nam', 'down'])
    await expect.poll(() => announcement(page)).toBe('Đã chuyển “Việt Nam” đến vị trí 2 trên 3.')

    await page.keyboard.press('Alt+ArrowDown')
    await expect.poll(() => rowIds(page)).toEqual(['apec-2017', 'apec', 'viet-nam'])
    // "Xuống" is disabled at the bottom, so the focus moves to "Lên" of the same row.
    expect(await focused(page)).toEqual(['viet-nam', 'up'])
    await expect.poll(() => announcement(page)).toBe('Đã chuyển “Việt Nam” đến vị trí 3 trên 3.')

    // Alt+↑ from the entry's link moves the row too, and the link keeps the focus.
    await rows(page).nth(0).getByRole('link').focus()
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(() => rowIds(page)).toEqual(['apec-2017', 'apec', 'viet-nam'])
    await rows(page).nth(1).getByRole('link').focus()
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(() => rowIds(page)).toEqual(['apec', 'apec-2017', 'viet-nam'])
    expect(await focused(page)).toEqual(['apec', 'A'])
    await screenshot(page, 'pack-page-light')

    expect(findPack(await savedWebLibrary(page), 'pack-som')?.entryIds).toEqual(['apec', 'apec-2017', 'viet-nam'])
    await page.reload()
    await expect.poll(() => rowIds(page)).toEqual(['apec', 'apec-2017', 'viet-nam'])
    await page.close()
  })

  it('reorders by drag and drop', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, threeEntryPack())
    await openPack(page, 'pack-som', 'Hội nghị SOM')
    await rows(page).nth(2).dragTo(rows(page).nth(0))
    await expect.poll(() => rowIds(page)).toEqual(['apec', 'viet-nam', 'apec-2017'])
    await rows(page).nth(1).dragTo(rows(page).nth(2))
    await expect.poll(() => rowIds(page)).toEqual(['apec', 'apec-2017', 'viet-nam'])
    await expect.poll(() => announcement(page)).toBe('Đã chuyển “Việt Nam” đến vị trí 3 trên 3.')
    expect(findPack(await savedWebLibrary(page), 'pack-som')?.entryIds).toEqual(['apec', 'apec-2017', 'viet-nam'])
    await page.close()
  })

  it('sets title, meeting, date and note, removes an entry, duplicates, and deletes with undo', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, threeEntryPack())
    await openPack(page, 'pack-som', 'Hội nghị SOM')
    const field = (name: string) => page.locator(`[data-field="${name}"]`)
    await field('title').locator('input').fill('SOM 1 – Lima 2024')
    await expect.poll(() => field('title').locator('.field__status').innerText()).toBe('Đã lưu')
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('SOM 1 – Lima 2024')
    await field('meeting').locator('input').fill('Hội nghị Quan chức Cao cấp lần 1')
    await page.getByLabel('Ngày họp').fill('26/02/2024')
    await field('note').locator('textarea').fill('In 12 bản.\nMang theo bản tiếng Anh.')
    // Leaving the field saves at once, without waiting for the pause.
    await page.keyboard.press('Tab')
    await expect.poll(() => field('note').locator('.field__status').innerText()).toBe('Đã lưu')
    await page.getByRole('button', { name: 'Bỏ Năm APEC 2017 khỏi gói' }).click()
    await expect.poll(() => rowIds(page)).toEqual(['viet-nam', 'apec'])
    await expect.poll(() => announcement(page)).toBe('Đã bỏ “Năm APEC 2017” khỏi gói.')
    expect(findPack(await savedWebLibrary(page), 'pack-som')).toMatchObject({
      title: 'SOM 1 – Lima 2024',
      meeting: 'Hội nghị Quan chức Cao cấp lần 1',
      date: '2024-02-26',
      note: 'In 12 bản.\nMang theo bản tiếng Anh.',
      entryIds: ['viet-nam', 'apec'],
    })
    await page.reload()
    await expect.poll(() => field('meeting').locator('input').inputValue()).toBe('Hội nghị Quan chức Cao cấp lần 1')
    expect(await page.getByLabel('Ngày họp').inputValue()).toBe('26/02/2024')
    expect(await page.getByRole('link', { name: 'In gói tài liệu' }).getAttribute('href')).toBe('#/print/pack/pack-som?preset=one-page')

    await page.getByRole('button', { name: 'Nhân bản', exact: true }).click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('SOM 1 – Lima 2024 (bản sao)')
    await expect.poll(() => rowIds(page)).toEqual(['viet-nam', 'apec'])
    const copyId = await page.locator('.pack-page').getAttribute('data-pack-id')
    expect(copyId).not.toBe('pack-som')

    // Delete from the pack page: back to the list, with "Hoàn tác" focused in the toast.
    await page.getByRole('button', { name: 'Xóa gói', exact: true }).click()
    await expect.poll(() => page.url()).toMatch(/#\/packs$/)
    const cards = page.locator('.pack-card')
    await expect.poll(() => cards.count()).toBe(1)
    await expect.poll(() => page.locator('.toast__text').innerText()).toBe('Đã xóa gói “SOM 1 – Lima 2024 (bản sao)”.')
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Hoàn tác')
    await screenshot(page, 'packs-undo-toast-light', { fullPage: false })
    await page.keyboard.press('Enter')
    await expect.poll(() => cards.evaluateAll((items) => items.map((item) => item.getAttribute('data-pack-id')))).toEqual(['pack-som', copyId])
    await expect.poll(() => page.locator('.toast__text').innerText()).toBe('Đã khôi phục gói “SOM 1 – Lima 2024 (bản sao)”.')

    // Delete from the list, undo with the mouse.
    await page.getByRole('button', { name: 'Xóa gói SOM 1 – Lima 2024', exact: true }).click()
    await expect.poll(() => cards.count()).toBe(1)
    expect((await savedWebLibrary(page)).briefingPacks.map((pack) => pack.id)).toEqual([copyId])
    await page.getByRole('button', { name: 'Hoàn tác' }).click()
    await expect.poll(() => cards.count()).toBe(2)
    await expect.poll(async () => (await readWebLibrary(page)).briefingPacks.map((pack) => pack.id)).toEqual(['pack-som', copyId])
    await screenshot(page, 'packs-list-light')
    await page.close()
  })

  it('shows a pack entry, bookmark and note whose entry is not in the pack data, with its remembered title and a warning', async () => {
    const page = await guarded.newPage()
    let library = addEntryToPack(threeEntryPack(), 'pack-som', { entryId: 'apec-2031', title: 'Năm APEC 2031 (đã bỏ)' }, at(3))
    library = addBookmark(library, { entryId: 'apec-2031', title: 'Năm APEC 2031 (đã bỏ)' }, at(4))
    library = setNote(library, { entryId: 'apec-2031', title: 'Năm APEC 2031 (đã bỏ)' }, 'Ghi chú vẫn còn.', at(5))
    await writeWebLibrary(page, server.origin, library)
    await openPack(page, 'pack-som', 'Hội nghị SOM')
    const missing = page.locator('.pack-entry[data-entry-id="apec-2031"]')
    await expect.poll(() => missing.innerText()).toContain('Năm APEC 2031 (đã bỏ)')
    // The warning needs the pack's entry list, which arrives from the worker after the library.
    await expect.poll(() => missing.innerText()).toContain('không còn trong gói dữ liệu')
    expect(await missing.getByRole('link').count()).toBe(0)
    expect(await page.locator('.pack-entry .entry-reference--missing').count()).toBe(1)
    await screenshot(page, 'pack-missing-entry-light')

    await page.goto(`${server.origin}/#/library`)
    await expect.poll(() => page.locator('.library-list__item[data-entry-id="apec-2031"]').innerText()).toContain('không còn trong gói dữ liệu')
    expect(await page.locator('.library-note[data-entry-id="apec-2031"]').innerText()).toContain('Ghi chú vẫn còn.')
    // Moving another entry keeps the missing one in the saved pack.
    await openPack(page, 'pack-som', 'Hội nghị SOM')
    await page.getByRole('button', { name: 'Xuống: chuyển Việt Nam xuống sau' }).click()
    expect(findPack(await savedWebLibrary(page), 'pack-som')?.entryIds).toEqual(['apec-2017', 'viet-nam', 'apec', 'apec-2031'])
    await page.close()
  })

  it('prints a stored pack: its cover, then its entries in the order the user set', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, threeEntryPack())
    await openPack(page, 'pack-som', 'Hội nghị SOM')
    await page.getByRole('link', { name: 'In gói tài liệu' }).click()
    await expect.poll(() => page.url()).toContain('#/print/pack/pack-som?preset=one-page')
    await page.locator('.print-preview[data-layout="ready"]').waitFor()
    const preview = await page.locator('.print-preview').innerText()
    expect(preview).toContain('Hội nghị SOM')
    const order = ['Việt Nam', 'Năm APEC 2017', 'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương'].map((title) => preview.indexOf(title))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // Another preset keeps the stored pack, not an address-given copy of it.
    await page.getByRole('link', { name: 'Hồ sơ đầy đủ' }).click()
    await expect.poll(() => page.url()).toContain('#/print/pack/pack-som?preset=full')
    await screenshot(page, 'print-stored-pack-light')
    // And back to the pack it prints.
    await page.getByRole('link', { name: '← Về gói tài liệu' }).click()
    await expect.poll(() => page.url()).toMatch(/#\/pack\/pack-som$/)
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Hội nghị SOM')
    await page.close()
  })

  it('explains a stored pack with no entries yet instead of printing two empty pages', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, createPack(createEmptyLibrary(), { id: 'pack-moi', title: 'SOM 2' }, at(1)))
    await page.goto(`${server.origin}/#/print/pack/pack-moi?preset=one-page`)
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Gói tài liệu chưa có mục từ nào')
    expect(await page.locator('#main').innerText()).toContain('Gói “SOM 2” chưa có mục từ nào')
    expect(await page.locator('.print-paper').count()).toBe(0)
    await screenshot(page, 'print-stored-pack-empty-1366', { fullPage: false })
    await page.getByRole('link', { name: '← Về gói tài liệu' }).click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('SOM 2')
    await page.close()
  })

  it('says so when a printed pack no longer exists', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, createEmptyLibrary())
    await page.goto(`${server.origin}/#/print/pack/pack-gone`)
    await expect.poll(() => page.locator('h1').innerText()).toBe('Không có gói tài liệu này')
    await page.close()
  })
})

describe('web edition: briefing packs, afterwards', () => {
  it('never made a request off the local server and logged no errors', () => {
    expect(guarded.offOriginRequests).toEqual([])
    expect(guarded.pageErrors).toEqual([])
  })
})
