import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPack } from '../../../data/pipeline/build-pack'
import { DATA_DIR, PROJECT_ROOT } from '../../../data/pipeline/project-paths'
import { copyPipelineInputs, replaceInFile } from '../../helpers/pipeline-inputs'
import { openCatalogFromBytes } from '../../helpers/open-pack-bytes'
import { buildShippedPack } from '../../helpers/pack'

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

describe('building the pack', () => {
  it('gives byte-identical packs for the same input', async () => {
    const first = await buildPack({ dataDir: DATA_DIR, displayRoot: PROJECT_ROOT })
    const second = await buildPack({ dataDir: DATA_DIR, displayRoot: PROJECT_ROOT })
    expect(first.bytes.length).toBeGreaterThan(0)
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true)
    expect(sha256(second.bytes)).toBe(sha256(first.bytes))
    expect(second.contentHash).toBe(first.contentHash)
  })

  it('gives the same bytes from a copy of data/ in another folder', async () => {
    const copy = await copyPipelineInputs()
    const shipped = await buildShippedPack()
    const copied = await buildPack({ dataDir: copy.dataDir, displayRoot: copy.root })
    expect(sha256(copied.bytes)).toBe(sha256(shipped.bytes))
  })

  it('gives a different content hash, stored in the pack, when the pack version changes', async () => {
    const copy = await copyPipelineInputs()
    const shipped = await buildShippedPack()
    await replaceInFile(join(copy.dataDir, 'pack.yaml'), /^version: .*$/mu, 'version: 9.9.9')
    const changed = await buildPack({ dataDir: copy.dataDir, displayRoot: copy.root })

    expect(changed.contentHash).toMatch(/^[0-9a-f]{64}$/u)
    expect(changed.contentHash).not.toBe(shipped.contentHash)
    expect(sha256(changed.bytes)).not.toBe(sha256(shipped.bytes))
    const info = (await openCatalogFromBytes(changed.bytes)).packInfo()
    expect(info.version).toBe('9.9.9')
    expect(info.contentHash).toBe(changed.contentHash)
  })

  it('gives a different content hash when only the metadata of a source changes', async () => {
    const copy = await copyPipelineInputs()
    const shipped = await buildShippedPack()
    const origin = 'origin: Bài báo điện tử của VOV5, bản lưu ngày 2/8/2018.'
    await replaceInFile(
      join(copy.sourcesDir, 'vov5-asean-cong-1-2018.txt'),
      /^origin: .*$/mu,
      origin,
    )
    const changed = await buildPack({ dataDir: copy.dataDir, displayRoot: copy.root })
    expect(changed.contentHash).not.toBe(shipped.contentHash)
    const catalog = await openCatalogFromBytes(changed.bytes)
    expect(catalog.getSource('vov5-asean-cong-1-2018').origin).toBe(origin.slice('origin: '.length))
  })
})
