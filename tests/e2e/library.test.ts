import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addBookmark } from '../../data/core/library/bookmarks'
import { addEntryToPack } from '../../data/core/library/briefing-pack-entries'
import { createPack, setPackFields } from '../../data/core/library/briefing-packs'
import { createEmptyLibrary } from '../../data/core/library/library-schema'
import { serializeLibrary } from '../../data/core/library/library-text'
import { setNote } from '../../data/core/library/notes'
import { seriousAxeViolations } from '../helpers/axe'
import { screenshot, type GuardedContext } from '../helpers/browser'
import { at, sampleLibrary, threeEntryPack } from '../helpers/library'
import { readWebLibrary, savedWebLibrary, setWebSettings, writeWebLibrary } from '../helpers/web-library'
import type { RunningServer } from '../helpers/web-edition'
import { navigationLink } from '../helpers/web-pages'
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
    expect((await savedWebLibrary(page)).notes['viet-nam']).toMatchObject({ title: 'Việt Nam', showOnSheet: true })

    await page.reload()
    await expect.poll(() => note.inputValue()).toBe('Chủ nhà APEC 2006 và 2017.\nHỏi Vụ Hợp tác kinh tế đa phương về SOM 2027.')
    expect(await bookmark.getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByLabel('In ghi chú này trên trang thông tin').isChecked()).toBe(true)

    // Leaving the field saves the note. (Reloading before that save commits is library-unsaved.test.ts,
    // which holds the database to be sure of it; here the saved state is waited for, as a user sees it.)
    await note.fill('Chỉ một dòng.')
    await page.keyboard.press('Tab')
    await expect.poll(() => page.locator('.note-box__status').innerText()).toBe('Đã lưu')
    expect((await readWebLibrary(page)).notes['viet-nam']?.text).toBe('Chỉ một dòng.')
    await page.reload()
    await expect.poll(() => note.inputValue()).toBe('Chỉ một dòng.')

    await (await navigationLink(page, 'Thư viện')).click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Thư viện của bạn')
    expect(await page.locator('.library-list__item[data-entry-id="viet-nam"]').innerText()).toContain('Việt Nam')
    expect(await page.locator('.library-note[data-entry-id="viet-nam"]').innerText()).toContain('Chỉ một dòng.')
    await page.getByRole('button', { name: 'Bỏ đánh dấu Việt Nam' }).click()
    await expect.poll(() => page.locator('.library-list__item[data-entry-id="viet-nam"]').count()).toBe(0)
    expect((await savedWebLibrary(page)).bookmarks).toEqual([])
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
    const merged = await savedWebLibrary(page)
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
    expect(await savedWebLibrary(page)).toEqual(other)
    await page.close()
  })

  it('keeps what two tabs add: a tab opened earlier does not save its stale copy over the other', async () => {
    const first = await guarded.newPage()
    await writeWebLibrary(first, server.origin, createEmptyLibrary())
    const second = await guarded.newPage()
    await second.goto(`${server.origin}/#/entry/apec-2017`)
    await second.locator('.entry-tools').waitFor()
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
    const library = await savedWebLibrary(page)
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
