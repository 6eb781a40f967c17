import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addBookmark } from '../../data/core/library/bookmarks'
import { addEntryToPack } from '../../data/core/library/briefing-pack-entries'
import { createPack, findPack, setPackFields } from '../../data/core/library/briefing-packs'
import { createEmptyLibrary, type LibraryDocument } from '../../data/core/library/library-schema'
import { serializeLibrary } from '../../data/core/library/library-text'
import { setNote } from '../../data/core/library/notes'
import { seriousAxeViolations } from '../helpers/axe'
import { screenshot, type GuardedContext } from '../helpers/browser'
import { at, sampleLibrary } from '../helpers/library'
import { readWebLibrary, setWebSettings, writeWebLibrary } from '../helpers/web-library'
import type { RunningServer } from '../helpers/web-edition'
import { openWebSession, type WebSession } from '../helpers/web-session'

let session: WebSession
let server: RunningServer
let guarded: GuardedContext
let files: string

beforeAll(async () => {
  session = await openWebSession()
  ;({ server, guarded } = session)
  files = await mkdtemp(join(tmpdir(), 'apec-library-files-'))
})

afterAll(async () => {
  await session?.close()
})

/** A pack of three real entries, in this order. */
function threeEntryPack(): LibraryDocument {
  let library = createPack(createEmptyLibrary(), { id: 'pack-som', title: 'Hội nghị SOM' }, at(1))
  for (const [entryId, title] of [
    ['viet-nam', 'Việt Nam'],
    ['apec-2017', 'Năm APEC 2017'],
    ['apec', 'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương'],
  ] as const) {
    library = addEntryToPack(library, 'pack-som', { entryId, title }, at(2))
  }
  return library
}

const rows = (page: Page) => page.locator('.pack-entry')
const rowIds = (page: Page) => rows(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-entry-id')))
/** Which row and which control of it hold the focus. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    return [element?.closest('li')?.getAttribute('data-entry-id') ?? null, element?.dataset.control ?? element?.tagName ?? null]
  })
const announcement = (page: Page) => page.locator('.pack-page [aria-live="assertive"]').innerText()

async function openPack(page: Page, id: string, title: string): Promise<void> {
  await page.goto(`${server.origin}/#/pack/${id}`)
  await expect.poll(() => page.locator('h1.page__title').textContent()).toBe(title)
}

/** Waits until the library this page holds has reached IndexedDB. */
async function saved(page: Page): Promise<LibraryDocument> {
  await page.locator('html[data-library-save="saved"]').waitFor({ state: 'attached' })
  return readWebLibrary(page)
}

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
    const library = await saved(page)
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

    expect(findPack(await saved(page), 'pack-som')?.entryIds).toEqual(['apec', 'apec-2017', 'viet-nam'])
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
    expect(findPack(await saved(page), 'pack-som')?.entryIds).toEqual(['apec', 'apec-2017', 'viet-nam'])
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
    await page.getByLabel('Ngày họp').fill('2024-02-26')
    await field('note').locator('textarea').fill('In 12 bản.\nMang theo bản tiếng Anh.')
    // Leaving the field saves at once, without waiting for the pause.
    await page.keyboard.press('Tab')
    await expect.poll(() => field('note').locator('.field__status').innerText()).toBe('Đã lưu')
    await page.getByRole('button', { name: 'Bỏ Năm APEC 2017 khỏi gói' }).click()
    await expect.poll(() => rowIds(page)).toEqual(['viet-nam', 'apec'])
    await expect.poll(() => announcement(page)).toBe('Đã bỏ “Năm APEC 2017” khỏi gói.')
    expect(findPack(await saved(page), 'pack-som')).toMatchObject({
      title: 'SOM 1 – Lima 2024',
      meeting: 'Hội nghị Quan chức Cao cấp lần 1',
      date: '2024-02-26',
      note: 'In 12 bản.\nMang theo bản tiếng Anh.',
      entryIds: ['viet-nam', 'apec'],
    })
    await page.reload()
    await expect.poll(() => field('meeting').locator('input').inputValue()).toBe('Hội nghị Quan chức Cao cấp lần 1')
    expect(await page.getByLabel('Ngày họp').inputValue()).toBe('2024-02-26')
    expect(await page.getByRole('link', { name: 'In gói tài liệu' }).getAttribute('href')).toBe('#/print/pack/pack-som')

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
    expect((await saved(page)).briefingPacks.map((pack) => pack.id)).toEqual([copyId])
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
    expect(await missing.innerText()).toContain('không còn trong gói dữ liệu')
    expect(await missing.getByRole('link').count()).toBe(0)
    expect(await page.locator('.pack-entry .entry-reference--missing').count()).toBe(1)
    await screenshot(page, 'pack-missing-entry-light')

    await page.goto(`${server.origin}/#/library`)
    await expect.poll(() => page.locator('.library-list__item[data-entry-id="apec-2031"]').innerText()).toContain('không còn trong gói dữ liệu')
    expect(await page.locator('.library-note[data-entry-id="apec-2031"]').innerText()).toContain('Ghi chú vẫn còn.')
    // Moving another entry keeps the missing one in the saved pack.
    await openPack(page, 'pack-som', 'Hội nghị SOM')
    await page.getByRole('button', { name: 'Xuống: chuyển Việt Nam xuống sau' }).click()
    expect(findPack(await saved(page), 'pack-som')?.entryIds).toEqual(['apec-2017', 'viet-nam', 'apec', 'apec-2031'])
    await page.close()
  })

  it('leaves a clearly labelled placeholder at #/print/pack/<id> for the print work', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, threeEntryPack())
    await openPack(page, 'pack-som', 'Hội nghị SOM')
    await page.getByRole('link', { name: 'In gói tài liệu' }).click()
    await expect.poll(() => page.locator('[data-placeholder="print-pack"] h1').textContent()).toBe('Bản in gói tài liệu: Hội nghị SOM')
    expect(await page.locator('.page__note').innerText()).toContain('phần việc in ấn')
    await screenshot(page, 'print-pack-placeholder-light')
    await page.close()
  })
})

