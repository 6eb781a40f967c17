import { spawnSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../../data/core/catalog'
import { PROJECT_ROOT } from '../../../data/pipeline/project-paths'
import { buildShippedPack, openShippedCatalog, writeTempFile } from '../../helpers/pack'

let catalog: Catalog
const firstEntry = (query: string) => catalog.search({ query }).entries[0]?.id

beforeAll(async () => {
  catalog = await openShippedCatalog()
})

/** What Kiwix gets wrong on a Vietnamese corpus, asked of the shipped pack. */
describe('search over the shipped pack', () => {
  it('finds a place typed with tone marks, without them, and in decomposed (NFD) form', () => {
    expect(firstEntry('Đà Nẵng')).toBe('da-nang')
    expect(firstEntry('da nang')).toBe('da-nang')
    expect(firstEntry('Đà Nẵng'.normalize('NFD'))).toBe('da-nang')
  })

  it('finds economies by their common names and aliases', () => {
    expect(firstEntry('Úc')).toBe('australia')
    expect(firstEntry('hoa ky')).toBe('united-states')
    expect(firstEntry('Mỹ')).toBe('united-states')
  })

  it('finds APEC from its short Chinese name, which the sources only give in full', () => {
    expect(firstEntry('亚太经合组织')).toBe('apec')
  })

  it('reads a query in traditional characters as simplified', () => {
    expect(firstEntry('觀察員')).toBe('quan-sat-vien')
    expect(firstEntry('亞太經合組織')).toBe('apec')
    expect(catalog.search({ query: '觀察員' }).counts).toEqual(catalog.search({ query: '观察员' }).counts)
  })

  it('forgives a typo and completes a prefix', () => {
    expect(firstEntry('singapor')).toBe('singapore')
    expect(catalog.suggest({ prefix: 'APE' }).map((suggestion) => suggestion.id).some((id) => id.startsWith('apec'))).toBe(true)
  })

  it('finds APEC 2017 and highlights the words in the snippet with their marks', () => {
    expect(firstEntry('apec 2017')).toBe('apec-2017')
    const hit = catalog.search({ query: 'thai binh duong' }).passages[0]
    expect(hit).toBeDefined()
    const marked = (hit?.snippet.highlights ?? []).map(([start, end]) => hit?.snippet.text.slice(start, end))
    expect(marked.join(' ')).toMatch(/Thái|Bình|Dương/)
  })

  it('filters by entry type and offers the closest titles when nothing matches', () => {
    const meetings = catalog.search({ query: 'apec', type: 'meeting' })
    expect(meetings.entries.length).toBeGreaterThan(0)
    expect(meetings.entries.every((hit) => hit.type === 'meeting')).toBe(true)
    expect(meetings.passages).toEqual([])
    const none = catalog.search({ query: 'singaporxyzw' })
    expect(none.counts).toEqual({ entries: 0, passages: 0 })
    expect(none.closest.map((suggestion) => suggestion.id)).toContain('singapore')
  })

  it('reaches every match page by page, without repeats', () => {
    const first = catalog.search({ query: 'apec', limit: 50 })
    expect(first.counts.entries).toBeGreaterThan(100)
    const pages = (size: number) => {
      const ids: string[] = []
      for (let offset = 0; offset < first.counts.entries; offset += size) {
        ids.push(...catalog.search({ query: 'apec', limit: size, offset }).entries.map((hit) => hit.id))
      }
      return ids
    }
    const byFifty = pages(50)
    expect(byFifty).toHaveLength(first.counts.entries)
    expect(new Set(byFifty).size).toBe(first.counts.entries)
    expect(byFifty.slice(0, 50)).toEqual(first.entries.map((hit) => hit.id))
    // The order does not depend on the page size.
    expect(pages(30)).toEqual(byFifty)
  })

  it('never throws on absurd input', () => {
    for (const query of ['', '   ', '((((', '.*+?[]', 'a'.repeat(5000), Array.from({ length: 60 }, (_, i) => `w${i}`).join(' '), '\ud800']) {
      expect(() => catalog.search({ query })).not.toThrow()
    }
  })
})

describe('catalog search in the CLI', () => {
  it('answers many queries in one process with --stdin, one JSON line each with its time', async () => {
    const { bytes } = await buildShippedPack()
    const pack = await writeTempFile('encyclopedia.sqlite', bytes)
    const run = spawnSync('npx', ['tsx', 'data/pipeline/catalog-cli.ts', 'search', '--stdin', '--json', '--pack', pack], {
      cwd: PROJECT_ROOT,
      input: 'da nang\nhoa ky\n\n',
      encoding: 'utf8',
    })
    expect(run.status).toBe(0)
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { query: string; hits: { id: string; kind: string }[]; tookMs: number })
    expect(lines.map((line) => line.query)).toEqual(['da nang', 'hoa ky', ''])
    expect(lines[0]?.hits[0]).toMatchObject({ kind: 'entry', id: 'da-nang' })
    expect(lines[1]?.hits[0]).toMatchObject({ kind: 'entry', id: 'united-states' })
    expect(lines[2]?.hits).toEqual([])
    expect(lines.every((line) => typeof line.tookMs === 'number' && line.tookMs >= 0)).toBe(true)
  })

  it('gives the answering fact with the search JSON: one object, an array where sources disagree, null when none', async () => {
    const { bytes } = await buildShippedPack()
    const pack = await writeTempFile('encyclopedia.sqlite', bytes)
    const questions = ['thái lan gia nhập apec năm nào', 'tpp còn bao nhiêu thành viên', 'apec 2017', 'ai là tổng thư ký apec']
    const run = spawnSync('npx', ['tsx', 'data/pipeline/catalog-cli.ts', 'search', '--stdin', '--json', '--pack', pack], {
      cwd: PROJECT_ROOT,
      input: `${questions.join('\n')}\n`,
      encoding: 'utf8',
    })
    expect(run.status).toBe(0)
    const [thailand, tpp, keywords, unanswerable] = run.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { answer: unknown }).answer)
    expect(thailand).toEqual({
      kind: 'time',
      entryId: 'thailand',
      factKey: 'joined',
      label: 'Gia nhập APEC',
      value: '1989-11',
      asOf: null,
      citation: { source: 'apec-history', paragraph: null },
      disputed: false,
    })
    expect(tpp).toEqual([
      expect.objectContaining({ entryId: 'tpp', factKey: 'members', value: '10', asOf: '2017-11-07', citation: { source: 'chinhphu-csom-2017', paragraph: 9 }, disputed: true }),
      expect.objectContaining({ entryId: 'tpp', factKey: 'members', value: '11', asOf: null, citation: { source: 'cptpp-wikipedia', paragraph: null }, disputed: true }),
    ])
    expect(keywords).toBeNull()
    expect(unanswerable).toBeNull()
  })
})
