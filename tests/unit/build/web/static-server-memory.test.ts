import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sparseSqliteFile, startServeWeb, type ServeWebRun } from '../../../helpers/serve-web-process'

/**
 * `npm run web -- --pack` with a 300 MB pack and fifty browsers fetching it at once: the server,
 * in a process of its own so the numbers are its own, must stream the file. Reading it whole per
 * request took 12 requests from 388 MB to 3.7 GB.
 */
const PACK_BYTES = 300 * 1024 * 1024
const CLIENTS = 50
const RSS_CEILING_KIB = 300 * 1024

let directory: string
let server: ServeWebRun
let origin: string

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'apec-web-memory-'))
  const pack = await sparseSqliteFile(directory, PACK_BYTES)
  server = startServeWeb([`--pack=${pack}`])
  origin = await server.listening
})

afterAll(async () => {
  await server?.stop()
  await rm(directory, { recursive: true, force: true })
})

/** The process's peak resident memory so far (VmHWM), in KiB. */
async function peakResidentKib(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1])
}

/** Downloads the whole pack and counts the bytes, as the web edition's worker reads it. */
function download(method: 'GET' | 'HEAD'): Promise<{ status: number; length: string | undefined; received: number }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${origin}/pack/encyclopedia.sqlite`, { method, agent: false }, (response) => {
      let received = 0
      response.on('data', (chunk: Buffer) => (received += chunk.length))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, length: response.headers['content-length'], received }))
      response.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

describe('a 300 MB pack, fifty downloads at once', () => {
  it('sends every byte to every client and keeps the server under 300 MB of resident memory', async () => {
    const pid = server.child.pid ?? 0
    const atStart = await peakResidentKib(pid)
    const started = Date.now()
    const answers = await Promise.all([
      ...Array.from({ length: CLIENTS }, () => download('GET')),
      ...Array.from({ length: CLIENTS }, () => download('HEAD')),
    ])
    const peak = await peakResidentKib(pid)
    process.stdout.write(
      `serve-web: ${CLIENTS} × ${PACK_BYTES / 1024 ** 2} MB in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
        `peak RSS ${Math.round(atStart / 1024)} MB at start, ${Math.round(peak / 1024)} MB after\n`,
    )
    const gets = answers.slice(0, CLIENTS)
    const heads = answers.slice(CLIENTS)
    expect(gets.every((answer) => answer.status === 200 && answer.received === PACK_BYTES)).toBe(true)
    expect(heads.every((answer) => answer.status === 200 && answer.length === String(PACK_BYTES) && answer.received === 0)).toBe(true)
    expect(peak).toBeGreaterThan(0)
    expect(peak).toBeLessThan(RSS_CEILING_KIB)
  }, 300_000)
})
