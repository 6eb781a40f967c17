import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'
import { docxPart, docxParts, paragraphTexts, styledParagraphs, tables } from '../helpers/docx'
import { pdfPageCount, pdfText, squeeze } from '../helpers/pdf'

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** `npm run -s catalog -- ...` as a user types it, run by the same script under tsx. */
function catalog(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('data', 'pipeline', 'catalog-cli.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_OPTIONS: '' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

const runFile = promisify(execFile)
let folder: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'apec-export-'))
  if (!existsSync(join(PROJECT_ROOT, 'out', 'web', 'index.html'))) throw new Error('PDF export needs the web edition: run npm run build:web first')
})

describe('catalog export --format docx', () => {
  it('writes an entry sheet as Word and says where', async () => {
    const out = join(folder, 'viet-nam.docx')
    const run = await catalog(['export', 'viet-nam', '--format', 'docx', '--out', out])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`Đã xuất ${out} (Word,`)
    const xml = docxPart(docxParts(await readFile(out)), 'word/document.xml')
    expect(styledParagraphs(xml, 'Heading1')).toEqual(['Việt Nam'])
  })

  it('writes a briefing pack of the entries given, in order, under the title given, in the preset given', async () => {
    const out = join(folder, 'pack.docx')
    const run = await catalog(['export', 'briefing', '--entries', 'apec-2017,viet-nam', '--title', 'Chuẩn bị APEC 2017', '--preset', 'full', '--format', 'docx', '--out', out, '--json'])
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ out, format: 'docx', title: 'Chuẩn bị APEC 2017' })
    const xml = docxPart(docxParts(await readFile(out)), 'word/document.xml')
    expect(styledParagraphs(xml, 'Heading1')).toEqual(['Chuẩn bị APEC 2017'])
    expect(styledParagraphs(xml, 'Heading2')).toEqual(['Mục lục', 'Năm APEC 2017', 'Việt Nam', 'Danh mục nguồn'])
    // "Đầy đủ" carries the entries' own text.
    expect(styledParagraphs(xml, 'Heading3')).toContain('III. Nội dung')
    expect(paragraphTexts(xml).some((text) => text.startsWith('Năm 2017, Việt Nam đăng cai APEC lần thứ hai'))).toBe(true)
  })

  it('writes the comparison of the group given as a landscape table of its economies', async () => {
    const out = join(folder, 'asean.docx')
    const run = await catalog(['export', 'compare', '--group', 'asean', '--format', 'docx', '--out', out, '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ out, format: 'docx', title: 'So sánh các nước thành viên ASEAN' })
    const xml = docxPart(docxParts(await readFile(out)), 'word/document.xml')
    expect(styledParagraphs(xml, 'Heading1')).toEqual(['So sánh các nước thành viên ASEAN'])
    expect(xml).toContain('w:orient="landscape"')
    const rows = tables(xml).find(([header]) => header?.[0] === 'Nền kinh tế') ?? []
    // The 10 members, three of them outside APEC and said so.
    expect(rows).toHaveLength(11)
    expect(rows.filter(([name]) => name?.endsWith('(không là thành viên APEC)'))).toHaveLength(3)
    expect(rows.map(([name]) => name)).toContain('Việt Nam')
  })

  it('a pack may hold a comparison by its item id, as a stored pack does', async () => {
    const out = join(folder, 'pack-compare.docx')
    const comparison = 'comparison-apec-gdpfx-desc-gdpfx-pop-gdpfx-gdp'
    const run = await catalog(['export', 'briefing', '--entries', `viet-nam,${comparison}`, '--format', 'docx', '--out', out])
    expect(run.status).toBe(0)
    const xml = docxPart(docxParts(await readFile(out)), 'word/document.xml')
    expect(styledParagraphs(xml, 'Heading2')).toEqual(['Mục lục', 'Việt Nam', 'So sánh các nền kinh tế APEC', 'Danh mục nguồn'])
  })
})

describe('catalog export --format pdf', () => {
  it('prints an entry sheet through Chromium on one A4 page with the page footer', async () => {
    const out = join(folder, 'viet-nam.pdf')
    const run = await catalog(['export', 'viet-nam', '--format', 'pdf', '--out', out])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(await pdfPageCount(out)).toBe(1)
    const text = squeeze(await pdfText(out))
    expect(text).toContain('Việt Nam')
    expect(text).toContain('Gia nhập APEC')
    expect(text).toContain('Trang 1/1')
  }, 120_000)

  it('prints a briefing pack with its cover, contents and sheets', async () => {
    const out = join(folder, 'pack.pdf')
    const run = await catalog(['export', 'briefing', '--entries', 'viet-nam,apec-2017', '--title', 'Gói thử', '--format', 'pdf', '--out', out])
    expect(run.status).toBe(0)
    const pages = await pdfPageCount(out)
    expect(pages).toBeGreaterThanOrEqual(4)
    const text = squeeze(await pdfText(out))
    for (const expected of ['Gói thử', 'Mục lục', 'Việt Nam', 'Năm APEC 2017', 'Danh mục nguồn', `Trang ${pages}/${pages}`]) expect(text).toContain(expected)
  }, 120_000)

  it('prints the comparison on one A4 landscape page', async () => {
    const out = join(folder, 'compare.pdf')
    const run = await catalog(['export', 'compare', '--format', 'pdf', '--out', out])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(await pdfPageCount(out)).toBe(1)
    const { stdout } = await runFile('pdfinfo', [out])
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout)
    expect(Number(size?.[1])).toBeGreaterThan(Number(size?.[2]))
    const text = squeeze(await pdfText(out))
    for (const expected of ['So sánh các nền kinh tế APEC', 'Việt Nam', 'Đài Bắc, Trung Hoa', 'CIA World Factbook, bản cuối tháng 1/2026', 'Trang 1/1']) expect(text).toContain(expected)
  }, 120_000)
})

describe('catalog export refuses what it cannot do, in Vietnamese, writing nothing', () => {
  it.each<[string, string[], number, string]>([
    ['an unknown entry', ['export', 'no-such-entry', '--format', 'docx'], 4, 'Không tìm thấy nội dung'],
    ['an unknown group', ['export', 'compare', '--group', 'eu', '--format', 'docx'], 2, '--group cần một trong: apec, asean'],
    ['--group with an entry', ['export', 'viet-nam', '--group', 'asean', '--format', 'docx'], 2, '--group chỉ dùng với export compare'],
    ['no format', ['export', 'viet-nam'], 2, '--format docx hoặc --format pdf'],
    ['a pack without entries', ['export', 'briefing', '--format', 'docx'], 2, '--entries a,b,c'],
    ['--entries with one entry', ['export', 'viet-nam', '--entries', 'a,b', '--format', 'docx'], 2, 'chỉ dùng với export briefing'],
    ['an unknown preset', ['export', 'viet-nam', '--preset', 'tiny', '--format', 'docx'], 2, '--preset cần một trong: one-page, full, with-sources'],
  ])('%s', async (name, args, status, message) => {
    const out = join(folder, `refused-${name.replace(/\W+/g, '-')}.docx`)
    const run = await catalog([...args, '--out', out])
    expect(run.status).toBe(status)
    expect(run.stderr).toContain(message)
    expect(existsSync(out)).toBe(false)
  })

  it('a file name whose extension is not the format', async () => {
    const run = await catalog(['export', 'viet-nam', '--format', 'pdf', '--out', join(folder, 'x.docx')])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('phải có đuôi .pdf')
  })
})
