import type { Browser } from 'playwright-core'
import { guardedContext, launchBrowser, type GuardedContext } from './browser'
import { serveWebEdition, type RunningServer } from './web-edition'

/** The built web edition served locally and a Chromium context that records any off-origin request. */
export interface WebSession {
  browser: Browser
  server: RunningServer
  guarded: GuardedContext
  close(): Promise<void>
}

export async function openWebSession(): Promise<WebSession> {
  const server = await serveWebEdition()
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
