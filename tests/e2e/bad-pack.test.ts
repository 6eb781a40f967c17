import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardedContext, launchBrowser, screenshot } from '../helpers/browser'
import { buildShippedPack, editedPackBytes } from '../helpers/pack'
import { serveWebEdition, webEditionWithPack } from '../helpers/web-edition'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Serves the web edition with `pack` in place of the real one and returns the alert's text. */
async function alertTextFor(pack: Uint8Array | string, name: string): Promise<string> {
  const server = await serveWebEdition(await webEditionWithPack(pack))
  const guarded = await guardedContext(browser, server.origin)
  try {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/`)
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.count()).toBe(1)
    await screenshot(page, `bad-pack-${name}`)
    expect(guarded.offOriginRequests).toEqual([])
    return await alert.innerText()
  } finally {
    await guarded.context.close()
    await server.close()
  }
}

describe('web edition: a pack that cannot be used gets a Vietnamese error screen, not a white page', () => {
  it('0-byte pack', async () => {
    expect(await alertTextFor(new Uint8Array(), 'empty')).toContain('Gói dữ liệu rỗng')
  })

  it('a text file instead of a pack', async () => {
    expect(await alertTextFor('Đây không phải cơ sở dữ liệu.\n', 'text')).toContain('Tệp không phải gói dữ liệu')
  })

  it('a pack cut off half way', async () => {
    const { bytes } = await buildShippedPack()
    expect(await alertTextFor(bytes.subarray(0, bytes.length / 2), 'truncated')).toContain('bị thiếu phần cuối')
  })

  it('a pack of another schema version', async () => {
    const bytes = await editedPackBytes((db) => db.run('PRAGMA user_version = 99'))
    expect(await alertTextFor(bytes, 'schema')).toContain('Phiên bản gói dữ liệu không phù hợp')
  })

  it('offers to retry', async () => {
    const server = await serveWebEdition(await webEditionWithPack(new Uint8Array()))
    try {
      const page = await browser.newPage()
      await page.goto(`${server.origin}/#/`)
      await expect.poll(() => page.getByRole('button', { name: 'Thử lại' }).count()).toBe(1)
      await page.close()
    } finally {
      await server.close()
    }
  })
})
