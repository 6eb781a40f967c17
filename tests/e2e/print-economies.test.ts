import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EntrySummary } from '../../data/core/api-contract'
import type { Catalog } from '../../data/core/catalog'
import { screenshot, type GuardedContext } from '../helpers/browser'
import { openShippedCatalog } from '../helpers/pack'
import { pdfPageCount, pdfText, pdfToPngs, printToPdf, squeeze } from '../helpers/pdf'
import type { RunningServer } from '../helpers/web-edition'
import { openWebSession, type WebSession } from '../helpers/web-session'

let session: WebSession
let server: RunningServer
let guarded: GuardedContext
let catalog: Catalog
let economies: EntrySummary[]

beforeAll(async () => {
  catalog = await openShippedCatalog()
  economies = catalog.listEntries('economy')
  session = await openWebSession()
  ;({ server, guarded } = session)
})

afterAll(async () => {
  await session?.close()
})

describe('economy sheets with "Chỉ số chính"', () => {
  it('prints each of the 21 economies on one A4 page, with its key figures, their years and its top partners', async () => {
    expect(economies).toHaveLength(21)
    const page = await guarded.newPage()
    const pageCounts: Record<string, number> = {}
    for (const economy of economies) {
      await page.goto(`${server.origin}/#/print/${economy.id}`)
      await page.locator('.print-preview[data-layout="ready"]').waitFor()
      const pdf = await printToPdf(page, `sheet-economy-${economy.id}`)
      await pdfToPngs(pdf)
      pageCounts[economy.id] = await pdfPageCount(pdf)
      // Reading order, so a line wrapped in its column still reads as one run.
      const text = squeeze(await pdfText(pdf, { layout: false }))
      const facts = catalog.getEntry(economy.id).facts
      const population = facts.find((fact) => fact.key === 'population')
      const exportPartner = facts.find((fact) => fact.key === 'export-partner')
      expect(text, economy.id).toMatch(/CHỈ SỐ CHÍNH \(NGUỒN \[(\d)\]\).*\[\1\] CIA World Factbook, bản cuối tháng 1\/2026\. CIA \(nguồn tham khảo\)/)
      expect(text, economy.id).toContain(`${population?.value} (${population?.note})`)
      expect(text, economy.id).toContain(`Xuất khẩu sang (2023): ${exportPartner?.value}`)
      expect(text, economy.id).toContain('Nhập khẩu từ (2023):')
      const item = async (key: string) => squeeze(await page.locator(`.sheet-indicators__item[data-figure-key="${key}"]`).innerText())
      expect(await item('population'), economy.id).toBe(`Dân số ${population?.value} (${population?.note})`)
      // The figures are in their block, not repeated in the facts table.
      expect(await page.locator('.sheet-facts [data-fact-key="population"]').count(), economy.id).toBe(0)
      expect(await page.locator('.sheet-indicators__item').count(), economy.id).toBeGreaterThanOrEqual(8)
    }
    expect(pageCounts).toEqual(Object.fromEntries(economies.map((economy) => [economy.id, 1])))
    await page.close()
  }, 300_000)

  it('prints a founder\'s "Thành viên sáng lập", which two sources state, once, citing both, and lists both sources', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/print/australia`)
    await page.locator('.print-preview[data-layout="ready"]').waitFor()
    const rows = await page
      .locator('.sheet-facts tr[data-fact-key="founding-member"]')
      .evaluateAll((elements) => elements.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())))
    expect(rows).toEqual([['Tư cách', 'Thành viên sáng lập', '[1]; [2], đoạn 5']])
    // Each source keeps its own tooltip.
    expect(await page.locator('.sheet-facts tr[data-fact-key="founding-member"] .source-ref').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('title')))).toEqual([
      'History (timeline of host economies and milestones)',
      'Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương',
    ])
    await screenshot(page, 'print-australia-founder')
    const pdf = await printToPdf(page, 'sheet-economy-australia-founder')
    await pdfToPngs(pdf)
    expect(await pdfPageCount(pdf)).toBe(1)
    const text = squeeze(await pdfText(pdf, { layout: false }))
    // The summary says "thành viên sáng lập" in lower case; the facts table once, as a value.
    expect(text.split('Thành viên sáng lập')).toHaveLength(2)
    expect(text).toContain('Tư cách Thành viên sáng lập [1]; [2], đoạn 5')
    expect(text).toContain('[1] History (timeline of host economies and milestones). APEC Secretariat (nguồn tham khảo).')
    expect(text).toMatch(/\[2\] Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương\. Wikipedia tiếng Việt: các đoạn (\d+, )*5\b/)
    await page.close()
  })

  it('names Taiwan among Việt Nam\'s import partners as Đài Bắc, Trung Hoa on paper, and gives its capital', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/print/viet-nam`)
    const pdf = await printToPdf(page, 'sheet-economy-viet-nam-partners')
    const text = squeeze(await pdfText(pdf, { layout: false }))
    // vm.json: "China 49%, Singapore 6%, Japan 6%, Hong Kong 5%, Taiwan 4% (2023)".
    expect(text).toContain('Nhập khẩu từ (2023): Trung Quốc 49 %; Xin-ga-po 6 %; Nhật Bản 6 %; Hồng Công, Trung Quốc 5 %; Đài Bắc, Trung Hoa 4 %')
    expect(text).toContain('Thủ đô Hà Nội')
    expect(text).not.toMatch(/Taiwan|Đài Loan/)
    await page.close()
  })
})
