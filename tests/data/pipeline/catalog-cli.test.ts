import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../../data/core/catalog'
import { SCHEMA_VERSION } from '../../../data/core/schema'
import type { BuiltPack } from '../../../data/pipeline/build-pack'
import { PROJECT_ROOT } from '../../../data/pipeline/project-paths'
import { buildShippedPack, openShippedCatalog, writeTempFile } from '../../helpers/pack'

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** `npm run catalog -- ...` without npm: the same script under tsx, from the project root. */
function catalogCli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join('data', 'pipeline', 'catalog-cli.ts'), ...args],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

let built: BuiltPack
let catalog: Catalog
/** Every CLI run this file needs, started together: each process costs about a second. */
let runs: Record<
  | 'stats'
  | 'sources'
  | 'source'
  | 'unknownId'
  | 'missing'
  | 'empty'
  | 'text'
  | 'usage'
  | 'compare'
  | 'compareAsean'
  | 'entry'
  | 'badGroup'
  | 'humanStats'
  | 'humanSearch'
  | 'humanEntry'
  | 'humanSources'
  | 'help',
  Promise<Run>
>

beforeAll(async () => {
  built = await buildShippedPack()
  catalog = await openShippedCatalog()
  const pack = await writeTempFile('encyclopedia.sqlite', built.bytes)
  const empty = await writeTempFile('encyclopedia.sqlite', new Uint8Array())
  const text = await writeTempFile(
    'encyclopedia.sqlite',
    'Đây không phải gói dữ liệu.\n'.repeat(50),
  )
  const missing = join(tmpdir(), 'apec-cli-no-such-dir', 'encyclopedia.sqlite')
  runs = {
    stats: catalogCli(['stats', '--json', '--pack', pack]),
    sources: catalogCli(['sources', '--json', '--pack', pack]),
    source: catalogCli(['source', 'wikipedia-apec', '--json', '--pack', pack]),
    unknownId: catalogCli(['source', 'no-such-source', '--pack', pack]),
    missing: catalogCli(['stats', '--pack', missing]),
    empty: catalogCli(['stats', '--json', '--pack', empty]),
    text: catalogCli(['sources', '--pack', text]),
    usage: catalogCli(['frobnicate', '--pack', pack]),
    compare: catalogCli(['compare', '--json', '--pack', pack]),
    compareAsean: catalogCli(['compare', '--group', 'asean', '--json', '--pack', pack]),
    entry: catalogCli(['entry', 'viet-nam', '--json', '--pack', pack]),
    badGroup: catalogCli(['compare', '--group', 'g20', '--pack', pack]),
    humanStats: catalogCli(['stats', '--pack', pack]),
    humanSearch: catalogCli(['search', 'thái lan gia nhập apec năm nào', '--limit', '3', '--pack', pack]),
    humanEntry: catalogCli(['entry', 'viet-nam', '--pack', pack]),
    humanSources: catalogCli(['sources', '--pack', pack]),
    help: catalogCli(['search', '--help']),
  }
  // Settle them all here, so a slow start is charged to the hook and not to one test.
  await Promise.all(Object.values(runs))
}, 60_000)

