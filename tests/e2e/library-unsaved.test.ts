import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmptyLibrary } from '../../data/core/library/library-schema'
import type { GuardedContext } from '../helpers/browser'
import { holdLibraryDatabase, readWebLibrary, savedWebLibrary, unsavedJournalKeys, writeWebLibrary } from '../helpers/web-library'
import type { RunningServer } from '../helpers/web-edition'
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

const noteBox = (page: Page) => page.getByRole('textbox', { name: 'Ghi chú của bạn' })
const noteStatus = (page: Page) => page.locator('.note-box__status').innerText()

/** The entry page with an empty library, its note box ready, and a second tab to hold the database. */
async function entryPageAndHolder(): Promise<{ page: Page; holder: Page }> {
  const page = await guarded.newPage()
  await writeWebLibrary(page, server.origin, createEmptyLibrary())
  await page.goto(`${server.origin}/#/entry/viet-nam`)
  await noteBox(page).waitFor()
  const holder = await guarded.newPage()
  await holder.goto(`${server.origin}/#/`)
  await holder.locator('.shell').waitFor()
  return { page, holder }
}

/**
 * The save of a note typed just before the page goes is asynchronous and cannot be sure to finish.
 * In these tests another tab holds the database, so that save certainly never commits: what the
 * next page shows comes from the synchronous journal of unsaved changes, and from nowhere else.
 */
describe('web edition: a note typed just before the page goes', () => {
  it('is lost without the journal: the save of a note left at once has not committed when the page reloads', async () => {
    const { page, holder } = await entryPageAndHolder()
    const release = await holdLibraryDatabase(holder)
    await noteBox(page).fill('Sẽ mất nếu không có nhật ký.')
    await page.keyboard.press('Tab')
    expect(await noteStatus(page)).toBe('Đang lưu…')
    await page.reload()
    // The control: take the journal away before the database is free again.
    await holder.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('apec.library.unsaved.')) localStorage.removeItem(key)
    })
    await release()
    await noteBox(page).waitFor()
    await page.locator('html[data-library-save]').waitFor({ state: 'attached' })
    expect(await noteBox(page).inputValue()).toBe('')
    expect((await readWebLibrary(page)).notes).toEqual({})
    await page.close()
    await holder.close()
  })

  it('is kept across an immediate reload after leaving the field, and saved by the next page', async () => {
    const { page, holder } = await entryPageAndHolder()
    const release = await holdLibraryDatabase(holder)
    await noteBox(page).fill('Chỉ một dòng.')
    await page.keyboard.press('Tab')
    expect(await noteStatus(page)).toBe('Đang lưu…')
    expect(await unsavedJournalKeys(page)).toHaveLength(1)
    await page.reload()
    await release()
    await expect.poll(() => noteBox(page).inputValue()).toBe('Chỉ một dòng.')
    expect((await savedWebLibrary(page)).notes['viet-nam']).toMatchObject({ text: 'Chỉ một dòng.', title: 'Việt Nam' })
    // Saved, so the journal is gone.
    expect(await unsavedJournalKeys(page)).toEqual([])
    await page.close()
    await holder.close()
  })

  it('is kept when the tab is closed while the user is still typing (before the save pause ends)', async () => {
    const { page, holder } = await entryPageAndHolder()
    const release = await holdLibraryDatabase(holder)
    await noteBox(page).fill('Gõ xong là đóng thẻ.')
    expect(await noteStatus(page)).toBe('Chưa lưu…')
    await page.close({ runBeforeUnload: true })
    await release()
    const next = await guarded.newPage()
    await next.goto(`${server.origin}/#/entry/viet-nam`)
    await expect.poll(() => noteBox(next).inputValue()).toBe('Gõ xong là đóng thẻ.')
    expect((await savedWebLibrary(next)).notes['viet-nam']?.text).toBe('Gõ xong là đóng thẻ.')
    await next.close()
    await holder.close()
  })

  it('never made a request off the local server and logged no errors', () => {
    expect(guarded.offOriginRequests).toEqual([])
    expect(guarded.pageErrors).toEqual([])
  })
})
