/**
 * `npm run bench:sources`: how long "Tài liệu nguồn" (#/sources) takes to be on screen in the web
 * edition, for the shipped pack and a pack built by build-pack from a folder of 12 000 text files
 * (BENCH_SOURCES=N for another count, BENCH_PACK=FILE for a pack of your own). Two timings each:
 * a first visit (page load to the first source card painted, the pack fetched and opened in the
 * worker on the way) and a move from the home page (hash change to the first card painted, the
 * pack already open), with the number of cards the page drew. Prints numbers; asserts nothing.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { createStaticServer, listen } from '../../build/web/static-server'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'
import { launchBrowser } from '../helpers/browser'
import { numberedFolderPack } from '../helpers/numbered-folder-pack'
import { median } from './bench-process'

// Not helpers/web-edition.ts: it reads vitest's injected values, and this runs outside vitest.
const WEB_DIR = join(PROJECT_ROOT, 'out', 'web')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const FOLDER_SOURCES = Number(process.env.BENCH_SOURCES ?? 12_000)
const FIRST_CARD = 'section[aria-labelledby="sources-primary"] .source-card'

/** A script string, not a function: tsx's name-keeping helper (__name) does not exist in the page. */
const paintedAfter = (start: string) => `new Promise((resolve) => {
  const start = ${start}
  const check = () => {
    if (document.querySelector(${JSON.stringify(FIRST_CARD)})) requestAnimationFrame(() => resolve(performance.now() - start))
    else requestAnimationFrame(check)
  }
  check()
})`

async function firstVisitMs(browser: Browser, origin: string): Promise<number> {
  // A new context each time: nothing cached from the run before, as on a first visit.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  try {
    // Watched from the page's first script, timed from the navigation's start (performance.now()'s zero).
    await context.addInitScript(`window.__firstCard = ${paintedAfter('0')}`)
    const page = await context.newPage()
    await page.goto(`${origin}/#/sources`)
    return await page.evaluate<number>('window.__firstCard')
  } finally {
    await context.close()
  }
}

async function fromHomeMs(page: Page): Promise<number> {
  await page.evaluate(() => {
    window.location.hash = '#/'
  })
  await page.locator('.home__compare').waitFor({ timeout: 120_000 })
  return page.evaluate<number>(`(() => { const begun = performance.now(); window.location.hash = '#/sources'; return ${paintedAfter('begun')} })()`)
}

async function measure(name: string, pack: string | null): Promise<void> {
  let directory = WEB_DIR
  if (pack !== null) {
    directory = await mkdtemp(join(tmpdir(), 'apec-bench-sources-'))
    await cp(WEB_DIR, directory, { recursive: true })
    await cp(pack, join(directory, 'pack', 'encyclopedia.sqlite'))
  }
  const server = createStaticServer(directory)
  const port = await listen(server, 0)
  const origin = `http://127.0.0.1:${port}`
  const browser = await launchBrowser()
  try {
    const firstVisits: number[] = []
    for (let run = 0; run < RUNS; run++) firstVisits.push(await firstVisitMs(browser, origin))
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    await page.goto(`${origin}/#/`)
    const moves: number[] = []
    for (let run = 0; run < RUNS; run++) moves.push(await fromHomeMs(page))
    const cards = await page.locator('.source-card').count()
    const p50 = (values: number[]) => median(values).toFixed(0)
    const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`
    console.log(
      `  ${name.padEnd(34)} mở thẳng #/sources: trung vị ${p50(firstVisits)} ms (${range(firstVisits)})` +
        `   từ trang chủ: trung vị ${p50(moves)} ms (${range(moves)})   ${cards} thẻ`,
    )
  } finally {
    await browser.close()
    server.close()
    server.closeAllConnections()
    if (directory !== WEB_DIR) await rm(directory, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error(`${WEB_DIR} has no web edition: run "npm run build:web" first`)
  const own = process.env.BENCH_PACK
  const built = own ? null : await numberedFolderPack(FOLDER_SOURCES)
  const pack = own ?? built?.pack ?? ''
  console.log(`"Tài liệu nguồn" hiện thẻ đầu tiên (ms), ${RUNS} lần mỗi cách, Chromium, bản web, 1366×768:`)
  await measure('gói phát hành', null)
  await measure(own ? own : `gói thư mục ${FOLDER_SOURCES} tài liệu`, pack)
  await built?.remove()
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exitCode = 1
})
