import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MemberEconomy, TimelineEvent } from '../../data/core/api-contract'
import { seriousAxeViolations } from '../helpers/axe'
import { screenshot, type GuardedContext } from '../helpers/browser'
import { openShippedCatalog } from '../helpers/pack'
import type { RunningServer } from '../helpers/web-edition'
import { navigationLink, openRoute } from '../helpers/web-pages'
import { openWebSession, type WebSession } from '../helpers/web-session'
import { setWebSettings } from '../helpers/web-library'


let session: WebSession
let server: RunningServer
let guarded: GuardedContext
let members: MemberEconomy[]
let timeline: TimelineEvent[]

beforeAll(async () => {
  const catalog = await openShippedCatalog()
  members = catalog.listMembers()
  timeline = catalog.getTimeline()
  session = await openWebSession()
  ;({ server, guarded } = session)
})

afterAll(async () => {
  await session?.close()
})

const open = (page: Page, path: string, heading: string) => openRoute(page, server.origin, path, heading)

function currentHash(page: Page): string {
  return new URL(page.url()).hash
}


/** A viewport point where the economy's own shape, not a neighbour or the sea, receives the click. */
async function pointInside(page: Page, economy: string): Promise<{ x: number; y: number } | null> {
  await page.locator(`a[data-economy="${economy}"]`).scrollIntoViewIfNeeded()
  return page.evaluate((id) => {
    const shape = document.querySelector(`a[data-economy="${id}"] path`)
    if (!shape) return null
    const box = shape.getBoundingClientRect()
    for (let y = box.top + 1; y < box.bottom; y += 1) {
      for (let x = box.left + 1; x < box.right; x += 1) {
        if (document.elementFromPoint(x, y) === shape) return { x, y }
      }
    }
    return null
  }, economy)
}

