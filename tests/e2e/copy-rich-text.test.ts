import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot } from '../helpers/browser'
import { htmlHeadings, htmlParagraphs, htmlTables } from '../helpers/clip-html'
import { openWebSession, type WebSession } from '../helpers/web-session'

let session: WebSession

beforeAll(async () => {
  session = await openWebSession()
  // Only so the test can read back what was copied; the copy itself asks for no permission.
  await session.guarded.context.grantPermissions(['clipboard-read'], { origin: session.server.origin })
})

afterAll(async () => {
  await session?.close()
})

/** What is on the clipboard now, as Word would be handed it when pasting: HTML and plain text. */
function clipboard(page: Page): Promise<{ html: string; text: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read()
    if (!item) return { html: '', text: '' }
    const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : '')
    return { html: await read('text/html'), text: await read('text/plain') }
  })
}

const cellTexts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())))

describe('"Sao chép" copies rich text that pastes into Word as a table with its sources', () => {
  it('the fact box of an entry: its facts as a table, the source of each, the sources listed', async () => {
    const page = await session.guarded.newPage()
    await page.goto(`${session.server.origin}/#/entry/viet-nam`)
    const box = page.locator('.fact-box')
    await box.getByRole('button', { name: 'Sao chép bảng dữ kiện kèm nguồn' }).click()
    await expect.poll(() => page.locator('.toast').innerText()).toContain('Đã sao chép bảng dữ kiện của “Việt Nam” kèm nguồn')
    await screenshot(page, 'copy-fact-box', { fullPage: false })
    const { html, text } = await clipboard(page)
    const [table] = htmlTables(html)
    expect(table?.[0]).toEqual(['Dữ kiện', 'Giá trị', 'Nguồn'])
    // Label and value as the box shows them; the box names each source by a link, the copy by its number.
    const shown = (await cellTexts(page, '.fact-box tr.fact')).map((cells) => cells.slice(0, 2))
    expect(shown.length).toBeGreaterThan(5)
    expect(table?.slice(1).map((cells) => cells.slice(0, 2))).toEqual(shown)
    const sources = htmlParagraphs(html).filter((line) => /^\[\d+\] /.test(line))
    for (const row of table?.slice(1) ?? []) expect(sources[Number(/^\[(\d+)\]/.exec(row[2] ?? '')?.[1]) - 1], row[0]).toBeDefined()
    expect(text.split('\n')).toContain('Gia nhập APEC\ttháng 11/1998\t[1]')
    await page.close()
  })

  it('a sheet in the print preview: the printed facts and sources, under the sheet\'s title', async () => {
    const page = await session.guarded.newPage()
    await page.goto(`${session.server.origin}/#/print/apec-2017?preset=one-page`)
    await page.locator('.print-preview[data-layout="ready"]').waitFor()
    await page.getByRole('button', { name: 'Sao chép hồ sơ' }).click()
    await expect.poll(() => page.locator('.toast').innerText()).toContain('Đã sao chép hồ sơ “Năm APEC 2017”')
    await screenshot(page, 'copy-sheet', { fullPage: false })
    const { html, text } = await clipboard(page)
    expect(htmlHeadings(html, 1)).toEqual([await page.locator('.sheet__title').innerText()])
    const [facts] = htmlTables(html)
    expect(facts?.slice(1)).toEqual(await cellTexts(page, '.sheet-facts tr[data-fact-key]'))
    const printedSources = await page
      .locator('.sheet-sources__item')
      .evaluateAll((items) => items.map((item) => [...item.children].map((part) => part.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim()))
    expect(htmlParagraphs(html).filter((line) => /^\[\d+\] /.test(line))).toEqual(printedSources)
    expect(text.startsWith('Năm APEC 2017\n')).toBe(true)
    await page.close()
  })

  it('a founder\'s sheet: "Thành viên sáng lập" once, with both its sources, as the preview shows it', async () => {
    const page = await session.guarded.newPage()
    await page.goto(`${session.server.origin}/#/print/australia?preset=one-page`)
    await page.locator('.print-preview[data-layout="ready"]').waitFor()
    await page.getByRole('button', { name: 'Sao chép hồ sơ' }).click()
    await expect.poll(() => page.locator('.toast').innerText()).toContain('Đã sao chép hồ sơ')
    const { html, text } = await clipboard(page)
    const [facts] = htmlTables(html)
    expect(facts?.slice(1)).toEqual(await cellTexts(page, '.sheet-facts tr[data-fact-key]'))
    expect(facts?.filter((row) => row.includes('Thành viên sáng lập'))).toEqual([['Tư cách', 'Thành viên sáng lập', '[1]; [2], đoạn 5']])
    expect(text.split('\n').filter((line) => line.includes('Thành viên sáng lập'))).toEqual(['Tư cách\tThành viên sáng lập\t[1]; [2], đoạn 5'])
    await page.close()
  })
})
