import type { Browser } from 'playwright-core'
import { guardedContext, launchBrowser, type GuardedContext } from './browser'
import { shippedWebEdition, type RunningServer } from './web-edition'

/**
 * The shipped web edition, served by nginx for the whole suite, and a Chromium of this file's own
 * with a context that records any off-origin request.
 */
export interface WebSession {
  browser: Browser
  server: RunningServer
  guarded: GuardedContext
  close(): Promise<void>
}

export async function openWebSession(): Promise<WebSession> {
  const server = shippedWebEdition()
  const browser = await launchBrowser()
  const guarded = await guardedContext(browser, server.origin)
  return {
    browser,
    server,
    guarded,
    async close() {
      await browser.close()
      await server.close()
    },
  }
}
