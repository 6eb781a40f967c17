import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addEntryToPack } from '../../data/core/library/briefing-pack-entries'
import { createEmptyLibrary } from '../../data/core/library/library-schema'
import { serializeLibrary } from '../../data/core/library/library-text'
import { setNote } from '../../data/core/library/notes'
import { screenshot, type GuardedContext } from '../helpers/browser'
import { at, sampleLibrary, threeEntryPack } from '../helpers/library'
import { readLibraryRecords, readWebLibrary, savedWebLibrary, writeLibraryRecords, writeWebLibrary } from '../helpers/web-library'
import type { RunningServer } from '../helpers/web-edition'
import { openWebSession, type WebSession } from '../helpers/web-session'

let session: WebSession
let server: RunningServer
let guarded: GuardedContext
let files: string

beforeAll(async () => {
  session = await openWebSession()
  ;({ server, guarded } = session)
  files = await mkdtemp(join(tmpdir(), 'apec-library-bad-'))
})

afterAll(async () => {
  await session?.close()
})

/** What a later version of the app might save: formatVersion 2, with a part this version does not know. */
const NEWER = JSON.stringify({ ...sampleLibrary(), formatVersion: 2, tags: [{ id: 'som', name: 'SOM' }] }, null, 2)

describe('web edition: a library saved by a newer version of the app', () => {
  it('opens read-only with a notice to update, and never renames, overwrites or backs up the saved library', async () => {
    const page = await guarded.newPage()
    const backup = serializeLibrary(sampleLibrary())
    await writeLibraryRecords(page, server.origin, { current: NEWER, backup })
    const before = await readLibraryRecords(page)
    await page.goto(`${server.origin}/#/entry/viet-nam`)
    const banner = page.locator('.library-banner[data-notice="newer-version"]')
    await expect.poll(() => banner.innerText()).toContain('Thư viện do phiên bản mới hơn tạo; cập nhật ứng dụng')
    // It stays in view while saves are refused: no "Đã hiểu".
    expect(await banner.getByRole('button').count()).toBe(0)

    await page.getByRole('button', { name: 'Đánh dấu', exact: true }).click()
    const note = page.getByRole('textbox', { name: 'Ghi chú của bạn' })
    await note.fill('Không được lưu.')
    await page.keyboard.press('Tab')
    await expect.poll(() => page.locator('.note-box__status').innerText()).toBe('Chưa lưu được')
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'library-newer-version-light', { fullPage: false })
    // The banner says why; no second "could not save" banner with a pointless retry button.
    expect(await page.locator('.library-banner--error').count()).toBe(0)

    await page.reload()
    await expect.poll(() => banner.count()).toBe(1)
    expect(await readLibraryRecords(page)).toEqual(before)
    expect(Object.keys(before).sort()).toEqual(['backup', 'current'])
    await page.close()
  })

  it('makes a tab read-only at its next save when a newer version saved meanwhile, without writing over it', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, sampleLibrary())
    await page.goto(`${server.origin}/#/entry/apec`)
    const bookmark = page.getByRole('button', { name: 'Đánh dấu', exact: true })
    await bookmark.waitFor()
    // Another tab, of a newer version, saves: a new revision holding its format.
    const newerTab = await guarded.newPage()
    const revision = Number((await readLibraryRecords(page)).revision ?? 0)
    await writeLibraryRecords(newerTab, server.origin, { current: NEWER, revision: revision + 1 })
    const before = await readLibraryRecords(newerTab)
    await bookmark.click()
    await expect.poll(() => page.locator('.library-banner[data-notice="newer-version"]').count()).toBe(1)
    expect(await readLibraryRecords(page)).toEqual(before)
    await newerTab.close()
    await page.close()
  })
})

describe('web edition: entry ids that are Object.prototype keys', () => {
  it('shows a note and a pack entry on the id "constructor", with the remembered title', async () => {
    const page = await guarded.newPage()
    let library = setNote(threeEntryPack(), { entryId: 'constructor', title: 'Mục từ đã bỏ' }, 'Ghi chú trên một id lạ.', at(5))
    library = addEntryToPack(library, 'pack-som', { entryId: 'constructor', title: 'Mục từ đã bỏ' }, at(6))
    await writeWebLibrary(page, server.origin, library)

    await page.goto(`${server.origin}/#/library`)
    const item = page.locator('.library-note[data-entry-id="constructor"]')
    await expect.poll(() => item.innerText()).toContain('Ghi chú trên một id lạ.')
    expect(await item.innerText()).toContain('Mục từ đã bỏ')

    await page.goto(`${server.origin}/#/pack/pack-som`)
    const last = page.locator('.pack-entry').nth(3)
    // The warning appears once the pack's entry list has loaded; until then the remembered title shows.
    await expect.poll(() => last.innerText()).toContain('không còn trong gói dữ liệu')
    expect(await last.innerText()).toContain('Mục từ đã bỏ')
    await page.close()
  })

  it('names an id "constructor" in a printed pack built from its address, instead of an empty line', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/print/briefing?title=Thử&entries=constructor,viet-nam`)
    const line = page.locator('.pack-contents__line[data-entry-id="constructor"]')
    await expect.poll(() => line.innerText()).toContain('constructor')
    expect(await line.innerText()).toContain('không còn trong gói dữ liệu')
    await page.close()
  })

  it('adds a note on "constructor" from a merge-import instead of dropping it', async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, sampleLibrary())
    await page.goto(`${server.origin}/#/library`)
    await page.locator('.library-note').first().waitFor()
    const path = join(files, 'id-la.json')
    await writeFile(path, serializeLibrary(setNote(createEmptyLibrary(), { entryId: 'constructor', title: 'Hàm tạo' }, 'Từ tệp nhập.', at(9))))
    await page.getByRole('radio', { name: 'Gộp vào thư viện hiện có' }).check()
    const choosing = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Chọn tệp để nhập…' }).click()
    await (await choosing).setFiles(path)
    await expect.poll(() => page.locator('.library-transfer__done').innerText()).toBe('Đã gộp “id-la.json” vào thư viện.')
    const saved = await savedWebLibrary(page)
    expect(Object.keys(saved.notes).sort()).toEqual(['constructor', 'viet-nam'])
    expect((await readWebLibrary(page)).notes.constructor).toMatchObject({ text: 'Từ tệp nhập.', title: 'Hàm tạo' })
    await page.close()
  })

  it('never made a request off the local server and logged no errors', () => {
    expect(guarded.offOriginRequests).toEqual([])
    expect(guarded.pageErrors).toEqual([])
  })
})
