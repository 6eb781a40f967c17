import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readlink, truncate, utimes, writeFile } from 'node:fs/promises'
import { get as httpGet, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticServer, listen } from '../../../../build/web/static-server'
import { rawRequest } from '../../../helpers/raw-http'

/**
 * How the server sends files: parts of them (Range), nothing when the browser's copy is current
 * (304), and never more than a client takes (streaming, aborted downloads).
 */
const PACK = randomBytes(10_000)
const PACK_TIME = new Date('2026-11-20T08:30:00Z')
let server: Server
let origin: string

beforeAll(async () => {
  const webDir = await mkdtemp(join(tmpdir(), 'apec-web-files-'))
  await mkdir(join(webDir, 'pack'))
  await writeFile(join(webDir, 'pack', 'encyclopedia.sqlite'), PACK)
  await utimes(join(webDir, 'pack', 'encyclopedia.sqlite'), PACK_TIME, PACK_TIME)
  await writeFile(join(webDir, 'big.sqlite'), '')
  await truncate(join(webDir, 'big.sqlite'), 256 * 1024 * 1024)
  await writeFile(join(webDir, 'index.html'), '<!doctype html>')
  server = createStaticServer(webDir)
  origin = `http://127.0.0.1:${await listen(server, 0)}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

const pack = (headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(origin, '/pack/encyclopedia.sqlite', { headers, method })

describe('byte ranges', () => {
  it.each([
    ['bytes=0-99', 0, 99],
    ['bytes=2500-4999', 2500, 4999],
    ['bytes=9000-', 9000, 9999],
    ['bytes=-300', 9700, 9999],
    ['bytes=9990-20000', 9990, 9999],
  ])('answers Range: %s with 206 and exactly those bytes', async (range, first, last) => {
    const answer = await pack({ Range: range })
    expect(answer.status).toBe(206)
    expect(answer.headers['content-range']).toBe(`bytes ${first}-${last}/10000`)
    expect(answer.headers['content-length']).toBe(String(last - first + 1))
    expect(answer.body.equals(PACK.subarray(first, last + 1))).toBe(true)
  })

  it.each(['bytes=10000-', 'bytes=20000-30000', 'bytes=-0'])('answers Range: %s, past the end, with 416', async (range) => {
    const answer = await pack({ Range: range })
    expect(answer.status).toBe(416)
    expect(answer.headers['content-range']).toBe('bytes */10000')
    expect(answer.body.length).toBe(0)
  })

  it.each(['bytes=0-9,20-29', 'items=0-9', 'bytes=5-2', 'bytes=abc'])('sends the whole file for Range: %s', async (range) => {
    const answer = await pack({ Range: range })
    expect(answer.status).toBe(200)
    expect(answer.body.equals(PACK)).toBe(true)
  })

  it('sends the whole file when If-Range names another version', async () => {
    const answer = await pack({ Range: 'bytes=0-9', 'If-Range': '"0-0"' })
    expect(answer.status).toBe(200)
    expect(answer.body.length).toBe(10_000)
    const current = (await pack()).headers.etag ?? ''
    expect((await pack({ Range: 'bytes=0-9', 'If-Range': current })).status).toBe(206)
  })

  it('says it takes ranges', async () => {
    expect((await pack()).headers['accept-ranges']).toBe('bytes')
  })
})

describe('revalidation', () => {
  it('sends a validator and the file time, and answers 304 with no body when the browser has this version', async () => {
    const first = await pack()
    expect(first.headers['last-modified']).toBe('Fri, 20 Nov 2026 08:30:00 GMT')
    const etag = first.headers.etag ?? ''
    expect(etag).toMatch(/^"[^"]+"$/)
    const again = await pack({ 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    expect(again.headers.etag).toBe(etag)
    expect((await pack({ 'If-None-Match': `"other", W/${etag}` })).status).toBe(304)
  })

  it('sends the file again when the browser holds another version', async () => {
    const answer = await pack({ 'If-None-Match': '"5f0-10"' })
    expect(answer.status).toBe(200)
    expect(answer.body.equals(PACK)).toBe(true)
  })

  it('answers If-Modified-Since by the file time, unless If-None-Match says otherwise', async () => {
    expect((await pack({ 'If-Modified-Since': 'Fri, 20 Nov 2026 08:30:00 GMT' })).status).toBe(304)
    expect((await pack({ 'If-Modified-Since': 'Sat, 21 Nov 2026 00:00:00 GMT' })).status).toBe(304)
    expect((await pack({ 'If-Modified-Since': 'Fri, 20 Nov 2026 08:29:59 GMT' })).status).toBe(200)
    expect((await pack({ 'If-Modified-Since': 'not a date' })).status).toBe(200)
    const stale = { 'If-Modified-Since': 'Sat, 21 Nov 2026 00:00:00 GMT', 'If-None-Match': '"5f0-10"' }
    expect((await pack(stale)).status).toBe(200)
  })

  it('gives a changed file a new validator', async () => {
    const before = (await pack()).headers.etag
    const other = await rawRequest(origin, '/index.html')
    expect(other.headers.etag).not.toBe(before)
  })
})

describe('HEAD and downloads the client gives up', () => {
  it('answers HEAD of a 256 MB file with its size and no body', async () => {
    const answer = await rawRequest(origin, '/big.sqlite', { method: 'HEAD' })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-length']).toBe(String(256 * 1024 * 1024))
  })

  it('closes the file of every download a client abandons, and keeps serving', async () => {
    // The server runs in this process: its open files are ours, named in /proc/self/fd. Node
    // would close a forgotten file when its handle is garbage-collected, with a warning; a
    // leak tidied up that way still fails here.
    const openCopies = async () => {
      const targets = await Promise.all((await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')))
      return targets.filter((target) => target.endsWith('big.sqlite')).length
    }
    const warnings: string[] = []
    const onWarning = (warning: Error) => warnings.push(warning.message)
    process.on('warning', onWarning)
    try {
      await Promise.all(Array.from({ length: 8 }, () => abandonDownload(`${origin}/big.sqlite`)))
      await expect.poll(openCopies, { timeout: 5_000 }).toBe(0)
    } finally {
      process.off('warning', onWarning)
    }
    expect(warnings.filter((message) => message.includes('garbage collection'))).toEqual([])
    expect((await rawRequest(origin, '/index.html')).status).toBe(200)
  })
})

/** Starts a download and hangs up after its first chunk, as a closed tab does. */
function abandonDownload(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = httpGet(url, (response) => {
      response.once('data', () => {
        request.destroy()
        resolve()
      })
    })
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve() : reject(error)))
  })
}
