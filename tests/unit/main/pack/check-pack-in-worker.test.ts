import { access } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkPackInWorker } from '../../../../electron/main/pack/check-pack-in-worker'
import { buildShippedPack, writeTempFile } from '../../../helpers/pack'
import { PACK_CHECK_WORKER_SOURCE } from '../../../helpers/pack-check-worker'
import { ENDLESS_VIEW, packWithCorruptPage, shippedPackWith } from '../../../helpers/pack-fixtures'

async function codeOf(path: string): Promise<string> {
  const checked = await checkPackInWorker(path, PACK_CHECK_WORKER_SOURCE)
  return checked.ok ? 'ok' : checked.error.code
}

describe('checkPackInWorker with the real pack check worker', () => {
  it('passes the shipped pack', async () => {
    expect(
      await codeOf(await writeTempFile('encyclopedia.sqlite', (await buildShippedPack()).bytes)),
    ).toBe('ok')
  })

  it('refuses, in the worker itself, a pack with an endless view and a pack with a corrupt page', async () => {
    const loop = await writeTempFile('loop.sqlite', await shippedPackWith(ENDLESS_VIEW))
    const checked = await checkPackInWorker(loop, PACK_CHECK_WORKER_SOURCE)
    expect(checked.ok ? null : checked.error).toEqual({
      code: 'pack-unsafe-schema',
      message: 'the pack defines view "loop"; this app never runs them',
    })
    expect(await codeOf(await writeTempFile('hong.sqlite', await packWithCorruptPage()))).toBe(
      'pack-corrupt',
    )
  })

  it('answers pack-missing for a file that is gone', async () => {
    expect(await codeOf('/nonexistent/apec/goi.sqlite')).toBe('pack-missing')
  })

  it('answers internal, not a hang, when the worker cannot start', async () => {
    const checked = await checkPackInWorker('/nonexistent/goi.sqlite', {
      script: '/nonexistent/worker.js',
      execArgv: [],
    })
    expect(checked.ok ? null : checked.error.code).toBe('internal')
  })
})

describe('checkPackInWorker time limit', () => {
  it('terminates a worker stuck in an endless SQLite query and answers pack-check-timeout', async () => {
    const pack = await writeTempFile('loop.sqlite', await shippedPackWith(ENDLESS_VIEW))
    const stuck = {
      script: fileURLToPath(new URL('../../../helpers/endless-query-worker.ts', import.meta.url)),
      execArgv: ['--require', 'tsx/cjs'],
    }
    // The limit leaves the worker seconds to start, even on a busy CI machine; then it sits in
    // `SELECT count(*) FROM loop`.
    const checked = await checkPackInWorker(pack, stuck, 10_000)
    expect(checked.ok ? null : checked.error.code).toBe('pack-check-timeout')
    // The query had begun, so what ended it was terminate() (checkPackInWorker resolves after the exit).
    await expect(access(`${pack}.started`)).resolves.toBeUndefined()
  }, 40_000)
})