describe('web edition: members, timeline, structure and glossary', () => {
  it('lists the 21 member economies with join month, founding mark and host years', async () => {
    const page = await guarded.newPage()
    await open(page, 'members', 'Các nền kinh tế thành viên APEC')
    expect(members).toHaveLength(21)
    const rows = page.locator('.member-table tbody tr')
    await expect.poll(() => rows.count()).toBe(21)
    const vietNam = (await page.locator('tr[data-economy="viet-nam"]').innerText()).replace(/\s+/g, ' ')
    expect(vietNam).toContain('Việt Nam')
    expect(vietNam).toContain('Viet Nam')
    expect(vietNam).toContain('tháng 11/1998')
    expect(vietNam).toContain('2006, 2017')
    expect(await page.locator('tr[data-economy="viet-nam"] a').getAttribute('href')).toBe('#/entry/viet-nam')
    const founders = members.filter((member) => member.founding).length
    expect(await page.locator('.member-table .founding-mark').count()).toBe(founders)
    expect(await page.title()).toBe('Các nền kinh tế thành viên APEC — Bách khoa APEC')
    // Every member is on the map, once.
    const onMap = await page.locator('.member-map a[data-economy]').evaluateAll((links) =>
      links.map((link) => link.getAttribute('data-economy')),
    )
    expect([...onMap].sort()).toEqual(members.map((member) => member.entry.id).sort())
    await screenshot(page, 'overview-members')
    await page.close()
  })

  it('sorts the member table by name and by join date, both ways', async () => {
    const page = await guarded.newPage()
    await open(page, 'members', 'Các nền kinh tế thành viên APEC')
    const firstRow = () => page.locator('.member-table tbody tr').first().getAttribute('data-economy')
    const lastRow = () => page.locator('.member-table tbody tr').last().getAttribute('data-economy')
    await expect.poll(lastRow).toBe('viet-nam') // join order, then name: Việt Nam joined last (1998)
    await page.locator('button[data-sort="name"]').click()
    await expect.poll(firstRow).toBe('brunei')
    expect(await lastRow()).toBe('singapore')
    expect(await page.locator('th:has(button[data-sort="name"])').getAttribute('aria-sort')).toBe('ascending')
    await page.locator('button[data-sort="name"]').click()
    await expect.poll(firstRow).toBe('singapore')
    await page.locator('button[data-sort="joined"]').click()
    await page.locator('button[data-sort="joined"]').click()
    expect(await page.locator('th:has(button[data-sort="joined"])').getAttribute('aria-sort')).toBe('descending')
    await expect.poll(firstRow).toBe('russia') // 1998 members first, then by name: Liên bang Nga, Pê-ru, Việt Nam
    await page.close()
  })

  it('opens Việt Nam when its shape on the map is clicked', async () => {
    const page = await guarded.newPage()
    await open(page, 'members', 'Các nền kinh tế thành viên APEC')
    const shape = page.locator('.member-map a[data-economy="viet-nam"]')
    expect(await shape.getAttribute('aria-label')).toBe('Việt Nam')
    expect(await shape.locator('title').textContent()).toBe('Việt Nam')
    const point = await pointInside(page, 'viet-nam')
    expect(point).not.toBeNull()
    await page.mouse.click(point?.x ?? 0, point?.y ?? 0)
    await expect.poll(() => currentHash(page)).toBe('#/entry/viet-nam')
    await page.close()
  })

  it('marks economies too small for the map with a dot that opens them', async () => {
    const page = await guarded.newPage()
    await open(page, 'members', 'Các nền kinh tế thành viên APEC')
    for (const id of ['singapore', 'hong-kong-china', 'brunei']) {
      await expect.poll(() => page.locator(`.member-map a[data-economy="${id}"] circle`).count()).toBe(1)
    }
    const singapore = page.locator('.member-map a[data-economy="singapore"] circle')
    const box = await singapore.boundingBox()
    expect(box && box.width >= 8 && box.height >= 8).toBe(true)
    await singapore.click()
    await expect.poll(() => currentHash(page)).toBe('#/entry/singapore')
    await page.close()
  })

  it('lets a keyboard user reach a member on the map and open it with Enter', async () => {
    const page = await guarded.newPage()
    await open(page, 'members', 'Các nền kinh tế thành viên APEC')
    const japan = page.locator('.member-map a[data-economy="japan"]')
    expect(await japan.evaluate((element) => (element as SVGElement).tabIndex)).toBe(0)
    expect(await page.getByRole('link', { name: 'Nhật Bản' }).count()).toBe(2) // map and table
    await japan.focus()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-economy'))).toBe('japan')
    await page.keyboard.press('Enter')
    await expect.poll(() => currentHash(page)).toBe('#/entry/japan')
    await page.close()
  })

  it('shows the timeline by year with sources, and narrows it by type, years and text', async () => {
    const page = await guarded.newPage()
    await open(page, 'timeline', 'Dòng thời gian 1989 – nay')
    const count = () => page.locator('.overview__count').getAttribute('data-count').then(Number)
    await expect.poll(count).toBe(timeline.length)
    expect(await page.locator('.timeline__event').count()).toBe(timeline.length)
    const year1989 = await page.locator('.timeline__year[data-year="1989"]').innerText()
    expect(year1989).toContain('Gia nhập APEC')
    expect(year1989).toContain('tháng 11/1989')
    const year2017 = await page.locator('.timeline__year[data-year="2017"]').innerText()
    expect(year2017).toContain('06/11/2017')
    // A paragraph citation opens the paragraph; a reference source opens its record, marked as such.
    const csom = page.locator('.timeline__year[data-year="2017"] .timeline__event', { hasText: '06/11/2017' })
    expect(await csom.locator('.timeline__citation a').getAttribute('href')).toBe('#/source/chinhphu-csom-2017?p=4')
    const joinedVietNam = page.locator('.timeline__event', { hasText: 'Việt Nam' }).filter({ hasText: 'Gia nhập' })
    expect(await joinedVietNam.locator('.timeline__citation a').getAttribute('href')).toBe('#/source/gac-apec')
    expect(await joinedVietNam.locator('.timeline__citation').innerText()).toContain('nguồn tham khảo')
    await screenshot(page, 'overview-timeline')

    await page.getByLabel('Loại mục từ').selectOption('economy')
    const economies = timeline.filter((event) => event.entry.type === 'economy').length
    await expect.poll(count).toBe(economies)
    expect(economies).toBeLessThan(timeline.length)
    expect(new Set(await page.locator('.timeline__event').evaluateAll((items) => items.map((item) => item.getAttribute('data-type'))))).toEqual(
      new Set(['economy']),
    )

    await page.getByLabel('Loại mục từ').selectOption('')
    await page.getByLabel('Từ năm').selectOption('2017')
    await page.getByLabel('Đến năm').selectOption('2017')
    await expect.poll(count).toBe(timeline.filter((event) => event.year === 2017).length)
    expect(await page.locator('.timeline__year').evaluateAll((items) => items.map((item) => item.getAttribute('data-year')))).toEqual(['2017'])

    await page.getByRole('button', { name: 'Bỏ lọc' }).click()
    await page.getByLabel('Tìm trong dòng thời gian').fill('viet nam')
    await expect.poll(count).toBeGreaterThan(0)
    const texts = await page.locator('.timeline__event').allInnerTexts()
    expect(texts.length).toBeLessThan(timeline.length)
    expect(texts.every((text) => text.toLowerCase().includes('việt nam'))).toBe(true)
    expect(await page.locator('.timeline__year[data-year="1998"]').innerText()).toContain('Việt Nam')
    await page.close()
  })

  it('draws the structure in three levels with ABAC beside them, each box a link', async () => {
    const page = await guarded.newPage()
    await open(page, 'structure', 'Cơ cấu tổ chức APEC')
    await expect.poll(() => page.locator('.structure__link').count()).toBe(14)
    const levels = await page.locator('.structure__level > .structure__level-title').allInnerTexts()
    expect(levels.map((level) => level.toLowerCase())).toEqual(['cấp chính sách', 'cấp làm việc', 'ban thư ký'])
    expect(await page.locator('.structure__side .structure__level-title').innerText()).toMatch(/tư vấn/i)
    expect(await page.locator('.structure__level--policy a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '#/entry/aelm',
      '#/entry/amm',
    ])
    const som = page.locator('.structure__level--working a[href="#/entry/som"]')
    expect(await som.innerText()).toContain('Hội nghị Quan chức Cao cấp APEC')
    expect(await page.locator('.structure__side a').getAttribute('href')).toBe('#/entry/abac')
    expect(await page.locator('.structure__level--secretariat a').getAttribute('href')).toBe('#/entry/apec-secretariat')
    expect(await page.locator('.structure__missing').count()).toBe(0)
    // Today's four committees (APEC Secretariat); the undated source's ESC only as the former name of SCE.
    const committees = page.locator('[data-branch="committees"] .structure__boxes--small .structure__acronym')
    expect(await committees.allInnerTexts()).toEqual(['CTI', 'SCE', 'EC', 'BMC'])
    const former = (await page.locator('[data-branch="committees"] .structure__boxes--former').innerText()).replace(/\s+/g, ' ')
    expect(former).toContain('ESC')
    expect(former).toContain('đến năm 2006; nay là SCE')
    expect(await page.locator('[data-branch="groups"]').innerText()).toContain('theo Wikipedia tiếng Việt, không ghi ngày')
    const source = page.getByRole('link', { name: 'Nguồn: Wikipedia tiếng Việt, đoạn 7–19' })
    expect(await source.getAttribute('href')).toBe('#/source/wikipedia-apec?p=7')
    await screenshot(page, 'overview-structure')
    await som.click()
    await expect.poll(() => currentHash(page)).toBe('#/entry/som')
    await page.close()
  })

  it('looks up glossary terms without tone marks, in English and in Chinese', async () => {
    const page = await guarded.newPage()
    await open(page, 'glossary', 'Thuật ngữ')
    const terms = page.locator('[data-section="glossary-terms"] tbody tr')
    // 22 terms: the editorial pass added 经济相互依存 and 共同利益 from China.org.cn's Chinese text.
    await expect.poll(() => terms.count()).toBe(22)
    expect(await page.locator('tr[data-entry="ban-thu-ky"] td[lang="zh"]').innerText()).toBe('秘书处')
    await screenshot(page, 'overview-glossary')
    const lookup = page.getByLabel('Tra thuật ngữ')

    await lookup.fill('thu ky')
    await expect.poll(() => terms.count()).toBeLessThan(22)
    const found = await terms.allInnerTexts()
    expect(found.some((row) => row.includes('Ban thư ký') && row.includes('秘书处'))).toBe(true)
    // A phrase, not scattered syllables: "kỹ thuật" does not match "thu ky".
    expect(await page.locator('tr[data-entry="hop-tac-ky-thuat-kinh-te"]').count()).toBe(0)
    expect(await page.locator('tr[data-entry="apec-secretariat"]').count()).toBe(1)

    await lookup.fill('THƯ KÝ')
    await expect.poll(() => page.locator('tr[data-entry="ban-thu-ky"]').count()).toBe(1)

    await lookup.fill('亚太')
    await expect.poll(() => page.locator('tr[data-entry="apec"]').count()).toBe(1)
    expect(await page.locator('tr[data-entry="apec"]').innerText()).toContain('Asia-Pacific Economic Cooperation')
    expect(await page.locator('tr[data-entry="ban-thu-ky"]').count()).toBe(0)

    await lookup.fill('observer')
    await expect.poll(() => page.locator('tr[data-entry="quan-sat-vien"]').count()).toBe(1)
    expect(await page.locator('tr[data-entry="quan-sat-vien"] a').getAttribute('href')).toBe('#/entry/quan-sat-vien')

    await lookup.fill('không có gì như thế này')
    await expect.poll(() => page.getByText('Không có mục nào khớp.').count()).toBe(2)
    await page.close()
  })

  it('links the four pages from the main navigation', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/`)
    for (const [label, hash] of [
      ['Thành viên', '#/members'],
      ['Dòng thời gian', '#/timeline'],
      ['Cơ cấu', '#/structure'],
      ['Thuật ngữ', '#/glossary'],
    ] as const) {
      // On the header's line or, if the window is too narrow, in its "Thêm" menu.
      const link = await navigationLink(page, label)
      await link.click()
      await expect.poll(() => currentHash(page)).toBe(hash)
      // React marks the link after the hash changes: wait for it rather than read it once.
      await expect.poll(async () => (await navigationLink(page, label)).getAttribute('aria-current')).toBe('page')
      await page.keyboard.press('Escape')
    }
    await page.close()
  })

  it('has no serious or critical accessibility problems on the four pages, in light and dark', async () => {
    const page = await guarded.newPage()
    const pages = [
      ['members', 'Các nền kinh tế thành viên APEC', '.member-table tbody tr'],
      ['timeline', 'Dòng thời gian 1989 – nay', '.timeline__event'],
      ['structure', 'Cơ cấu tổ chức APEC', '.structure__link'],
      ['glossary', 'Thuật ngữ', '.glossary-table tbody tr'],
    ] as const
    for (const theme of ['light', 'dark'] as const) {
      await setWebSettings(page, server.origin, { theme, zoom: 100 })
      for (const [path, heading, content] of pages) {
        await open(page, path, heading)
        await page.reload()
        await expect.poll(() => page.locator(content).count()).toBeGreaterThan(0)
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
        expect(await seriousAxeViolations(page, server.origin), `${theme} ${path}`).toEqual([])
        if (theme === 'dark') await screenshot(page, `overview-${path}-dark`)
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
