import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EntrySummary } from '../../data/core/api-contract'
import { ENTRY_TYPES } from '../../data/core/entry-types'
import { seriousAxeViolations } from '../helpers/axe'
import { screenshot, type GuardedContext } from '../helpers/browser'
import { openShippedCatalog } from '../helpers/pack'
import type { RunningServer } from '../helpers/web-edition'
import { openRoute } from '../helpers/web-pages'
import { openWebSession, type WebSession } from '../helpers/web-session'
import { setWebSettings } from '../helpers/web-library'


let session: WebSession
let server: RunningServer
let guarded: GuardedContext
let entries: EntrySummary[]

beforeAll(async () => {
  const catalog = await openShippedCatalog()
  entries = catalog.listEntries()
  session = await openWebSession()
  ;({ server, guarded } = session)
})

afterAll(async () => {
  await session?.close()
})

const openEntry = (page: Page, id: string, title: string) => openRoute(page, server.origin, `entry/${id}`, title)

/** The fact rows of one key, as "label | value | source" lines. */
async function factRows(page: Page, key: string): Promise<string[]> {
  const rows = await page.locator(`tr.fact[data-fact-key="${key}"]`).allInnerTexts()
  return rows.map((row) => row.replace(/\s+/g, ' ').trim())
}


describe('web edition: reading entries', () => {
  it('shows the Việt Nam entry with names, type, summary and formatted, cited facts', async () => {
    const page = await guarded.newPage()
    await openEntry(page, 'viet-nam', 'Việt Nam')
    expect(await page.title()).toBe('Việt Nam — Bách khoa APEC')
    expect(await page.locator('.entry__type').innerText()).toMatch(/nền kinh tế/i)
    expect(await page.locator('.entry__name[lang="en"]').innerText()).toBe('Viet Nam')
    expect(await page.locator('.entry__name[lang="zh"]').innerText()).toBe('越南')
    expect(await page.locator('.entry__summary').innerText()).toContain('tháng 11/1998')

    const joined = await factRows(page, 'joined')
    expect(joined).toHaveLength(1)
    expect(joined[0]).toContain('tháng 11/1998')
    expect(joined[0]).toContain('nguồn tham khảo')
    const hosted = await factRows(page, 'hosted')
    expect(hosted.some((row) => row.includes('2017'))).toBe(true)
    expect(hosted.some((row) => row.includes('2006'))).toBe(true)
    // A reference citation opens the reference record, not a paragraph.
    expect(await page.locator('tr.fact[data-fact-key="joined"] a.citation__link').getAttribute('href')).toBe(
      '#/source/gac-apec',
    )
    const delegation = await factRows(page, 'delegation-head')
    expect(delegation[0]).toContain('(tính đến 16/11/2020)')

    // Relations in both directions, with Vietnamese headings.
    const relations = (await page.locator('.relations').innerText()).replace(/\s+/g, ' ')
    expect(relations).toContain('Là thành viên của')
    expect(relations).toContain('Đã đăng cai')
    expect(relations).toContain('Năm APEC 2017')
    expect(await page.locator('#entry-backlinks').textContent()).toBe('Được nhắc đến trong')
    // The numbered sources of the body.
    const citations = page.locator('.body-citations__item')
    expect(await citations.count()).toBeGreaterThanOrEqual(5)
    expect(await citations.nth(2).innerText()).toContain('đoạn 2')
    await screenshot(page, 'entry-viet-nam-light')
    await page.close()
  })

  it('gives a value two sources state alike one row with a link to each: a founder\'s "Thành viên sáng lập"', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    await openEntry(page, 'australia', 'Ô-xtrây-li-a')
    const founder = await factRows(page, 'founding-member')
    expect(founder).toHaveLength(1)
    expect(founder[0]).toMatch(/^Tư cách Thành viên sáng lập /u)
    const links = page.locator('tr.fact[data-fact-key="founding-member"] a.citation__link')
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
      '#/source/apec-history',
      '#/source/wikipedia-apec?p=5',
    ])
    // One source a line, each readable beside the other.
    const [first, second] = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getBoundingClientRect().top))
    expect(second).toBeGreaterThan(first ?? Number.POSITIVE_INFINITY)
    await screenshot(page, 'entry-australia-founder', { fullPage: false })
    await page.close()
  })

  it('follows a fact citation to its source paragraph, highlighted', async () => {
    const page = await guarded.newPage()
    await openEntry(page, 'viet-nam', 'Việt Nam')
    await page.locator('tr.fact[data-fact-key="som-chair"] a.citation__link').click()
    await expect.poll(() => page.url()).toContain('#/source/chinhphu-csom-2017?p=1')
    const target = page.locator('#p-1')
    await expect.poll(() => target.getAttribute('class')).toContain('paragraph--highlighted')
    expect(await page.locator('.paragraph--highlighted').count()).toBe(1)
    // The paragraph names the entries that cite it, Việt Nam among them.
    expect(await target.locator('.paragraph__cited-by').innerText()).toContain('Việt Nam')
    await page.close()
  })

  it('walks from Việt Nam to APEC 2017, the CSOM press conference and its source, then back', async () => {
    const page = await guarded.newPage()
    await openEntry(page, 'viet-nam', 'Việt Nam')
    await page.locator('.relations').getByRole('link', { name: 'Năm APEC 2017', exact: true }).click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Năm APEC 2017')
    expect(page.url()).toContain('#/entry/apec-2017')
    expect((await page.locator('.relations').innerText()).replace(/\s+/g, ' ')).toContain('Chủ nhà Việt Nam')

    await page.locator('#entry-backlinks + ul').getByRole('link', { name: 'Hội nghị tổng kết quan chức cao cấp APEC 2017' }).click()
    await expect.poll(() => page.url()).toContain('#/entry/csom-2017')
    await page.locator('#entry-backlinks + ul').getByRole('link', { name: 'Họp báo kết thúc CSOM 2017' }).click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Họp báo kết thúc CSOM 2017')
    expect(page.url()).toContain('#/entry/csom-2017-press-conference')
    const date = await factRows(page, 'date')
    expect(date[0]).toContain('07/11/2017')

    await page.locator('tr.fact[data-fact-key="date"] a.citation__link').click()
    await expect.poll(() => page.url()).toContain('#/source/chinhphu-csom-2017?p=1')
    await expect.poll(() => page.locator('#p-1').getAttribute('class')).toContain('paragraph--highlighted')
    expect(await page.locator('#p-1').innerText()).toContain('Trung tâm Báo chí Quốc tế')
    expect(await page.locator('#p-1 .paragraph__cited-by').innerText()).toContain('Họp báo kết thúc CSOM 2017')

    await page.goBack()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('Họp báo kết thúc CSOM 2017')
    // The header buttons and Alt+arrows do the same.
    await page.getByRole('button', { name: /Quay lại/ }).click()
    await expect.poll(() => page.url()).toContain('#/entry/csom-2017')
    await page.keyboard.press('Alt+ArrowRight')
    await expect.poll(() => page.url()).toContain('#/entry/csom-2017-press-conference')
    await page.keyboard.press('Alt+ArrowLeft')
    await expect.poll(() => page.url()).toMatch(/#\/entry\/csom-2017$/)
    await page.close()
  })

  it('heads relations by the types at both ends: a meeting in a summit week is "Thuộc khuôn khổ", never "Cơ quan trực thuộc"', async () => {
    const page = await guarded.newPage()
    await page.setViewportSize({ width: 1366, height: 768 })
    /** "heading: title; title" per relation group, as a reader sees the aside. */
    const groups = () =>
      page.locator('.relations__group').evaluateAll((items) =>
        items.map((item) => `${item.querySelector('dt')?.textContent}: ${[...item.querySelectorAll('dd li')].map((li) => li.textContent).join('; ')}`),
      )
    await openEntry(page, 'csom-2017', 'Hội nghị tổng kết quan chức cao cấp APEC 2017')
    expect(await groups()).toContain('Thuộc khuôn khổ: Năm APEC 2017')
    expect(await groups()).toContain('Gồm các sự kiện: Họp báo kết thúc CSOM 2017')
    expect((await groups()).join('\n')).not.toMatch(/trực thuộc/i)
    await page.locator('.relations').scrollIntoViewIfNeeded()
    await screenshot(page, 'relations-csom-2017-1366', { fullPage: false })
    await openEntry(page, 'apec-2017', 'Năm APEC 2017')
    expect((await groups()).find((group) => group.startsWith('Gồm các sự kiện:'))).toContain('Hội nghị tổng kết quan chức cao cấp APEC 2017')
    expect((await groups()).join('\n')).not.toMatch(/trực thuộc/i)
    await openEntry(page, 'apec', 'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương')
    const apec = await groups()
    expect(apec.find((group) => group.startsWith('Cơ quan trực thuộc:'))).toContain('Hội nghị Quan chức Cao cấp')
    expect(apec.find((group) => group.startsWith('Nền kinh tế thành viên:'))).toContain('Việt Nam')
    await page.setViewportSize({ width: 1024, height: 768 })
    await page.locator('.relations').scrollIntoViewIfNeeded()
    await screenshot(page, 'relations-apec-1024', { fullPage: false })
    await page.close()
  })

  it('shows both claims of the 1989 meeting date, each with its source, beside the Joint Statement', async () => {
    const page = await guarded.newPage()
    await openEntry(page, 'apec-1989', 'Năm APEC 1989')
    const conflict = page.locator('tbody.fact-conflict[data-fact-key="date"]')
    expect(await conflict.count()).toBe(1)
    const text = (await conflict.innerText()).replace(/\s+/g, ' ')
    expect(text).toContain('Các nguồn ghi khác nhau')
    const claims = await factRows(page, 'date')
    expect(claims).toHaveLength(3)
    expect(claims.find((row) => row.includes('tháng 10/1989'))).toContain('Wikipedia tiếng Việt, đoạn 20')
    expect(claims.find((row) => row.includes('tháng 11/1989'))).toContain('China.org.cn, đoạn 1')
    expect(claims.find((row) => row.includes('06/11/1989'))).toContain('ASEAN Secretariat (archive of APEC documents)')
    // The body says which claim the Joint Statement supports.
    expect(await page.locator('.entry__body').innerText()).toContain('tháng 10 trong bài Wikipedia tiếng Việt là sai')
    await screenshot(page, 'entry-apec-1989-light')
    await page.close()
  })

  it('renders the entry body without scripts and with in-app links only', async () => {
    const page = await guarded.newPage()
    await openEntry(page, 'viet-nam', 'Việt Nam')
    const body = page.locator('.entry__body')
    expect(await body.locator('script, iframe, img, style').count()).toBe(0)
    const hrefs = await body.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs.length).toBeGreaterThan(5)
    for (const href of hrefs) expect(href).toMatch(/^#\//)
    expect(await body.innerText()).toContain('gia nhập vào tháng 11/1998')
    await page.close()
  })

  it('previews a linked entry on hover and keyboard focus, and hides it on leave and Escape', async () => {
    const page = await guarded.newPage()
    await openEntry(page, 'viet-nam', 'Việt Nam')
    const link = page.locator('.entry__body a[data-entry="apec"]').first()
    const tooltip = page.getByRole('tooltip')
    // The visit is saved to the library as the page opens; hover once the page has settled.
    await page.locator('html[data-library-save]:not([data-library-save="saving"])').waitFor({ state: 'attached' })
    await link.hover()
    await expect.poll(() => tooltip.innerText()).toContain('Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương')
    expect(await tooltip.textContent({ timeout: 5_000 })).toContain('Tổ chức')
    expect(await link.getAttribute('aria-describedby')).toBe('link-preview')
    // The card sits next to the link: under it, or above it when the link is near the bottom edge.
    const linkBox = await link.boundingBox()
    const cardBox = await tooltip.boundingBox()
    if (!linkBox || !cardBox) throw new Error('link or preview card not laid out')
    const gapBelow = Math.abs(cardBox.y - (linkBox.y + linkBox.height))
    const gapAbove = Math.abs(linkBox.y - (cardBox.y + cardBox.height))
    expect(Math.min(gapBelow, gapAbove), JSON.stringify([linkBox, cardBox])).toBeLessThan(20)
    await screenshot(page, 'entry-link-preview')
    await page.mouse.move(5, 890)
    await expect.poll(() => tooltip.count()).toBe(0)
    expect(await link.getAttribute('aria-describedby')).toBeNull()

    // Keyboard: focusing a relation link shows its preview, Escape dismisses it.
    await page.locator('.relations a[data-entry="apec-2017"]').focus()
    await expect.poll(() => tooltip.innerText()).toContain('Năm APEC 2017')
    await page.keyboard.press('Escape')
    await expect.poll(() => tooltip.count()).toBe(0)
    await page.close()
  })

  it('says in Vietnamese when an entry does not exist', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/entry/khong-co-muc-tu-nay`)
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Không tìm thấy nội dung')
    await page.goto(`${server.origin}/#/browse/khong-co-loai-nay`)
    await expect.poll(() => page.locator('h1').innerText()).toBe('Không có trang này')
    await page.close()
  })

  it('browses entries by type, with the nine types and their counts', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/browse`)
    const types = page.locator('.browse__type[data-type]')
    await expect.poll(() => types.count()).toBe(9)
    const shown = await types.evaluateAll((links) =>
      links.map((link) => [link.getAttribute('data-type'), link.querySelector('.browse__type-label')?.textContent, Number(link.querySelector('.browse__type-count')?.textContent)]),
    )
    expect(shown.map(([type]) => type)).toEqual([...ENTRY_TYPES])
    for (const [type, , count] of shown) {
      expect(count).toBe(entries.filter((entry) => entry.type === type).length)
    }
    expect(shown.map(([, label]) => label)).toEqual([
      'Tổ chức',
      'Nền kinh tế',
      'Cơ quan APEC',
      'Hội nghị – sự kiện',
      'Hiệp định – sáng kiến',
      'Nhân vật',
      'Địa danh',
      'Chủ đề',
      'Thuật ngữ',
    ])
    expect(await page.locator('.entry-card').count()).toBe(entries.length)
    // The full list is very long: keep the first screen of it.
    await screenshot(page, 'browse-all-light', { fullPage: false })

    await page.locator('.browse__type[data-type="person"]').click()
    await expect.poll(() => page.url()).toContain('#/browse/person')
    const people = entries.filter((entry) => entry.type === 'person')
    await expect.poll(() => page.locator('.entry-card').count()).toBe(people.length)
    expect(await page.locator('h1').innerText()).toBe('Nhân vật')
    expect(await page.locator('.browse__type[aria-current="page"]').getAttribute('data-type')).toBe('person')
    const first = page.locator('.entry-card').first()
    expect(await first.locator('.entry-card__summary').innerText()).toBe(people[0]?.summary)
    await screenshot(page, 'browse-light')
    await first.locator('a').click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe(people[0]?.title)
    await page.close()
  })

  it('shows reference sources as text with who cites them, apart from the primary documents', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/sources`)
    await expect.poll(() => page.locator('#sources-primary + .source-list .source-card').count()).toBe(5)
    // apec-reference.json's three sources, editorial-reference.json's six, and the World Factbook's final edition.
    expect(await page.locator('#sources-reference ~ .source-list .source-card').count()).toBe(10)
    expect(await page.getByRole('link', { name: 'CIA World Factbook, bản cuối tháng 1/2026', exact: true }).count()).toBe(1)
    await page.getByRole('link', { name: 'History and Membership of APEC', exact: true }).click()
    await expect.poll(() => page.locator('h1.page__title').textContent()).toBe('History and Membership of APEC')
    const url = page.locator('.source-reader__url')
    expect(await url.innerText()).toBe('http://www.international.gc.ca/apec/map-carte.aspx?view=d&lang=eng')
    expect(await page.locator('a[href^="http"]').count()).toBe(0)
    expect((await page.locator('.source-reader__meta').innerText()).replace(/\s+/g, ' ')).toContain('Ngày truy cập 23/11/2026')
    const citedBy = page.locator('.source-reader__cited-by')
    expect(await citedBy.locator('h2').textContent()).toBe('Các mục từ dẫn nguồn này')
    expect(await citedBy.getByRole('link', { name: 'Việt Nam', exact: true }).count()).toBe(1)
    await screenshot(page, 'source-reference-light')
    await page.close()
  })

  it('has no serious or critical accessibility violations on the entry, browse and source pages', async () => {
    const page = await guarded.newPage()
    const pages = [
      { hash: '#/entry/viet-nam', ready: 'h1.page__title' },
      { hash: '#/entry/apec-1989', ready: '.fact-conflict' },
      { hash: '#/browse', ready: '.entry-card' },
      { hash: '#/source/chinhphu-csom-2017?p=1', ready: '.paragraph--highlighted' },
      { hash: '#/source/gac-apec', ready: '.source-reader__cited-by' },
      { hash: '#/history', ready: 'h1.page__title' },
    ]
    for (const theme of ['light', 'dark'] as const) {
      await setWebSettings(page, server.origin, { theme, zoom: 100 })
      for (const { hash, ready } of pages) {
        await page.goto(`${server.origin}/${hash}`)
        await page.reload()
        await expect.poll(() => page.locator(ready).count()).toBeGreaterThan(0)
        expect(await seriousAxeViolations(page, server.origin), `${theme} ${hash}`).toEqual([])
      }
    }
    await setWebSettings(page, server.origin, { theme: 'system' })
    await page.close()
  })

  it('never made a request off the local server and logged no errors', () => {
    expect(guarded.offOriginRequests).toEqual([])
    expect(guarded.pageErrors).toEqual([])
  })
})
