import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { guardedContext, launchBrowser, type GuardedContext } from './browser'
import { openDesktopPage, serveDesktopRenderer, type DesktopPage } from './desktop-renderer'
import type { RunningServer } from './web-edition'

export interface DesktopSession {
  /** The desktop renderer (out/renderer), served for the test file. */
  readonly server: RunningServer
  readonly guarded: GuardedContext
  /** A page of the desktop renderer with the preload's bridges played (openDesktopPage), closed after the test. */
  open(options?: Parameters<typeof openDesktopPage>[1]): Promise<DesktopPage>
}

/**
 * One server and one Chromium for a test file of the desktop renderer, started once; after each
 * test its page is closed and the test must have made no request off the origin and thrown no
 * page error. Call at the top of the file: it registers the hooks.
 */
export function useDesktopSession(): DesktopSession {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  let guarded: GuardedContext | undefined
  let current: DesktopPage | undefined

  beforeAll(async () => {
    server = await serveDesktopRenderer()
    browser = await launchBrowser()
    guarded = await guardedContext(browser, server.origin)
  })

  afterEach(async () => {
    await current?.page.close()
    current = undefined
    expect(guarded?.offOriginRequests).toEqual([])
    expect(guarded?.pageErrors).toEqual([])
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the desktop session is used before its beforeAll ran')
    return value
  }
  return {
    get server() {
      return started(server)
    },
    get guarded() {
      return started(guarded)
    },
    async open(options) {
      current = await openDesktopPage(started(guarded), options)
      return current
    },
  }
}
