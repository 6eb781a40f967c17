/**
 * `npm run bench:compare`: how long the comparison page takes to be on screen after navigation
 * (#/compare, 21 rows drawn), printed beside an economy entry page (#/entry/viet-nam with its
 * "Kinh tế – xã hội") measured in the same run and browser, on the built web edition. Budget for
 * the comparison: 150 ms. Prints numbers; asserts nothing.
 */
import type { Page } from 'playwright-core'
import { createStaticServer, listen } from '../../build/web/static-server'
import { launchBrowser } from '../helpers/browser'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'

// Not helpers/web-edition.ts: it reads vitest's injected values, and this runs outside vitest.
const WEB_DIR = join(PROJECT_ROOT, 'out', 'web')

const RUNS = Number(process.env.BENCH_RUNS ?? 20)
const BUDGET_MS = 150

const PAGES = [
  { name: 'so sánh (#/compare, 21 hàng)', hash: '#/compare', ready: 'table.compare-table tbody tr:nth-child(21)' },
  {
    name: 'so sánh ASEAN, xếp theo dân số',
    hash: '#/compare?group=asean&cols=population,gdp-official,gdp-ppp,gdp-per-capita-ppp,gdp-growth,inflation,exports,imports&sort=population&dir=desc&chart=population',
    ready: 'table.compare-table tbody tr:nth-child(10)',
  },
  { name: 'mục từ Việt Nam (#/entry/viet-nam)', hash: '#/entry/viet-nam', ready: '.economy-section .economy-chart svg' },
] as const

/** From the hash change to the frame after the page's `ready` element exists (the frame that paints it). */
function timeNavigation(page: Page, hash: string, ready: string): Promise<number> {
  // A script string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  return page.evaluate(`new Promise((resolve) => {
    const start = performance.now()
    window.location.hash = ${JSON.stringify(hash)}
    const check = () => {
      if (document.querySelector(${JSON.stringify(ready)})) requestAnimationFrame(() => resolve(performance.now() - start))
      else requestAnimationFrame(check)
    }
    check()
  })`)
}

async function home(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/'
  })
  await page.locator('.home__compare').waitFor()
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

async function main(): Promise<void> {
  if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error(`${WEB_DIR} has no web edition: run "npm run build:web" first`)
  const server = createStaticServer(WEB_DIR)
  const port = await listen(server, 0)
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    await page.goto(`http://127.0.0.1:${port}/#/`)
    await page.locator('.home__compare').waitFor()
    const times = new Map<string, number[]>(PAGES.map((item) => [item.name, []]))
    const first = new Map<string, number>()
    // Interleaved, so a busy moment on the machine falls on every page alike.
    for (let run = 0; run <= RUNS; run++) {
      for (const item of PAGES) {
        await home(page)
        const ms = await timeNavigation(page, item.hash, item.ready)
        if (run === 0) first.set(item.name, ms)
        else times.get(item.name)?.push(ms)
      }
    }
    const entry = times.get(PAGES[2].name) ?? []
    console.log(`Trang hiện xong sau khi chuyển trang (ms), ${RUNS} lần mỗi trang sau lần đầu, Chromium, bản web:`)
    for (const item of PAGES) {
      const values = times.get(item.name) ?? []
      const p50 = percentile(values, 50)
      const ratio = p50 / percentile(entry, 50)
      console.log(
        `  ${item.name.padEnd(38)} lần đầu ${first.get(item.name)?.toFixed(1)}  p50 ${p50.toFixed(1)}  p95 ${percentile(values, 95).toFixed(1)}  max ${Math.max(...values).toFixed(1)}  (${ratio.toFixed(2)}× mục từ)`,
      )
    }
    const compareP95 = percentile(times.get(PAGES[0].name) ?? [], 95)
    console.log(`Ngân sách so sánh ≤ ${BUDGET_MS} ms (p95): ${compareP95 <= BUDGET_MS ? 'đạt' : 'VƯỢT'} (${compareP95.toFixed(1)} ms)`)
  } finally {
    await browser.close()
    server.close()
    server.closeAllConnections()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exitCode = 1
})
