import { stat } from 'node:fs/promises'
import { createServer } from 'node:net'
import { median, percentile, processMemory, startServer, timedRun, wallRun } from './bench-process'
import { distinctness, type BenchQuery, type SideResult } from './bench-queries'

/**
 * Kiwix on the same corpus: zimwriterfs builds the ZIM (with its full-text index), kiwix-search is
 * the one-query CLI, kiwix-serve answers the same queries over HTTP (its only in-process search
 * for a reader: the desktop app and the web page both go through it).
 */

export const KIWIX_PACKAGES = { 'kiwix-tools': '/usr/bin/kiwix-serve', 'zim-tools': '/usr/bin/zimwriterfs' }

export async function buildZim(htmlDir: string, zimFile: string, name: string): Promise<{ wallMs: number; cpuMs: number; peakMB: number; sizeMB: number }> {
  const run = timedRun('zimwriterfs', [
    '--welcome=index.html',
    '--illustration=illustration.png',
    '--language=eng',
    `--title=${name}`,
    `--description=${name} (bench)`,
    '--creator=GCIDE',
    '--publisher=bench',
    `--name=${name}`,
    htmlDir,
    zimFile,
  ])
  if (run.status !== 0) throw new Error(`zimwriterfs failed: ${run.stderr.slice(-2000)}`)
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakMB: run.peakMB, sizeMB: (await stat(zimFile)).size / 1048576 }
}

/** One query from process start to exit, median of `runs` (after one unmeasured run). */
export function kiwixCliQuery(zimFile: string, query: string, runs = 5): { wallMs: number; cpuMs: number } {
  wallRun('kiwix-search', [zimFile, query])
  const timed = Array.from({ length: runs }, () => timedRun('kiwix-search', [zimFile, query]))
  return { wallMs: median(timed.map((run) => run.wallMs)), cpuMs: median(timed.map((run) => run.cpuMs)) }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0))
    })
  })
}

interface KiwixHit {
  title: string
  path: string
}

function parseResults(xml: string): { total: number; hits: KiwixHit[] } {
  const total = Number(/<opensearch:totalResults>(\d+)</.exec(xml)?.[1] ?? 0)
  const hits: KiwixHit[] = []
  for (const item of xml.matchAll(/<item>\s*<title>([^<]*)<\/title>\s*<link>([^<]*)<\/link>/g)) {
    hits.push({ title: decodeXml(item[1] ?? ''), path: item[2] ?? '' })
  }
  return { total, hits }
}

const decodeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')

/**
 * kiwix-serve on the ZIM: time from spawn to the first search answered, then every query timed
 * over HTTP (first 10 results), then its resident memory after them.
 */
export async function kiwixServeSide(zimFile: string, name: string, queries: readonly BenchQuery[]): Promise<SideResult & { openFirstMs: number }> {
  const port = await freePort()
  const started = performance.now()
  const server = startServer('kiwix-serve', ['--address=127.0.0.1', `--port=${port}`, zimFile])
  try {
    const ask = async (pattern: string) => {
      const url = `http://127.0.0.1:${port}/search?books.name=${encodeURIComponent(name)}&pattern=${encodeURIComponent(pattern)}&format=xml&pageLength=10`
      const response = await fetch(url)
      return parseResults(await response.text())
    }
    let openFirstMs = Number.NaN
    for (;;) {
      try {
        await ask(queries[0]?.text ?? 'apple')
        openFirstMs = performance.now() - started
        break
      } catch {
        if (performance.now() - started > 60_000) throw new Error(`kiwix-serve did not answer: ${server.stderr()}`)
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
    }
    const times: number[] = []
    let headwords = 0
    let headwordHits = 0
    const tops: string[][] = []
    for (const query of queries) {
      const askedAt = performance.now()
      const { hits } = await ask(query.text)
      times.push(performance.now() - askedAt)
      if (query.headword !== null) {
        headwords++
        if (hits[0]?.title.toLowerCase() === query.headword.toLowerCase()) headwordHits++
      }
      tops.push(hits.slice(0, 10).map((hit) => hit.path))
    }
    const memory = processMemory(server.child.pid ?? 0)
    return {
      openFirstMs,
      searchP50: percentile(times, 0.5),
      searchP95: percentile(times, 0.95),
      precisionAt1: headwords === 0 ? Number.NaN : headwordHits / headwords,
      headwordHits,
      headwords,
      ...distinctness(tops),
      rssAfterMB: memory.rssMB,
      rssPeakMB: memory.peakMB,
    }
  } finally {
    await server.stop()
  }
}
