import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import type { EncyclopediaApi, EntryDocument } from '../../data/core/api-contract'
import { ownFacts } from '../../data/core/economy/profile'
import { loadedSheetDocx } from '../../data/core/export/export-docx'
import { openCatalogApi } from '../../data/core/open-catalog'
import { loadSheet, type SheetRequest } from '../../data/core/sheet/load-sheet'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'
import { loadSqlJs } from '../../data/pipeline/sql-js-node'
import type { ComparisonTable } from '../../data/core/economy/comparison-types'
import { buildShippedPack } from '../helpers/pack'
import { pdfPageCount, pdfPages, pdfText, pdfToPngs, squeeze } from '../helpers/pdf'

const run = promisify(execFile)

/**
 * The real consumer: LibreOffice opens every kind of exported .docx and prints it to PDF, and
 * what a reader would look for is on those pages. One soffice run converts them all (starting
 * it is the slow part), with a profile of its own so it never touches a user's.
 */
const DIR = join(PROJECT_ROOT, 'tests', '.artifacts', 'pdf', 'docx')
const PROFILE = join(PROJECT_ROOT, 'tests', '.artifacts', 'libreoffice-profile')

const EXPORTS: Record<string, SheetRequest> = {
  'viet-nam-one-page': { kind: 'entry', id: 'viet-nam', preset: 'one-page' },
  'apec-2017-one-page': { kind: 'entry', id: 'apec-2017', preset: 'one-page' },
  'apec-2017-full': { kind: 'entry', id: 'apec-2017', preset: 'full' },
  'apec-2017-with-sources': { kind: 'entry', id: 'apec-2017', preset: 'with-sources' },
  'ban-thu-ky-one-page': { kind: 'entry', id: 'ban-thu-ky', preset: 'one-page' },
  briefing: { kind: 'briefing', entryIds: ['viet-nam', 'apec-2017', 'csom-2017'], title: 'Chuẩn bị Tuần lễ Cấp cao APEC 2017', preset: 'one-page' },
  'compare-apec': { kind: 'compare', group: 'apec' },
  // The compare page's opening view (GDP at the official rate, largest first) as a pack item.
  'briefing-compare': {
    kind: 'briefing',
    entryIds: ['viet-nam', 'comparison-apec-gdpfx-desc-gdpfx-pop-gdpfx-gdp-gdppc-growth-infl-exp-imp', 'apec-2017'],
    title: 'Gói có bảng so sánh',
    preset: 'one-page',
  },
}

let api: EncyclopediaApi
/** The 21 economies' one-page sheets, the densest ("Chỉ số chính"), converted in the same soffice run. */
let economies: string[] = []
const pdf = (name: string) => join(DIR, `${name}.pdf`)

/** Each page's orientation in a PDF, in order: true when wider than tall. */
async function landscapePages(file: string): Promise<boolean[]> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '999', file])
  return [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => Number(match[1]) > Number(match[2]))
}

