import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WEB_CONTENT_SECURITY_POLICY } from '../../data/core/content-security-policy'
import { rawRequest } from '../helpers/raw-http'
import { serveWebEdition, shippedWebEdition, WEB_DIR, type RunningServer } from '../helpers/web-edition'

/**
 * What the browser gets from each server that may host the web edition: Debian's nginx with the
 * shipped build/web/nginx.conf (the one the rest of the browser suite uses) and `npm run web`'s
 * Node server, over the same out/web. The app works the same on either only if these match.
 */
let node: RunningServer
let assets: { js: string; css: string; wasm: string; woff2: string }
let packSize: number

beforeAll(async () => {
  node = await serveWebEdition(WEB_DIR)
  const files = await readdir(join(WEB_DIR, 'assets'))
  const find = (extension: string) => `/assets/${files.find((name) => name.endsWith(extension)) ?? `missing${extension}`}`
  assets = { js: find('.js'), css: find('.css'), wasm: find('.wasm'), woff2: find('.woff2') }
  packSize = (await stat(join(WEB_DIR, 'pack', 'encyclopedia.sqlite'))).size
})

afterAll(async () => {
  await node?.close()
})

const SECURITY = {
  'content-security-policy': WEB_CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
}
const securityOf = (headers: Record<string, string>) =>
  Object.fromEntries(Object.keys(SECURITY).map((name) => [name, headers[name]]))

describe.each([
  ['nginx (build/web/nginx.conf)', () => shippedWebEdition().origin],
  ['npm run web (Node)', () => node.origin],
])('%s', (_name, originOf) => {
  const get = (path: string, options?: Parameters<typeof rawRequest>[2]) => rawRequest(originOf(), path, options)

  it('sends the security headers with the page, an asset and an error', async () => {
    for (const answer of [await get('/'), await get(assets.js), await get('/khong-co.js'), await get('/', { method: 'POST', headers: { 'Content-Length': '0' } })]) {
      expect(securityOf(answer.headers)).toEqual(SECURITY)
    }
  })

  it('labels each kind of file as the browser needs it (WebAssembly for sql.js, the pack)', async () => {
    const types = async (path: string) => (await get(path, { method: 'HEAD' })).headers['content-type']
    expect(await types('/')).toBe('text/html; charset=utf-8')
    expect(await types(assets.js)).toBe('text/javascript; charset=utf-8')
    expect(await types(assets.css)).toBe('text/css; charset=utf-8')
    expect(await types(assets.wasm)).toBe('application/wasm')
    expect(await types(assets.woff2)).toBe('font/woff2')
    expect(await types('/pack/encyclopedia.sqlite')).toBe('application/vnd.sqlite3')
  })

  it('lets hashed assets be kept a year and makes index.html and the pack revalidate', async () => {
    const cacheControl = async (path: string) => (await get(path, { method: 'HEAD' })).headers['cache-control']
    expect(await cacheControl(assets.js)).toBe('public, max-age=31536000, immutable')
    expect(await cacheControl(assets.wasm)).toBe('public, max-age=31536000, immutable')
    expect(await cacheControl('/')).toBe('no-cache')
    expect(await cacheControl('/pack/encyclopedia.sqlite')).toBe('no-cache')
  })

  it('answers an unchanged pack with 304 and no body', async () => {
    const first = await get('/pack/encyclopedia.sqlite')
    expect(first.body.length).toBe(packSize)
    const etag = first.headers.etag ?? ''
    expect(etag).not.toBe('')
    const again = await get('/pack/encyclopedia.sqlite', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    const since = await get('/pack/encyclopedia.sqlite', { headers: { 'If-Modified-Since': first.headers['last-modified'] ?? '' } })
    expect(since.status).toBe(304)
  })

  it('sends part of the pack for a range, and 416 past its end', async () => {
    const whole = await get('/pack/encyclopedia.sqlite')
    const part = await get('/pack/encyclopedia.sqlite', { headers: { Range: 'bytes=16-115' } })
    expect(part.status).toBe(206)
    expect(part.headers['content-range']).toBe(`bytes 16-115/${packSize}`)
    expect(part.body.equals(whole.body.subarray(16, 116))).toBe(true)
    const past = await get('/pack/encyclopedia.sqlite', { headers: { Range: `bytes=${packSize}-` } })
    expect(past.status).toBe(416)
    expect(past.headers['content-range']).toBe(`bytes */${packSize}`)
  })

  it('answers HEAD with the size and no body, and other methods with 405 and Allow', async () => {
    const head = await get('/pack/encyclopedia.sqlite', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBe(String(packSize))
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const refused = await get('/index.html', { method, headers: { 'Content-Length': '0' } })
      expect(refused.status).toBe(405)
      expect(refused.headers.allow).toBe('GET, HEAD')
    }
  })
})
