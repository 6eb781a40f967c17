import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { describe, expect, it, vi } from 'vitest'
import { buildShippedPack, writeTempFile } from '../../helpers/pack'

vi.mock('electron', () => ({}))

const { loadPackApi } = await import('../../../electron/main/pack-loader')

describe('loadPackApi', () => {
  it('answers every call with pack-missing when the pack file is not there', async () => {
    const path = join(tmpdir(), 'apec-no-such-dir', 'encyclopedia.sqlite')
    const api = await loadPackApi(path)
    const info = await api.getPackInfo()
    expect(info.ok ? null : info.error.code).toBe('pack-missing')
    expect(info.ok ? '' : info.error.message).toContain(path)
    const sources = await api.listSources()
    expect(sources.ok ? null : sources.error.code).toBe('pack-missing')
  })

  it('answers pack-empty for a 0-byte pack instead of failing to start', async () => {
    const api = await loadPackApi(await writeTempFile('encyclopedia.sqlite', new Uint8Array()))
    const info = await api.getPackInfo()
    expect(info.ok ? null : info.error.code).toBe('pack-empty')
  })

  it('opens the real pack', async () => {
    const { bytes } = await buildShippedPack()
    const api = await loadPackApi(await writeTempFile('encyclopedia.sqlite', bytes))
    const info = await api.getPackInfo()
    expect(info.ok ? info.value.counts.sources : null).toBe(5)
  })
})
