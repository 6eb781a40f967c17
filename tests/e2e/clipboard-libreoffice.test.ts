import { execFile } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import type { EntryDocument } from '../../data/core/api-contract'
import { ownFacts } from '../../data/core/economy/profile'
import { factBoxClipboard, sheetClipboard } from '../../data/core/export/sheet-clipboard'
import { openCatalogApi } from '../../data/core/open-catalog'
import { loadSheet } from '../../data/core/sheet/load-sheet'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'
import { loadSqlJs } from '../../data/pipeline/sql-js-node'
import { docxPart, docxParts, paragraphTexts, tables } from '../helpers/docx'
import { buildShippedPack } from '../helpers/pack'

const run = promisify(execFile)

/**
 * What a paste into a word processor makes of "Sao chép": LibreOffice reads the copied HTML with
 * the filter its paste uses (HTML (StarWriter)) and saves it as .docx, in one soffice run, and the
 * facts are in a Word table with the sources listed under it.
 */
const DIR = join(PROJECT_ROOT, 'tests', '.artifacts', 'clipboard')
const PROFILE = join(PROJECT_ROOT, 'tests', '.artifacts', 'libreoffice-profile-clipboard')

let viet: EntryDocument
let factBox: string
let sheet: string

beforeAll(async () => {
  const { bytes } = await buildShippedPack()
  const SQL = await loadSqlJs()
  const api = openCatalogApi(bytes, (data) => new SQL.Database(data))
  const entry = await api.getEntry({ id: 'viet-nam' })
  if (!entry.ok) throw new Error(entry.error.message)
  viet = entry.value
  const loaded = await loadSheet(api, { kind: 'entry', id: 'viet-nam', preset: 'one-page' }, new Date(2026, 11, 3))
  if (!loaded.ok || loaded.value.kind !== 'entry') throw new Error('no sheet')
  await rm(DIR, { recursive: true, force: true })
  await mkdir(DIR, { recursive: true })
  await writeFile(join(DIR, 'fact-box.html'), factBoxClipboard(viet, ownFacts(viet.facts)).html)
  await writeFile(join(DIR, 'sheet.html'), sheetClipboard(loaded.value.sheet).html)
  const files = ['fact-box.html', 'sheet.html'].map((name) => join(DIR, name))
  const args = ['--headless', '--norestore', `-env:UserInstallation=file://${PROFILE}`, '--infilter=HTML (StarWriter)']
  await run('soffice', [...args, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', DIR, ...files], { timeout: 120_000 })
  const xml = async (name: string) => docxPart(docxParts(await readFile(join(DIR, `${name}.docx`))), 'word/document.xml')
  factBox = await xml('fact-box')
  sheet = await xml('sheet')
}, 180_000)

describe('"Sao chép" pasted into a word processor', () => {
  it('the fact box becomes a Word table of every fact with its source number, and the source list follows', () => {
    const [table] = tables(factBox)
    expect(table?.[0]).toEqual(['Dữ kiện', 'Giá trị', 'Nguồn'])
    for (const fact of ownFacts(viet.facts)) expect(table?.map((row) => row[0]), fact.label).toContain(fact.label)
    const sources = paragraphTexts(factBox).filter((text) => /^\[\d+\] /.test(text))
    for (const title of new Set(ownFacts(viet.facts).map((fact) => fact.citation.sourceTitle))) {
      expect(sources.some((line) => line.includes(title)), title).toBe(true)
    }
  })

  it('a sheet keeps its headings as headings, and its facts and figures as tables', () => {
    expect(sheet).toMatch(/<w:pStyle w:val="Heading1"\/>/)
    expect(sheet).toMatch(/<w:pStyle w:val="Heading2"\/>/)
    const [facts, figures] = tables(sheet)
    expect(facts?.[1]).toEqual(['Gia nhập APEC', 'tháng 11/1998', '[1]'])
    expect(figures?.map((row) => row[0])).toContain('Thủ đô')
    expect(paragraphTexts(sheet)).toContain(`${viet.nameEn} · ${viet.nameZh}`)
  })
})
