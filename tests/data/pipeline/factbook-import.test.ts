import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPack } from '../../../data/pipeline/build-pack'
import { copyPipelineInputs, replaceInFile, type InputsCopy } from '../../helpers/pipeline-inputs'

const FOLDER = join('reference', 'factbook-2026-01')

/** Edits a Factbook file of the copy and, unless told not to, records its new hash as an editor would. */
async function editFactbook(copy: InputsCopy, name: string, from: string, to: string, { rehash = true } = {}) {
  const path = join(copy.dataDir, FOLDER, name)
  const text = await replaceInFile(path, from, to)
  if (!rehash) return
  const digest = createHash('sha256').update(text).digest('hex')
  await replaceInFile(join(copy.dataDir, FOLDER, 'SHA256SUMS'), /^[0-9a-f]{64}(?= {2}vm\.json$)/mu, digest)
  expect(name).toBe('vm.json')
}

/** The build's error message, which lists every problem with its file and key path. */
async function buildError(copy: InputsCopy): Promise<string> {
  try {
    await buildPack({ dataDir: copy.dataDir, displayRoot: copy.root })
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  throw new Error('the build succeeded')
}

describe('the Factbook importer refuses what it cannot read, naming file, key and text', () => {
  it('refuses a copy whose bytes no longer match SHA256SUMS', async () => {
    const copy = await copyPipelineInputs()
    await editFactbook(copy, 'vm.json', '$429.383 billion (2024 est.)', '$430 billion (2024 est.)', { rehash: false })
    expect(await buildError(copy)).toContain('data/reference/factbook-2026-01/vm.json: tệp đã bị sửa (SHA-256 hiện tại')
  })

  it('refuses a file the manifest does not list', async () => {
    const copy = await copyPipelineInputs()
    await writeFile(join(copy.dataDir, FOLDER, 'zz.json'), '{}')
    expect(await buildError(copy)).toContain('data/reference/factbook-2026-01/zz.json: tệp không có trong SHA256SUMS')
  })

  it('refuses a value it cannot parse, with the key path and the text', async () => {
    const copy = await copyPipelineInputs()
    await editFactbook(copy, 'vm.json', '$429.383 billion (2024 est.)', '$429.383 bilion (2024 est.)')
    expect(await buildError(copy)).toContain(
      'data/reference/factbook-2026-01/vm.json: Economy › Exports › Exports 2024: không đọc được "$429.383 bilion (2024 est.)"',
    )
  })

  it('refuses a year in a value that differs from its key', async () => {
    const copy = await copyPipelineInputs()
    await editFactbook(copy, 'vm.json', '"text": "7.1% (2024 est.)"', '"text": "7.1% (2023 est.)"')
    expect(await buildError(copy)).toContain(
      'vm.json: Economy › Real GDP growth rate › Real GDP growth rate 2024: "7.1% (2023 est.)": năm trong giá trị khác năm của khóa',
    )
  })

  it('refuses a trade partner it cannot name in Vietnamese', async () => {
    const copy = await copyPipelineInputs()
    await editFactbook(copy, 'vm.json', 'USA 28%, China 20%', 'Atlantis 28%, China 20%')
    expect(await buildError(copy)).toContain('vm.json: Economy › Exports - partners: không biết đối tác "Atlantis"')
  })

  it('refuses a note it has not been told the basis of, rather than compare unlike figures', async () => {
    const copy = await copyPipelineInputs()
    await editFactbook(copy, 'vm.json', '<b>note:</b> data in 2021 dollars', '<b>note:</b> data in 2017 dollars')
    expect(await buildError(copy)).toContain(
      'vm.json: Economy › Real GDP (purchasing power parity) › note: ghi chú chưa biết "data in 2017 dollars"',
    )
  })

  it('refuses a missing field of an APEC economy', async () => {
    const copy = await copyPipelineInputs()
    await editFactbook(copy, 'vm.json', '"Unemployment rate": {', '"Unemployment rates": {')
    expect(await buildError(copy)).toContain('vm.json: Economy › Unemployment rate: không có trường này')
  })

  it("refuses an entry's own fact under a key the Factbook figures own", async () => {
    const copy = await copyPipelineInputs()
    const file = join(copy.dataDir, 'entries', 'economy', 'viet-nam.md')
    await replaceInFile(file, '  - key: som-chair', '  - key: population')
    const line = (await readFile(file, 'utf8')).split('\n').findIndex((text) => text === '  - key: population') + 1
    expect(await buildError(copy)).toContain(
      `data/entries/economy/viet-nam.md:${line}: facts.3.key: khóa "population" dành cho số liệu World Factbook`,
    )
  })
})
