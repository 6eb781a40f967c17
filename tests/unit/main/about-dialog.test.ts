import type { MessageBoxOptions } from 'electron'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EncyclopediaApi, PackInfo, SourceSummary } from '../../../data/core/api-contract'
import { createCatalogApi } from '../../../data/core/catalog-api'
import { fail, type Result } from '../../../data/core/result'
import { openShippedCatalog } from '../../helpers/pack'

const electron = vi.hoisted(() => ({ showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 0 })) }))

vi.mock('electron', () => ({ dialog: { showMessageBox: electron.showMessageBox } }))

const { aboutDialogOptions, showAboutDialog } = await import('../../../electron/main/about-dialog')

const APP = { name: 'Bách khoa APEC', version: '0.1.0' }
let api: EncyclopediaApi
let pack: Result<PackInfo>
let sources: Result<SourceSummary[]>

beforeAll(async () => {
  api = createCatalogApi(await openShippedCatalog())
  pack = await api.getPackInfo()
  sources = await api.listSources()
})

beforeEach(() => electron.showMessageBox.mockClear())

describe('"Giới thiệu" dialog', () => {
  it('names the app and its version, the pack with its version and content hash', () => {
    if (!pack.ok) throw new Error('the shipped pack did not describe itself')
    const options = aboutDialogOptions({ appName: APP.name, appVersion: APP.version, pack, sources })
    expect(options.title).toBe('Giới thiệu Bách khoa APEC')
    expect(options.message).toBe('Bách khoa APEC 0.1.0')
    expect(options.detail).toContain(`Gói dữ liệu: ${pack.value.title}`)
    expect(options.detail).toContain(`Phiên bản gói: ${pack.value.version} (mã nội dung ${pack.value.contentHash.slice(0, 12)})`)
    expect(options.buttons).toEqual(['Đóng'])
  })

  it('lists the five primary documents of the pack, each with its publisher', () => {
    if (!sources.ok) throw new Error('the shipped pack listed no sources')
    const primary = sources.value.filter((source) => source.kind === 'primary')
    expect(primary).toHaveLength(5)
    const detail = aboutDialogOptions({ appName: APP.name, appVersion: APP.version, pack, sources }).detail ?? ''
    for (const source of primary) expect(detail).toContain(`• ${source.title} — ${source.publisher}`)
    // The reference sources are cited inside entries, not listed as what the pack was built from.
    for (const source of sources.value.filter((entry) => entry.kind === 'reference')) {
      expect(detail).not.toContain(`• ${source.title} — `)
    }
  })

  it('names the first ten documents of a pack built from a big folder, then how many more there are', async () => {
    if (!pack.ok || !sources.ok) throw new Error('the shipped pack did not describe itself')
    const big = { ...pack.value, counts: { ...pack.value.counts, sources: 126_236 } }
    const template = sources.value.find((source) => source.kind === 'primary')
    if (!template) throw new Error('the shipped pack has no primary document')
    const asked: unknown[] = []
    const bigApi = {
      ...api,
      getPackInfo: () => Promise.resolve({ ok: true as const, value: big }),
      listSources: (input?: unknown) => {
        asked.push(input)
        const first: SourceSummary[] = Array.from({ length: 10 }, (_, at) => ({ ...template, id: `tep-${at}`, title: `Tệp số ${at}` }))
        return Promise.resolve({ ok: true as const, value: first })
      },
    } satisfies EncyclopediaApi
    await showAboutDialog(null, bigApi, APP)
    // Only the page it names is asked for, never 126 000 rows.
    expect(asked).toEqual([{ kind: 'primary', limit: 10 }])
    const [options] = electron.showMessageBox.mock.calls[0] as [MessageBoxOptions]
    const detail = options.detail ?? ''
    expect(detail.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(10)
    expect(detail).toContain('• Tệp số 9 — ')
    expect(detail).toContain('… và 126.226 tài liệu khác (xem trang Tài liệu nguồn).')
  })

  it('still opens, saying so in Vietnamese, when the pack cannot describe itself', () => {
    const options = aboutDialogOptions({
      appName: APP.name,
      appVersion: APP.version,
      pack: fail('pack-corrupt', 'database disk image is malformed'),
      sources: fail('pack-corrupt', 'database disk image is malformed'),
    })
    expect(options.message).toBe('Bách khoa APEC 0.1.0')
    expect(options.detail).toContain('Gói dữ liệu: không đọc được (Gói dữ liệu bị hỏng).')
    expect(options.detail).not.toContain('Tài liệu gốc:')
  })

  it('asks the open pack when shown and opens a native dialog over the window', async () => {
    const window = { id: 1 }
    await showAboutDialog(window as never, api, APP)
    expect(electron.showMessageBox).toHaveBeenCalledOnce()
    const [owner, options] = electron.showMessageBox.mock.calls[0] as [unknown, MessageBoxOptions]
    expect(owner).toBe(window)
    expect(options.detail).toContain('Tài liệu gốc:')
    expect(options.type).toBe('info')
  })
})
