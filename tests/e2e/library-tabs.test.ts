import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmptyLibrary, type LibraryDocument } from '../../data/core/library/library-schema'
import type { GuardedContext } from '../helpers/browser'
import { readWebLibrary, writeWebLibrary } from '../helpers/web-library'
import type { RunningServer } from '../helpers/web-edition'
import { openWebSession, type WebSession } from '../helpers/web-session'
import { addLibraryStore, type LibraryUnderTest } from '../helpers/web-store-bundle'

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

const ROUNDS = 100

/**
 * Runs `rounds` rounds in the page: two stores over two IndexedDB connections (what two tabs
 * have), both opened at the same revision; each round both write a note and both saves are
 * started in the same task, so neither has committed when the other begins, and each is made from
 * the revision its store last saw. Answers how many notes the saved library holds in the end, and
 * how many saves were merged.
 */
function concurrentSaves(page: Page, rounds: number): Promise<{ notes: string[]; merged: number; failures: string[] }> {
  return page.evaluate(async (rounds) => {
    const { createIndexedDbLibraryStore, setNote } = (window as unknown as { libraryUnderTest: LibraryUnderTest }).libraryUnderTest
    type Tab = { store: ReturnType<typeof createIndexedDbLibraryStore>; library: LibraryDocument; revision: number }
    const open = async (): Promise<Tab> => {
      const store = createIndexedDbLibraryStore()
      const loaded = await store.load()
      if (!loaded.ok) throw new Error(loaded.error.message)
      return { store, library: loaded.value.library, revision: loaded.value.revision }
    }
    const tabs = [await open(), await open()]
    let merged = 0
    const failures: string[] = []
    for (let round = 0; round < rounds; round += 1) {
      const saves = tabs.map((tab, index) => {
        const entryId = `tab-${index === 0 ? 'a' : 'b'}-${round}`
        tab.library = setNote(tab.library, { entryId, title: entryId }, `Ghi chú ${entryId}`, new Date().toISOString())
        return tab.store.save({ library: tab.library, baseRevision: tab.revision })
      })
      const answers = await Promise.all(saves)
      answers.forEach((answer, index) => {
        const tab = tabs[index]
        if (!tab) return
        if (!answer.ok) return void failures.push(answer.error.message)
        tab.revision = answer.value.revision
        if (answer.value.merged) {
          merged += 1
          tab.library = answer.value.merged
        }
      })
    }
    const last = await tabs[0]?.store.load()
    return { notes: last?.ok ? Object.keys(last.value.library.notes) : [], merged, failures }
  }, rounds)
}

describe('web edition: two tabs saving the library at the same moment', () => {
  it(`keeps every note when two connections save from the same revision at once, ${ROUNDS} rounds`, { timeout: 120_000 }, async () => {
    const page = await guarded.newPage()
    await writeWebLibrary(page, server.origin, createEmptyLibrary())
    await addLibraryStore(page)
    const { notes, merged, failures } = await concurrentSaves(page, ROUNDS)
    expect(failures).toEqual([])
    const expected = Array.from({ length: ROUNDS }, (_, round) => [`tab-a-${round}`, `tab-b-${round}`]).flat()
    expect(notes.sort()).toEqual(expected.sort())
    // Every save but the very first found that the other store had committed since its revision, and was merged.
    expect(merged).toBe(2 * ROUNDS - 1)
    await page.close()
  })

  it('keeps the notes two tabs type and leave at the same moment, and both say "Đã lưu" truthfully', { timeout: 120_000 }, async () => {
    const first = await guarded.newPage()
    await writeWebLibrary(first, server.origin, createEmptyLibrary())
    const second = await guarded.newPage()
    const entries = [
      ['viet-nam', 'apec-2017'],
      ['apec', 'abac'],
      ['bangkok', 'bogor'],
      ['busan', 'canada'],
      ['brunei', 'beijing'],
    ] as const
    for (const [round, pair] of entries.entries()) {
      const tabs = [first, second] as const
      const boxes = await Promise.all(
        tabs.map(async (page, index) => {
          await page.goto(`${server.origin}/#/entry/${pair[index]}`)
          const box = page.getByRole('textbox', { name: 'Ghi chú của bạn' })
          await box.fill(`Vòng ${round}, tab ${index + 1}`)
          return box
        }),
      )
      // Both fields lose focus in the same moment: two saves of two stale copies at once.
      await Promise.all(boxes.map((box) => box.evaluate((element) => element.blur())))
      for (const page of tabs) await expect.poll(() => page.locator('.note-box__status').innerText()).toBe('Đã lưu')
    }
    const saved = await readWebLibrary(first)
    expect(Object.keys(saved.notes).sort()).toEqual(entries.flat().slice().sort())
    for (const [round, pair] of entries.entries()) {
      expect(saved.notes[pair[0]]?.text).toBe(`Vòng ${round}, tab 1`)
      expect(saved.notes[pair[1]]?.text).toBe(`Vòng ${round}, tab 2`)
    }
    await first.close()
    await second.close()
  })

  it('never made a request off the local server and logged no errors', () => {
    expect(guarded.offOriginRequests).toEqual([])
    expect(guarded.pageErrors).toEqual([])
  })
})