describe('web edition: bookmarks, notes and the library page', () => {
  it('keeps a bookmark and a note across a reload, with a visible saved state', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, createEmptyLibrary())
    await page.goto(`${server.origin}/#/entry/viet-nam`)
    const bookmark = page.getByRole('button', { name: 'Đánh dấu', exact: true })
    await bookmark.click()
    await expect.poll(() => bookmark.getAttribute('aria-pressed')).toBe('true')
    const note = page.getByRole('textbox', { name: 'Ghi chú của bạn' })
    await note.fill('Chủ nhà APEC 2006 và 2017.\nHỏi Vụ Hợp tác kinh tế đa phương về SOM 2027.')
    await expect.poll(() => page.locator('.note-box__status').innerText()).toBe('Đã lưu')
    await page.getByLabel('In ghi chú này trên trang thông tin').check()
    await screenshot(page, 'entry-library-tools-light', { fullPage: false })
    expect((await saved(page)).notes['viet-nam']).toMatchObject({ title: 'Việt Nam', showOnSheet: true })

    await page.reload()
    await expect.poll(() => note.inputValue()).toBe('Chủ nhà APEC 2006 và 2017.\nHỏi Vụ Hợp tác kinh tế đa phương về SOM 2027.')
    expect(await bookmark.getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByLabel('In ghi chú này trên trang thông tin').isChecked()).toBe(true)

    // Typing and leaving at once still saves: blur does not wait for the pause.
    await note.fill('Chỉ một dòng.')
    await page.keyboard.press('Tab')
    await page.reload()
    await expect.poll(() => note.inputValue()).toBe('Chỉ một dòng.')

    await page.getByRole('link', { name: 'Thư viện', exact: true }).click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Thư viện của bạn')
    expect(await page.locator('.library-list__item[data-entry-id="viet-nam"]').innerText()).toContain('Việt Nam')
    expect(await page.locator('.library-note[data-entry-id="viet-nam"]').innerText()).toContain('Chỉ một dòng.')
    await page.getByRole('button', { name: 'Bỏ đánh dấu Việt Nam' }).click()
    await expect.poll(() => page.locator('.library-list__item[data-entry-id="viet-nam"]').count()).toBe(0)
    expect((await saved(page)).bookmarks).toEqual([])
    await page.close()
  })

  it('exports the library as one JSON file and imports files by merge or replace, with counts; a bad file changes nothing', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, sampleLibrary())
    await page.goto(`${server.origin}/#/library`)
    await page.locator('.library-note').first().waitFor()

    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Xuất ra tệp…' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^thu-vien-bach-khoa-apec-\d{4}-\d{2}-\d{2}\.json$/)
    const exported = join(files, 'exported.json')
    await download.saveAs(exported)
    expect(await readFile(exported, 'utf8')).toBe(serializeLibrary(sampleLibrary()))
    await expect.poll(() => page.locator('.library-transfer__outcome').innerText()).toContain('Đã xuất thư viện')

    const importFile = async (name: string, text: string, mode: 'Gộp vào thư viện hiện có' | 'Thay toàn bộ thư viện') => {
      const path = join(files, name)
      await writeFile(path, text)
      await page.getByRole('radio', { name: mode }).check()
      const choosing = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Chọn tệp để nhập…' }).click()
      await (await choosing).setFiles(path)
    }
    const countsOf = () =>
      page.locator('.import-summary tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))))

    let other = setPackFields(createPack(createEmptyLibrary(), { id: 'pack-khac', title: 'Gói từ máy khác' }, at(40)), 'pack-khac', { meeting: 'AMM' }, at(41))
    other = addBookmark(other, { entryId: 'abac', title: 'ABAC' }, at(42))
    other = setNote(other, { entryId: 'viet-nam', title: 'Việt Nam' }, 'Ghi chú mới hơn từ máy khác.', at(43))
    await importFile('tu-may-khac.json', serializeLibrary(other), 'Gộp vào thư viện hiện có')
    await expect.poll(() => page.locator('.library-transfer__done').innerText()).toBe('Đã gộp “tu-may-khac.json” vào thư viện.')
    // Rows: bookmarks, notes, packs, history; columns: added, updated, total.
    expect(await countsOf()).toEqual([
      [1, 0, 3],
      [0, 1, 1],
      [1, 0, 2],
      [0, 0, 2],
    ])
    await screenshot(page, 'library-import-merge-light')
    const merged = await saved(page)
    expect(merged.notes['viet-nam']?.text).toBe('Ghi chú mới hơn từ máy khác.')
    expect(merged.briefingPacks.map((pack) => pack.id)).toEqual(['pack-hoi-nghi', 'pack-khac'])

    const broken = serializeLibrary(other).replace('"date": ""', '"date": "2025-02-30"')
    await importFile('hong.json', broken, 'Gộp vào thư viện hiện có')
    await expect.poll(() => page.locator('.library-transfer__failed').innerText()).toContain('Tệp thư viện không hợp lệ')
    expect(await page.locator('.library-transfer__failed').innerText()).toContain("briefingPacks.0.date: must be a date 'YYYY-MM-DD' or ''")
    await importFile('khong-phai-json.json', 'xin chào', 'Thay toàn bộ thư viện')
    await expect.poll(() => page.locator('.library-transfer__failed').getAttribute('data-error-code')).toBe('library-not-json')
    expect(await readWebLibrary(page)).toEqual(merged)

    await importFile('thay-the.json', serializeLibrary(other), 'Thay toàn bộ thư viện')
    await expect.poll(() => page.locator('.library-transfer__done').innerText()).toBe('Đã thay thư viện bằng “thay-the.json”.')
    expect(await countsOf()).toEqual([
      [1, 0, 1],
      [1, 0, 1],
      [1, 0, 1],
      [0, 0, 0],
    ])
    expect(await saved(page)).toEqual(other)
    await page.close()
  })

  it('keeps what two tabs add: a tab opened earlier does not save its stale copy over the other', async () => {
    const first = await guarded.newPage()
    await writeWebLibrary(first, server.origin, createEmptyLibrary())
    const second = await guarded.newPage()
    await second.goto(`${server.origin}/#/entry/apec-2017`)
    await first.goto(`${server.origin}/#/entry/viet-nam`)
    await first.getByRole('button', { name: 'Đánh dấu', exact: true }).click()
    await expect.poll(async () => (await readWebLibrary(first)).bookmarks.map((bookmark) => bookmark.entryId)).toEqual(['viet-nam'])
    // The second tab, never reloaded, shows the first tab's bookmark: it read the library again.
    await second.goto(`${server.origin}/#/library`)
    await expect.poll(() => second.locator('.library-list__item[data-entry-id="viet-nam"]').count()).toBe(1)
    await second.goto(`${server.origin}/#/entry/apec-2017`)
    await second.getByRole('button', { name: 'Đánh dấu', exact: true }).click()
    await expect.poll(async () => (await readWebLibrary(second)).bookmarks.map((bookmark) => bookmark.entryId).sort()).toEqual(['apec-2017', 'viet-nam'])
    await first.close()
    await second.close()
  })

  it('moves history and settings from the old localStorage keys into the library, once', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, createEmptyLibrary())
    await page.evaluate(() => {
      localStorage.setItem(
        'apec.history',
        JSON.stringify([
          { kind: 'entry', id: 'viet-nam', title: 'Việt Nam', viewedAt: '2025-01-02T03:04:05.000Z' },
          { kind: 'entry', id: 'x', title: 'Hỏng', viewedAt: 'hôm qua' },
          42,
        ]),
      )
      localStorage.setItem('apec.settings', JSON.stringify({ theme: 'dark', zoom: 125 }))
    })
    await page.reload()
    await expect.poll(() => page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.zoom])).toEqual(['dark', '125'])
    const library = await saved(page)
    expect(library.history).toEqual([{ kind: 'entry', id: 'viet-nam', title: 'Việt Nam', visitedAt: '2025-01-02T03:04:05.000Z' }])
    expect(library.settings).toMatchObject({ theme: 'dark', zoom: 125 })
    expect(await page.evaluate(() => [localStorage.getItem('apec.history'), localStorage.getItem('apec.settings')])).toEqual([null, null])
    await setWebSettings(page, server.origin, { theme: 'system', zoom: 100 })
    await page.close()
  })
})