async function apecComparison(): Promise<ComparisonTable> {
  const result = await api.getComparison({ group: 'apec' })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

async function entry(id: string): Promise<EntryDocument> {
  const result = await api.getEntry({ id })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

beforeAll(async () => {
  const { bytes } = await buildShippedPack()
  const SQL = await loadSqlJs()
  api = openCatalogApi(bytes, (data) => new SQL.Database(data))
  await rm(DIR, { recursive: true, force: true })
  await mkdir(DIR, { recursive: true })
  const listed = await api.listEntries({ type: 'economy' })
  if (!listed.ok) throw new Error(listed.error.message)
  economies = listed.value.map((item) => item.id)
  const requests: [string, SheetRequest][] = [
    ...Object.entries(EXPORTS),
    ...economies.filter((id) => id !== 'viet-nam').map((id): [string, SheetRequest] => [`economy-${id}`, { kind: 'entry', id, preset: 'one-page' }]),
  ]
  const files: string[] = []
  for (const [name, request] of requests) {
    const loaded = await loadSheet(api, request, new Date(2026, 11, 3))
    if (!loaded.ok) throw new Error(loaded.error.message)
    const file = join(DIR, `${name}.docx`)
    await writeFile(file, await loadedSheetDocx(loaded.value))
    files.push(file)
  }
  await run('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${PROFILE}`, '--convert-to', 'pdf', '--outdir', DIR, ...files], {
    timeout: 240_000,
  })
  for (const name of Object.keys(EXPORTS)) await pdfToPngs(pdf(name))
  await pdfToPngs(pdf('economy-china'))
  await pdfToPngs(pdf('economy-australia'))
}, 300_000)

describe('LibreOffice opens the Word exports', () => {
  it.each(['viet-nam', 'apec-2017', 'ban-thu-ky'])('%s: title, names, every fact with its source, the source list and "Trang" on the page', async (id) => {
    const sheet = await entry(id)
    const name = `${id}-one-page`
    const text = squeeze(await pdfText(pdf(name), { layout: false }))
    expect(text).toContain(sheet.title)
    if (sheet.nameZh) expect(text).toContain(sheet.nameZh)
    // The entry's own facts by their labels; the Factbook's figures are "Chỉ số chính" (below).
    for (const fact of ownFacts(sheet.facts)) expect(text, fact.label).toContain(squeeze(fact.label))
    for (const title of new Set(sheet.facts.map((fact) => fact.citation.sourceTitle))) expect(text).toContain(squeeze(title))
    expect(text).toMatch(/\[1\] \S/)
    const pages = await pdfPageCount(pdf(name))
    expect(text).toContain(`Trang 1/${pages}`)
    // A one-page sheet stays one page in Word too, give or take one.
    expect(pages).toBeLessThanOrEqual(2)
  })

  it('Việt Nam: "Chỉ số chính" with the capital, figures with their years and the partners, on the one page', async () => {
    const sheet = await entry('viet-nam')
    const pages = await pdfPages(pdf('viet-nam-one-page'))
    const first = squeeze(pages[0] ?? '')
    expect(first).toMatch(/Chỉ số chính \(nguồn \[\d+\]\)/)
    const figure = (key: string) => sheet.facts.filter((fact) => fact.key === key).sort((a, b) => (b.quantity?.year ?? 0) - (a.quantity?.year ?? 0))[0]
    for (const key of ['capital', 'population', 'gdp-ppp', 'exports']) expect(first, key).toContain(squeeze(figure(key)?.value ?? '?'))
    expect(first).toContain(`(${figure('population')?.note})`)
    for (const partner of sheet.facts.filter((fact) => fact.key === 'export-partner' || fact.key === 'import-partner')) expect(first).toContain(partner.value)
    expect(pages).toHaveLength(1)
  })

  it('every economy\'s one-page sheet stays on one page in Word too, give or take one', async () => {
    expect(economies).toHaveLength(21)
    const counts: Record<string, number> = {}
    for (const id of economies) counts[id] = await pdfPageCount(pdf(id === 'viet-nam' ? 'viet-nam-one-page' : `economy-${id}`))
    expect(Object.entries(counts).filter(([, pages]) => pages > 2)).toEqual([])
    console.info(`LibreOffice pages of the economy sheets: ${JSON.stringify(counts)}`)
  })

  it('a founder (Ô-xtrây-li-a): "Thành viên sáng lập", which two sources state, once, citing both, and both sources listed', async () => {
    const text = squeeze(await pdfText(pdf('economy-australia'), { layout: false }))
    // The summary says "thành viên sáng lập" in lower case; the facts table once, as a value.
    expect(text.split('Thành viên sáng lập')).toHaveLength(2)
    expect(text).toContain('Tư cách Thành viên sáng lập [1]; [2], đoạn 5')
    expect(text).toContain('[1] History (timeline of host economies and milestones). APEC Secretariat (nguồn tham khảo).')
    expect(text).toMatch(/\[2\] Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương\. Wikipedia tiếng Việt: các đoạn (\d+, )*5\b/)
  })

  it('keeps "tính đến" dates and paragraph numbers', async () => {
    const text = squeeze(await pdfText(pdf('apec-2017-one-page'), { layout: false }))
    expect(text).toContain('(tính đến 07/11/2017)')
    expect(text).toContain('[2], đoạn 1')
  })

  it('"Đầy đủ" adds the entry text; "Kèm nguồn" adds the quoted paragraphs', async () => {
    expect(squeeze(await pdfText(pdf('apec-2017-full'), { layout: false }))).toContain('Năm 2017, Việt Nam đăng cai APEC lần thứ hai')
    const quoted = squeeze(await pdfText(pdf('apec-2017-with-sources'), { layout: false }))
    expect(quoted).toContain('Trích đoạn nguồn')
    expect(quoted).toContain('Nguyên văn các đoạn được trích')
  })

  it('a briefing pack: cover, contents whose page numbers LibreOffice fills in and that lead to each sheet, merged sources', async () => {
    const pages = await pdfPages(pdf('briefing'))
    expect(squeeze(pages[0] ?? '')).toContain('Chuẩn bị Tuần lễ Cấp cao APEC 2017')
    const contents = squeeze(pages[1] ?? '')
    expect(contents).toContain('Mục lục')
    for (const id of ['viet-nam', 'apec-2017', 'csom-2017']) {
      const { title } = await entry(id)
      const line = contents.slice(contents.indexOf(`${title} · `))
      const page = Number(/^[^.]+\.{3,}\s*(\d+)/.exec(line)?.[1])
      expect(page, title).toBeGreaterThan(2)
      // The sheet's own page starts with its masthead, then its title.
      expect(squeeze(pages[page - 1] ?? ''), title).toContain(title)
    }
    // The source list's line and each sheet's pointer give the page the list starts on.
    const sourcesPage = Number(/Danh mục nguồn\s*\.{3,}\s*(\d+)/.exec(contents)?.[1])
    expect(squeeze(pages[sourcesPage - 1] ?? '')).toMatch(/^Danh mục nguồn/)
    for (const page of pages.slice(2, sourcesPage - 1)) expect(squeeze(page)).toContain(`Nguồn: xem Danh mục nguồn ở cuối gói (trang ${sourcesPage}).`)
    const last = squeeze(pages.at(-1) ?? '')
    expect(squeeze(pages.join(' '))).toContain('Danh mục nguồn')
    expect(last).toContain(`Trang ${pages.length}/${pages.length}`)
  })

  it('the comparison alone: one landscape page with the 21 economies, their figures, the Factbook and "Trang 1/1"', async () => {
    const table = await apecComparison()
    expect(table.rows).toHaveLength(21)
    const text = squeeze(await pdfText(pdf('compare-apec'), { layout: false }))
    expect(text).toContain('So sánh các nền kinh tế APEC')
    for (const row of table.rows) expect(text, row.id).toContain(row.title)
    // Việt Nam's population as the Factbook gives it, in Vietnamese style.
    const population = table.rows.find((row) => row.id === 'viet-nam')?.values.population?.display
    expect(population).toMatch(/triệu người$/)
    expect(text).toContain(population)
    expect(text).toContain('CIA World Factbook, bản cuối tháng 1/2026')
    expect(text).toContain('Trang 1/1')
    expect(await landscapePages(pdf('compare-apec'))).toEqual([true])
  })

  it('a pack holding the comparison: its page is landscape among portrait ones, reached from the contents, its source in the pack\'s list', async () => {
    const table = await apecComparison()
    const pages = await pdfPages(pdf('briefing-compare'))
    const orientation = await landscapePages(pdf('briefing-compare'))
    expect(orientation).toHaveLength(pages.length)
    const contents = squeeze(pages[1] ?? '')
    const line = contents.slice(contents.indexOf('So sánh các nền kinh tế APEC: '))
    const page = Number(/^[^.]+\.{3,}\s*(\d+)/.exec(line)?.[1])
    expect(page).toBeGreaterThan(3)
    const comparison = squeeze(pages[page - 1] ?? '')
    for (const row of table.rows) expect(comparison, row.id).toContain(row.title)
    // Only the comparison's page turns.
    expect(orientation.map((wide, index) => (wide ? index + 1 : 0)).filter(Boolean)).toEqual([page])
    const sourcesPage = Number(/Danh mục nguồn\s*\.{3,}\s*(\d+)/.exec(contents)?.[1])
    expect(comparison).toContain(`Nguồn: xem Danh mục nguồn ở cuối gói (trang ${sourcesPage}).`)
    expect(squeeze(pages.slice(sourcesPage - 1).join(' '))).toContain('CIA World Factbook, bản cuối tháng 1/2026')
    expect(squeeze(pages.at(-1) ?? '')).toContain(`Trang ${pages.length}/${pages.length}`)
  })
})
