import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WEB_CONTENT_SECURITY_POLICY } from '../../../../data/core/content-security-policy'
import { createStaticServer, listen } from '../../../../build/web/static-server'
import { rawRequest, type RawAnswer } from '../../../helpers/raw-http'

const INDEX_HTML = '<!doctype html><title>Bách khoa APEC</title>'
const SECRET = 'outside the web folder: must never be served'

let server: Server
let origin: string
let webRoot: string
let outsideDir: string

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'apec-web-'))
  const webDir = join(root, 'web')
  webRoot = webDir
  outsideDir = root
  await mkdir(join(webDir, 'pack'), { recursive: true })
  await mkdir(join(webDir, 'assets'), { recursive: true })
  await writeFile(join(webDir, 'index.html'), INDEX_HTML)
  await writeFile(join(webDir, 'assets', 'index-Cx9aB2kq.js'), 'console.log(1)')
  await writeFile(join(webDir, 'assets', 'sql-wasm-browser-CXIAVl5-.wasm'), new Uint8Array([0, 97, 115, 109]))
  await writeFile(join(webDir, 'pack', 'encyclopedia.sqlite'), new Uint8Array([1, 2, 3]))
  await writeFile(join(root, 'secret.txt'), SECRET)
  await mkdir(join(root, 'web-private'))
  await writeFile(join(root, 'web-private', 'secret.txt'), SECRET)
  server = createStaticServer(webDir)
  origin = `http://127.0.0.1:${await listen(server, 0)}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

const get = (path: string, options?: Parameters<typeof rawRequest>[2]) => rawRequest(origin, path, options)
const text = (answer: RawAnswer) => answer.body.toString('utf8')

describe('web edition static server', () => {
  it('serves index.html at / with the CSP', async () => {
    const answer = await get('/')
    expect(answer.status).toBe(200)
    expect(text(answer)).toBe(INDEX_HTML)
    expect(answer.headers['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY)
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
  })

  it('serves the pack as a SQLite file and sql.js as WebAssembly', async () => {
    const answer = await get('/pack/encyclopedia.sqlite')
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('application/vnd.sqlite3')
    expect(answer.headers['content-length']).toBe('3')
    expect([...answer.body]).toEqual([1, 2, 3])
    expect((await get('/assets/sql-wasm-browser-CXIAVl5-.wasm')).headers['content-type']).toBe('application/wasm')
  })

  it.each([
    '/%2F../secret.txt',
    '/..%2Fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5Csecret.txt',
    '/index.html%00',
  ])('refuses %s with 403', async (path) => {
    const answer = await get(path)
    expect(answer.status).toBe(403)
    expect(text(answer)).not.toContain(SECRET)
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/../web-private/secret.txt',
    '/..\\secret.txt',
  ])('never serves a file outside the folder for %s', async (path) => {
    const answer = await get(path)
    expect(answer.status).not.toBe(200)
    expect(text(answer)).not.toContain(SECRET)
  })

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await get('/nope.js')).status).toBe(404)
    expect((await get('/assets')).status).toBe(404)
  })

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s with 405 and says which methods it takes', async (method) => {
    const answer = await get('/index.html', { method, headers: { 'Content-Length': '0' } })
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD')
  })

  it('answers HEAD without a body', async () => {
    const answer = await get('/index.html', { method: 'HEAD' })
    expect(answer.status).toBe(200)
    expect(answer.body.length).toBe(0)
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(INDEX_HTML)))
  })
})

describe('a request target that is no URL at all', () => {
  // Any page can make a browser send these (`<img src="http://127.0.0.1:5180//[">`); each once
  // made `new URL` throw and the whole server exit.
  it.each(['//[', '//x:99999/', '//%zz/', 'http://[::1'])('answers GET %s with 400 and keeps serving', async (target) => {
    const answer = await get(target)
    expect(answer.status).toBe(400)
    expect(answer.headers['x-frame-options']).toBe('DENY')
    const after = await get('/')
    expect(after.status).toBe(200)
    expect(text(after)).toBe(INDEX_HTML)
  })
})

describe('headers a browser relies on', () => {
  const cases: [status: string, path: string, options?: Parameters<typeof rawRequest>[2]][] = [
    ['200', '/'],
    ['304', '/', { headers: { 'If-None-Match': '*' } }],
    ['400', '//['],
    ['403', '/..%2Fsecret.txt'],
    ['404', '/nope.js'],
    ['405', '/', { method: 'DELETE' }],
    ['416', '/pack/encyclopedia.sqlite', { headers: { Range: 'bytes=10-' } }],
  ]
  it.each(cases)('sends every security header with a %s answer', async (status, path, options) => {
    const answer = await get(path, options)
    expect(String(answer.status)).toBe(status)
    expect(answer.headers['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY)
    expect(answer.headers['content-security-policy']?.split('; ')).toContain("frame-ancestors 'none'")
    expect(answer.headers['x-frame-options']).toBe('DENY')
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(answer.headers['referrer-policy']).toBe('no-referrer')
  })

  it('lets browsers keep hashed assets for a year and makes them ask again for index.html and the pack', async () => {
    const immutable = 'public, max-age=31536000, immutable'
    expect((await get('/assets/index-Cx9aB2kq.js')).headers['cache-control']).toBe(immutable)
    expect((await get('/assets/sql-wasm-browser-CXIAVl5-.wasm')).headers['cache-control']).toBe(immutable)
    for (const path of ['/', '/index.html', '/pack/encyclopedia.sqlite']) {
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache')
    }
  })
})

describe('web edition static server with another pack (npm run web -- --pack FILE)', () => {
  it('serves the given file as the pack and still nothing else outside the folder', async () => {
    const otherPack = join(outsideDir, 'goi-khac.sqlite')
    await writeFile(otherPack, new Uint8Array([9, 8, 7, 6]))
    const aliased = createStaticServer(webRoot, { '/pack/encyclopedia.sqlite': otherPack })
    const aliasedOrigin = `http://127.0.0.1:${await listen(aliased, 0)}`
    try {
      const pack = await rawRequest(aliasedOrigin, '/pack/encyclopedia.sqlite')
      expect(pack.status).toBe(200)
      expect([...pack.body]).toEqual([9, 8, 7, 6])
      expect(pack.headers['cache-control']).toBe('no-cache')
      expect(text(await rawRequest(aliasedOrigin, '/'))).toBe(INDEX_HTML)
      expect((await rawRequest(aliasedOrigin, '/../goi-khac.sqlite')).status).not.toBe(200)
      expect((await rawRequest(aliasedOrigin, '/../secret.txt')).status).not.toBe(200)
    } finally {
      await new Promise((resolve) => aliased.close(resolve))
    }
  })
})
