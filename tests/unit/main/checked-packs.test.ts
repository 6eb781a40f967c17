import { mkdtemp, readFile, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openPackFile } from '../../../electron/main/pack-loader'
import { createCheckedPackStore } from '../../../electron/main/pack/checked-pack-store'
import { openPackFileApi } from '../../../data/pipeline/checked-packs-file'
import { buildShippedPack } from '../../helpers/pack'
import { packWithCorruptPage } from '../../helpers/pack-fixtures'

/**
 * Issue 13: quick_check is for packs not seen before. A pack that passed it is recorded (path,
 * size, mtime, content hash) and opens without it while it is unchanged; a pack changed on disk is
 * checked again. Seen from outside through a pack whose damage only quick_check finds: put in the
 * place of a checked pack with the same size, time and content hash, it opens (no check ran);
 * touched, it is refused (the check ran again).
 */

let good: Uint8Array
let damaged: Uint8Array

beforeAll(async () => {
  good = (await buildShippedPack()).bytes
  damaged = await packWithCorruptPage()
  expect(damaged.length).toBe(good.length)
}, 60_000)

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'apec-checked-'))
}

/** A whole second: utimes cannot set back the sub-millisecond part of a time stat reported. */
const WRITTEN_AT = 1_700_000_000

/** Writes `bytes` at `path` with a known modification time. */
async function writePack(path: string, bytes: Uint8Array): Promise<void> {
  await writeFile(path, bytes)
  await utimes(path, WRITTEN_AT, WRITTEN_AT)
}

/** Writes the damaged bytes over `path`, keeping the size and modification time it had. */
async function swapKeepingTimes(path: string): Promise<void> {
  await writePack(path, damaged)
}

async function moveTimeForward(path: string): Promise<void> {
  await utimes(path, WRITTEN_AT, WRITTEN_AT + 5)
}

describe('desktop: packs already checked open without quick_check', () => {
  it('refuses the damaged pack when it has not been seen before', async () => {
    const dir = await folder()
    const path = join(dir, 'hong.sqlite')
    await writeFile(path, damaged)
    const opened = await openPackFile(path, path, { checked: createCheckedPackStore(join(dir, 'checked-packs.json')) })
    expect(opened.ok ? 'ok' : opened.error.code).toBe('pack-corrupt')
  })

  it('records a checked pack, skips the check while it is unchanged, and checks it again once changed', async () => {
    const dir = await folder()
    const path = join(dir, 'goi.sqlite')
    const store = createCheckedPackStore(join(dir, 'checked-packs.json'))
    await writePack(path, good)
    const first = await openPackFile(path, path, { checked: store })
    expect(first.ok).toBe(true)
    if (first.ok) first.value.close()
    expect(JSON.parse(await readFile(join(dir, 'checked-packs.json'), 'utf8'))).toMatchObject({ packs: [{ path, size: good.length }] })

    await swapKeepingTimes(path)
    const trusted = await openPackFile(path, path, { checked: store })
    expect(trusted.ok).toBe(true)
    if (trusted.ok) trusted.value.close()

    await moveTimeForward(path)
    const changed = await openPackFile(path, path, { checked: store })
    expect(changed.ok ? 'ok' : changed.error.code).toBe('pack-corrupt')
  })

  it('without a record, checks every time', async () => {
    const dir = await folder()
    const path = join(dir, 'goi.sqlite')
    await writePack(path, good)
    const first = await openPackFile(path)
    if (first.ok) first.value.close()
    await swapKeepingTimes(path)
    const second = await openPackFile(path)
    expect(second.ok ? 'ok' : second.error.code).toBe('pack-corrupt')
  })
})

describe('CLI: the record in the cache folder works the same way', () => {
  it('skips quick_check for a pack it checked before, and checks a changed one again', async () => {
    const dir = await folder()
    const path = join(dir, 'goi.sqlite')
    const record = join(dir, 'cache', 'checked-packs.json')
    await writePack(path, good)
    expect((await openPackFileApi(path, record)).ok).toBe(true)

    await swapKeepingTimes(path)
    expect((await openPackFileApi(path, record)).ok).toBe(true)

    await moveTimeForward(path)
    const changed = await openPackFileApi(path, record)
    expect(changed.ok ? 'ok' : changed.error.code).toBe('pack-corrupt')
  })
})
