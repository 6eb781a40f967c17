import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { EncyclopediaApi, SourceKind, SourceSummary } from '../../../data/core/api-contract'
import { callApi } from '../../../data/core/api-dispatch'
import type { Catalog } from '../../../data/core/catalog'
import { createCatalogApi } from '../../../data/core/catalog-api'
import { numberedFolderPack, numberedTitle } from '../../helpers/numbered-folder-pack'
import { openCatalogFromBytes } from '../../helpers/open-pack-bytes'
import { openShippedCatalog } from '../../helpers/pack'

/** The shipped pack's documents in file-name order (catalog.test.ts): what the list showed before pages. */
const PRIMARY_IDS = ['chinaorg-apec-khai-niem', 'chinhphu-csom-2017', 'tgvn-amm31-2020', 'vov5-asean-cong-1-2018', 'wikipedia-apec']
const FOLDER_SOURCES = 250

let shipped: Catalog
let folder: Catalog
let removeFolder: () => Promise<void>

beforeAll(async () => {
  shipped = await openShippedCatalog()
  const built = await numberedFolderPack(FOLDER_SOURCES)
  removeFolder = built.remove
  folder = await openCatalogFromBytes(new Uint8Array(await readFile(built.pack)))
})

afterAll(async () => {
  folder?.close()
  await removeFolder?.()
})

const ids = (sources: readonly SourceSummary[]) => sources.map((source) => source.id)

/** Every page of `size`, asked one after another as the pager does, joined. */
function allPages(catalog: Catalog, kind: SourceKind | undefined, size: number): SourceSummary[] {
  const joined: SourceSummary[] = []
  for (let offset = 0; ; offset += size) {
    const page = catalog.listSources({ kind, limit: size, offset })
    joined.push(...page)
    if (page.length < size) return joined
  }
}

describe('listSources in pages (issue 13: the source list of a 126 000-document pack)', () => {
  it('pages a folder pack in file-name order: page 2 of 100 holds documents 101 to 200, the last page the 50 left', () => {
    const second = folder.listSources({ kind: 'primary', limit: 100, offset: 100 })
    expect(second.map((source) => source.title)).toEqual(Array.from({ length: 100 }, (_, index) => numberedTitle(101 + index)))
    const last = folder.listSources({ kind: 'primary', limit: 100, offset: 200 })
    expect(last.map((source) => source.title)).toEqual(Array.from({ length: 50 }, (_, index) => numberedTitle(201 + index)))
    expect(last.every((source) => source.paragraphs === 2)).toBe(true)
  })

  it('gives the same order as the whole list, page after page, with no source twice or left out', () => {
    const whole = folder.listSources()
    expect(whole).toHaveLength(FOLDER_SOURCES)
    expect(allPages(folder, 'primary', 100)).toEqual(whole)
    expect(allPages(folder, 'primary', 7)).toEqual(whole)
    // Asked again, the same page: a reader going back sees what they saw.
    expect(folder.listSources({ kind: 'primary', limit: 100, offset: 100 })).toEqual(whole.slice(100, 200))
  })

  it('keeps one kind in the shipped pack: its five documents in pack order, the reference sources apart', () => {
    const whole = shipped.listSources()
    const primary = shipped.listSources({ kind: 'primary' })
    const reference = shipped.listSources({ kind: 'reference' })
    expect(ids(primary)).toEqual(PRIMARY_IDS)
    expect(primary).toEqual(whole.filter((source) => source.kind === 'primary'))
    expect(reference).toEqual(whole.filter((source) => source.kind === 'reference'))
    expect(reference.length).toBeGreaterThan(0)
    // The totals a pager needs are packInfo's counts.
    expect(primary).toHaveLength(shipped.packInfo().counts.sources)
    expect(reference).toHaveLength(shipped.packInfo().counts.referenceSources)
    expect(allPages(shipped, 'primary', 2)).toEqual(primary)
    expect(allPages(shipped, undefined, 3)).toEqual(whole)
  })

  it('answers an empty page for an offset at or past the end, not an error', () => {
    expect(folder.listSources({ kind: 'primary', limit: 100, offset: FOLDER_SOURCES })).toEqual([])
    expect(folder.listSources({ kind: 'primary', limit: 100, offset: 1_000_000 })).toEqual([])
    expect(folder.listSources({ kind: 'reference' })).toEqual([])
    expect(shipped.listSources({ kind: 'primary', offset: PRIMARY_IDS.length })).toEqual([])
  })
})

describe('listSources input checked where it enters (IPC, worker, CLI)', () => {
  let api: EncyclopediaApi

  beforeAll(() => {
    api = createCatalogApi(folder)
  })

  it('takes a kind, a limit and an offset', async () => {
    const result = await callApi(api, 'listSources', { kind: 'primary', limit: 100, offset: 200 })
    expect(result.ok ? (result.value as SourceSummary[]).length : result.error.code).toBe(50)
  })

  // Each beside its nearest good neighbour, so a check that refused everything would fail too.
  it.each<[string, unknown, unknown]>([
    ['a negative offset', { offset: -1 }, { offset: 0 }],
    ['a fractional offset', { offset: 1.5 }, { offset: 1 }],
    ['an offset as text', { offset: '100' }, { offset: 100 }],
    ['an offset past the safe integers', { offset: 2 ** 60 }, { offset: Number.MAX_SAFE_INTEGER }],
    ['a limit of 0', { kind: 'primary', limit: 0 }, { kind: 'primary', limit: 1 }],
    ['a limit over 1000', { kind: 'primary', limit: 1001 }, { kind: 'primary', limit: 1000 }],
    ['an unknown kind', { kind: 'secondary' }, { kind: 'reference' }],
    ['a page number instead of an offset', { page: 3 }, { offset: 200 }],
  ])('refuses %s with invalid-input, never reaching the catalog', async (_name, refused, taken) => {
    const spy = { ...api, listSources: vi.fn(api.listSources) }
    const answer = await callApi(spy, 'listSources', refused)
    expect(answer.ok ? 'ok' : answer.error.code).toBe('invalid-input')
    expect(spy.listSources).not.toHaveBeenCalled()
    const neighbour = await callApi(spy, 'listSources', taken)
    expect(neighbour.ok ? 'ok' : neighbour.error).toBe('ok')
  })
})