describe('catalog CLI on a pack built by the real pipeline', () => {
  it('stats --json prints one line of counts that match the catalog', async () => {
    const run = await runs.stats
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    const paragraphs = built.sources.reduce(
      (sum, source) => sum + source.blocks.filter((block) => block.number !== null).length,
      0,
    )
    const stats: unknown = JSON.parse(run.stdout)
    expect(stats).toMatchObject({ schemaVersion: SCHEMA_VERSION, sources: 5, paragraphs })
    const { counts } = catalog.packInfo()
    expect(run.stdout).toBe(
      `${JSON.stringify({
        schemaVersion: SCHEMA_VERSION,
        sources: counts.sources,
        paragraphs: counts.paragraphs,
        entries: counts.entries,
        facts: counts.facts,
      })}\n`,
    )
  })

  it('sources --json lists id, title, publisher, date and paragraph count per document', async () => {
    const run = await runs.sources
    expect(run.status).toBe(0)
    const listed = JSON.parse(run.stdout) as Record<string, unknown>[]
    expect(listed.map((source) => Object.keys(source))).toEqual(
      listed.map(() => ['id', 'title', 'publisher', 'date', 'paragraphs']),
    )
    expect(listed).toEqual(
      catalog.listSources().map((source) => ({
        id: source.id,
        title: source.title,
        publisher: source.publisher,
        date: source.date.value,
        paragraphs: source.paragraphs,
      })),
    )
    expect(listed.find((source) => source.id === 'wikipedia-apec')).toMatchObject({ date: null })
  })

  it('source <id> --json prints the document with its numbered blocks', async () => {
    const run = await runs.source
    expect(run.status).toBe(0)
    const document = JSON.parse(run.stdout) as {
      id: string
      blocks: { number: number | null; text: string }[]
    }
    expect(document.id).toBe('wikipedia-apec')
    const wiki = built.sources.find((source) => source.meta.id === 'wikipedia-apec')
    expect(document.blocks.map((block) => block.text)).toEqual(
      wiki?.blocks.map((block) => block.text),
    )
    expect(document.blocks.at(-1)?.text).toMatch(/^Đảo Guam/u)
  })

  it('exits 4 with a Vietnamese message for an unknown id', async () => {
    const run = await runs.unknownId
    expect(run.status).toBe(4)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('Không tìm thấy nội dung')
    expect(run.stderr).toContain('no-such-source')
  })

  it.each([
    ['missing', 'Không tìm thấy gói dữ liệu'],
    ['empty', 'Gói dữ liệu rỗng'],
    ['text', 'Tệp không phải gói dữ liệu'],
  ] as const)('exits 3 with a Vietnamese message for a %s pack file', async (kind, message) => {
    const run = await runs[kind]
    expect(run.status).toBe(3)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(message)
  })

  it('prints the usage on stdout and succeeds when asked with --help', async () => {
    const run = await runs.help
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^Cách dùng: npm run -s catalog -- <lệnh>/u)
    expect(run.stdout).toContain('search "<truy vấn>"')
  })

  it('exits 2 with the usage for a command it does not know', async () => {
    const run = await runs.usage
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('Không có lệnh "frobnicate"')
    expect(run.stderr).toContain('Cách dùng')
  })
})

interface CliComparison {
  indicators: { key: string; label: string; unit: string }[]
  rows: {
    id: string
    title: string
    entryId: string | null
    values: Record<string, { amount: number; unit: string; year: number | null; display: string; citation: { sourceId: string } }>
  }[]
  totals: { key: string; share: { display: string } | null; years: { year: number; members: string[] }[] }[]
}