describe('web edition: library pages, light and dark', () => {
  it('has no serious or critical accessibility violations on the library, packs and pack pages', async () => {
    const page = await guarded.newPage()
    let library = addEntryToPack(threeEntryPack(), 'pack-som', { entryId: 'apec-2031', title: 'Năm APEC 2031 (đã bỏ)' }, at(3))
    library = setPackFields(library, 'pack-som', { meeting: 'SOM 1', date: '2025-02-20', note: 'Mang theo bản in.' }, at(4))
    library = { ...library, bookmarks: sampleLibrary().bookmarks, notes: sampleLibrary().notes, history: sampleLibrary().history }
    library = createPack(library, { id: 'pack-amm', title: 'Hội nghị Bộ trưởng (AMM)' }, at(5))
    const pages = [
      ['library', '#/library', '.library-note'],
      ['packs', '#/packs', '.pack-card'],
      ['pack', '#/pack/pack-som', '.pack-entry'],
      ['entry', '#/entry/viet-nam', '.note-box'],
    ] as const
    for (const theme of ['light', 'dark'] as const) {
      await writeWebLibrary(page, server.origin, { ...library, settings: { ...library.settings, theme } })
      for (const [name, hash, ready] of pages) {
        await page.goto(`${server.origin}/${hash}`)
        await expect.poll(() => page.locator(ready).count()).toBeGreaterThan(0)
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
        expect(await seriousAxeViolations(page, server.origin), `${theme} ${hash}`).toEqual([])
        await screenshot(page, `library-${name}-${theme}`, { fullPage: name !== 'entry' })
      }
      // The chooser open, in both themes.
      await page.getByRole('button', { name: /^Thêm vào gói tài liệu/ }).click()
      await screenshot(page, `entry-add-to-pack-${theme}`, { fullPage: false })
      expect(await seriousAxeViolations(page, server.origin), `${theme} chooser`).toEqual([])
    }
    await setWebSettings(page, server.origin, { theme: 'system' })
    await page.close()
  })

  it('never made a request off the local server and logged no errors', () => {
    expect(guarded.offOriginRequests).toEqual([])
    expect(guarded.pageErrors).toEqual([])
  })
})
