import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { PROJECT_ROOT } from '../../data/pipeline/project-paths'

/** Debian's Chromium, never a downloaded browser; flags keep it from phoning home. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A page that is not in front must still paint: without these, a screenshot of it can wait
  // for a frame that never comes on a busy machine.
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-timer-throttling',
]

export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'tests', '.artifacts', 'screenshots')

/** `lang` starts Chromium in another interface language (`en-US`), as a machine set up in English would. */
export function launchBrowser({ lang }: { lang?: string } = {}): Promise<Browser> {
  const args = lang ? [...CHROMIUM_FLAGS, `--lang=${lang}`] : CHROMIUM_FLAGS
  return chromium.launch({ executablePath: CHROMIUM_PATH, args, ...(lang ? { env: { ...process.env, LANG: `${lang.replace('-', '_')}.UTF-8`, LANGUAGE: lang } } : {}) })
}

export interface GuardedContext {
  context: BrowserContext
  /** Every request that tried to leave the local server: a test fails if this is not empty. */
  offOriginRequests: string[]
  /** Uncaught page errors and console errors. */
  pageErrors: string[]
  newPage(): Promise<Page>
}

/** A window size, and the browser zoom as device pixels per CSS pixel (1.5 for 150 %). */
export interface WindowSize {
  viewport: { width: number; height: number }
  deviceScaleFactor: number
}

/**
 * A browser context that aborts and records any request not for the local server, so a test can
 * prove the app never touches the network.
 */
export async function guardedContext(
  browser: Browser,
  origin: string,
  { viewport = { width: 1280, height: 900 }, deviceScaleFactor = 1, locale = 'vi-VN' }: Partial<WindowSize> & { locale?: string } = {},
): Promise<GuardedContext> {
  const context = await browser.newContext({ viewport, deviceScaleFactor, locale })
  const offOriginRequests: string[] = []
  const pageErrors: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
    offOriginRequests.push(url)
    return route.abort('blockedbyclient')
  })
  return {
    context,
    offOriginRequests,
    pageErrors,
    async newPage() {
      const page = await context.newPage()
      page.on('pageerror', (error) => pageErrors.push(error.message))
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text())
      })
      return page
    },
  }
}

/**
 * Saves a PNG for a person to look at. Screenshots are evidence, not assertions: when Chromium
 * cannot produce a frame in time (seen on busy 2-core CI machines), the test goes on and says so.
 */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  const options = { path, animations: 'disabled', caret: 'hide', timeout: 10_000 } as const
  try {
    await page.screenshot({ ...options, fullPage })
  } catch {
    try {
      await page.screenshot(options)
    } catch (error) {
      process.stderr.write(`screenshot ${name} not saved: ${String(error).split('\n')[0]}\n`)
    }
  }
  return path
}