describe('catalog CLI without --json: text for a person at a terminal', () => {
  const noJson = (text: string) => expect(text).not.toMatch(/^\s*[{[]|"\w+":/mu)

  it('stats says what the pack holds in Vietnamese, primary and reference sources apart', async () => {
    const run = await runs.humanStats
    expect(run.status).toBe(0)
    noJson(run.stdout)
    const { counts } = catalog.packInfo()
    expect(run.stdout).toContain(`${counts.entries} mục từ, ${counts.facts} dữ kiện`)
    expect(run.stdout).toContain(`${counts.sources} tài liệu nguồn (${counts.paragraphs} đoạn) và ${counts.referenceSources} nguồn tham khảo`)
  })

  it('search shows the quick answer with its date in Vietnamese and its source, then numbered hits', async () => {
    const run = await runs.humanSearch
    expect(run.status).toBe(0)
    noJson(run.stdout)
    // The reference timeline gives November 1989 for Thailand, a founder.
    expect(run.stdout).toMatch(/Trả lời nhanh:\n {2}Gia nhập APEC: tháng 11\/1989 \[apec-history\]/u)
    expect(run.stdout).toMatch(/^ 1\. Thái Lan \(mục từ, nền kinh tế: thailand\)$/mu)
  })

  it('entry shows the summary and each fact with its date and its source paragraph', async () => {
    const run = await runs.humanEntry
    expect(run.status).toBe(0)
    noJson(run.stdout)
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe('Việt Nam (nền kinh tế: viet-nam)')
    expect(lines).toContain('  Gia nhập APEC: tháng 11/1998 [gac-apec]')
    expect(lines).toContain('  Chủ tịch SOM APEC 2017: Bùi Thanh Sơn (tính đến 07/11/2017) [chinhphu-csom-2017, đoạn 1]')
  })

  it('sources lists the documents with their paragraph counts, then the reference sources apart', async () => {
    const run = await runs.humanSources
    expect(run.status).toBe(0)
    noJson(run.stdout)
    const { counts } = catalog.packInfo()
    const [primary, reference] = run.stdout.split('\n\n')
    expect(primary?.startsWith(`${counts.sources} tài liệu nguồn:`)).toBe(true)
    expect(primary).toContain('wikipedia-apec — Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (Wikipedia tiếng Việt, không rõ ngày, 34 đoạn)')
    expect(reference?.startsWith(`${counts.referenceSources} nguồn tham khảo`)).toBe(true)
    expect(reference).toContain('cia-world-factbook-2026-01 — CIA World Factbook')
  })
})

describe('catalog CLI: the economy comparison and figures with quantities', () => {
  it('compare --json prints the indicators and one row per APEC economy, each value with amount, unit, year, display and citation', async () => {
    const run = await runs.compare
    expect(run.status).toBe(0)
    const table = JSON.parse(run.stdout) as CliComparison
    expect(table.indicators).toContainEqual({ key: 'gdp-ppp', label: 'GDP thực tế theo sức mua tương đương (PPP)', unit: 'usd' })
    expect(table.rows).toHaveLength(21)
    expect(table.rows.map((row) => row.id).sort()).toEqual(catalog.listEntries('economy').map((entry) => entry.id).sort())
    const vietNam = table.rows.find((row) => row.id === 'viet-nam')
    // vm.json: "Real GDP growth rate 2024": "7.1% (2024 est.)"; "Population": "106,688,169 (2025 est.)".
    expect(vietNam?.values['gdp-growth']).toMatchObject({ amount: 7.1, unit: 'percent', year: 2024, display: '7,1 %' })
    expect(vietNam?.values.population).toMatchObject({ amount: 106_688_169, unit: 'people', year: 2025, display: '106,7 triệu người' })
    expect(vietNam?.values.area).toMatchObject({ amount: 331_210, unit: 'km2', year: null, display: '331.210 km²' })
    expect(vietNam?.values['gdp-ppp']).toMatchObject({ amount: 1.456e12, year: 2024, display: '1,456 nghìn tỷ USD' })
    expect(vietNam?.values['gdp-ppp']?.citation.sourceId).toBe('cia-world-factbook-2026-01')
    // ks.json and tw.json stop at 2023: each economy keeps its own latest year.
    expect(table.rows.find((row) => row.id === 'korea')?.values['gdp-ppp']?.year).toBe(2023)
  })

  it('compare --group asean lists the ten ASEAN members, the three outside APEC without an entry', async () => {
    const run = await runs.compareAsean
    expect(run.status).toBe(0)
    const table = JSON.parse(run.stdout) as CliComparison
    expect(table.rows).toHaveLength(10)
    expect(table.rows.filter((row) => row.entryId === null).map((row) => row.id).sort()).toEqual(['cambodia', 'laos', 'myanmar'])
    expect(table.rows.filter((row) => row.entryId !== null).map((row) => row.id).sort()).toEqual([
      'brunei', 'indonesia', 'malaysia', 'philippines', 'singapore', 'thailand', 'viet-nam',
    ])
    // All ten have GDP (PPP) for 2024, so the total is of one year.
    expect(table.totals.find((total) => total.key === 'gdp-ppp')?.years).toEqual([{ year: 2024, members: expect.any(Array) }])
  })

  it('refuses a group it does not know with the usage', async () => {
    const run = await runs.badGroup
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--group cần một trong: apec, asean.')
  })

  it('entry --json gives the Factbook facts a quantity, and the entry\'s own facts none', async () => {
    const run = await runs.entry
    expect(run.status).toBe(0)
    const entry = JSON.parse(run.stdout) as { facts: { key: string; value: string; quantity?: unknown; citation: { source: string; reference: boolean } }[] }
    expect(entry.facts.find((fact) => fact.key === 'joined')?.quantity).toBeUndefined()
    const exports = entry.facts.filter((fact) => fact.key === 'exports')
    expect(exports.map((fact) => fact.quantity)).toEqual([
      { amount: 429_383_000_000, unit: 'usd', year: 2024 },
      { amount: 374_986_000_000, unit: 'usd', year: 2023 },
      { amount: 385_241_000_000, unit: 'usd', year: 2022 },
    ])
    expect(exports[0]).toMatchObject({ value: '429,383 tỷ USD', citation: { source: 'cia-world-factbook-2026-01', reference: true } })
  })
})
