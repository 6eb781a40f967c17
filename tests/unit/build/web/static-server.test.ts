import { request } from 'node:http'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WEB_CONTENT_SECURITY_POLICY } from '../../../../data/core/content-security-policy'
import { createStaticServer, listen } from '../../../../build/web/static-server'

const INDEX_HTML = '<!doctype html><title>Bách khoa APEC</title>'
const SECRET = 'outside the web folder: must never be served'

let server: Server
let port: number
let webRoot: string
let outsideDir: string

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'apec-web-'))
  const webDir = join(root, 'web')
  webRoot = webDir
  outsideDir = root
  await mkdir(join(webDir, 'pack'), { recursive: true })
  await writeFile(join(webDir, 'index.html'), INDEX_HTML)
  await writeFile(join(webDir, 'pack', 'encyclopedia.sqlite'), new Uint8Array([1, 2, 3]))
  await writeFile(join(root, 'secret.txt'), SECRET)
  await mkdir(join(root, 'web-private'))
  await writeFile(join(root, 'web-private', 'secret.txt'), SECRET)
  server = createStaticServer(webDir)
  port = await listen(server, 0)
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw HTTP request: the path goes on the wire exactly as written, as a hostile client would send it. */
function fetchRaw(path: string, method = 'GET', toPort = port): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port: toPort, path, method }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

describe('web edition static server', () => {
  it('listens on the port the system chose', () => {
    expect(port).toBeGreaterThan(0)
  })

  it('serves index.html at / with the CSP', async () => {
    const answer = await fetchRaw('/')
    expect(answer.status).toBe(200)
    expect(answer.body).toBe(INDEX_HTML)
    expect(answer.headers['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY)
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
  })

  it('serves the pack as a SQLite file', async () => {
    const answer = await fetchRaw('/pack/encyclopedia.sqlite')
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('application/vnd.sqlite3')
    expect(answer.headers['content-length']).toBe('3')
  })

  it.each([
    '/%2F../secret.txt',
    '/..%2Fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5Csecret.txt',
    '/index.html%00',
  ])('refuses %s with 403', async (path) => {
    const answer = await fetchRaw(path)
    expect(answer.status).toBe(403)
    expect(answer.body).not.toContain(SECRET)
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/../web-private/secret.txt',
    '/..\\secret.txt',
  ])('never serves a file outside the folder for %s', async (path) => {
    const answer = await fetchRaw(path)
    expect(answer.status).not.toBe(200)
    expect(answer.body).not.toContain(SECRET)
  })

  it('answers 404 for a missing file', async () => {
    expect((await fetchRaw('/nope.js')).status).toBe(404)
  })

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s with 405', async (method) => {
    const answer = await fetchRaw('/index.html', method)
    expect(answer.status).toBe(405)
  })

  it('answers HEAD without a body', async () => {
    const answer = await fetchRaw('/index.html', 'HEAD')
    expect(answer.status).toBe(200)
    expect(answer.body).toBe('')
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(INDEX_HTML)))
  })
})

describe('web edition static server with another pack (npm run web -- --pack FILE)', () => {
  it('serves the given file as the pack and still nothing else outside the folder', async () => {
    const otherPack = join(outsideDir, 'goi-khac.sqlite')
    await writeFile(otherPack, new Uint8Array([9, 8, 7, 6]))
    const aliased = createStaticServer(webRoot, { '/pack/encyclopedia.sqlite': otherPack })
    const aliasedPort = await listen(aliased, 0)
    try {
      const pack = await fetchRaw('/pack/encyclopedia.sqlite', 'GET', aliasedPort)
      expect(pack.status).toBe(200)
      expect(pack.body).toBe(Buffer.from([9, 8, 7, 6]).toString('utf8'))
      expect((await fetchRaw('/', 'GET', aliasedPort)).body).toBe(INDEX_HTML)
      expect((await fetchRaw('/../goi-khac.sqlite', 'GET', aliasedPort)).status).not.toBe(200)
      expect((await fetchRaw('/../secret.txt', 'GET', aliasedPort)).status).not.toBe(200)
    } finally {
      await new Promise((resolve) => aliased.close(resolve))
    }
  })
})
