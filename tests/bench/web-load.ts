import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { createStaticServer, listen } from '../../build/web/static-server'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'
import { median } from './bench-process'

/**
 * The web edition (out/web, `npm run build:web`): time from the start of the page load to the
 * results of a search shown, in Debian's Chromium, for the pack it ships or another pack put in
 * its place. The page fetches the pack and opens it in its worker before it can answer.
 */

export const WEB_DIR = join(PROJECT_ROOT, 'out', 'web')

/** The web edition as `npm run build:web` leaves it, built first when it is not there. */
export function ensureWebEdition(): void {
  if (existsSync(join(WEB_DIR, 'index.html'))) return
  process.stderr.write('… npm run build:web\n')
  execFileSync('npm', ['run', '-s', 'build:web'], { cwd: PROJECT_ROOT, stdio: 'inherit' })
}
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export async function webFirstAnswerMs(pack: string | null, query: string, runs = 3): Promise<number> {
  let directory = WEB_DIR
  if (pack !== null) {
    directory = await mkdtemp(join(tmpdir(), 'apec-bench-web-'))
    await cp(WEB_DIR, directory, { recursive: true })
    await cp(pack, join(directory, 'pack', 'encyclopedia.sqlite'))
  }
  const server: Server = createStaticServer(directory)
  const port = await listen(server, 0)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] })
  try {
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      // A new context each time: nothing cached from the run before, as on a first visit.
      const context = await browser.newContext()
      const page = await context.newPage()
      const started = performance.now()
      await page.goto(`http://127.0.0.1:${port}/#/search?q=${encodeURIComponent(query)}`)
      await page.waitForFunction(
        (expected) => {
          const article = document.querySelector<HTMLElement>('article.search-page')
          return article?.dataset.state === 'ready' && article.dataset.query === expected
        },
        query,
        { timeout: 120_000, polling: 5 },
      )
      times.push(performance.now() - started)
      await context.close()
    }
    return median(times)
  } finally {
    await browser.close()
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
    if (directory !== WEB_DIR) await rm(directory, { recursive: true, force: true })
  }
}
