import { execFileSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { describe, expect, it, vi } from 'vitest'
import { buildShippedPack, writeTempFile } from '../../helpers/pack'

vi.mock('electron', () => ({}))

const { loadPackApi, openPackFile } = await import('../../../electron/main/pack-loader')

describe('loadPackApi', () => {
  it('answers every call with pack-missing when the pack file is not there', async () => {
    const path = join(tmpdir(), 'apec-no-such-dir', 'encyclopedia.sqlite')
    const { api } = await loadPackApi(path)
    const info = await api.getPackInfo()
    expect(info.ok ? null : info.error.code).toBe('pack-missing')
    expect(info.ok ? '' : info.error.message).toContain(path)
    const sources = await api.listSources()
    expect(sources.ok ? null : sources.error.code).toBe('pack-missing')
  })

  it('answers pack-empty for a 0-byte pack instead of failing to start', async () => {
    const { api } = await loadPackApi(await writeTempFile('encyclopedia.sqlite', new Uint8Array()))
    const info = await api.getPackInfo()
    expect(info.ok ? null : info.error.code).toBe('pack-empty')
  })

  it('answers pack-not-file for a FIFO where the pack should be, instead of hanging at start', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'apec-test-')), 'encyclopedia.sqlite')
    execFileSync('mkfifo', [path])
    const { api } = await loadPackApi(path)
    const info = await api.getPackInfo()
    expect(info.ok ? null : info.error.code).toBe('pack-not-file')
    expect(info.ok ? '' : info.error.message).toContain(path)
  })

  it('opens the real pack', async () => {
    const { bytes } = await buildShippedPack()
    const { api } = await loadPackApi(await writeTempFile('encyclopedia.sqlite', bytes))
    const info = await api.getPackInfo()
    expect(info.ok ? info.value.counts.sources : null).toBe(5)
  })
})

describe('openPackFile', () => {
  it('refuses a pack that cannot be used with its code, naming the file', async () => {
    const path = await writeTempFile('not-a-pack.sqlite', 'Đây không phải cơ sở dữ liệu.\n')
    const opened = await openPackFile(path)
    expect(opened.ok ? null : opened.error.code).toBe('pack-not-sqlite')
    expect(opened.ok ? '' : opened.error.message).toContain(path)
  })

  it('opens a usable pack and releases it on close', async () => {
    const { bytes } = await buildShippedPack()
    const opened = await openPackFile(await writeTempFile('encyclopedia.sqlite', bytes))
    if (!opened.ok) throw new Error(opened.error.message)
    const info = await opened.value.api.getPackInfo()
    expect(info.ok ? info.value.counts.entries : 0).toBeGreaterThan(100)
    opened.value.close()
    const after = await opened.value.api.getPackInfo()
    expect(after.ok).toBe(false)
  })
})
