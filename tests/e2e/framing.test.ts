import { createServer, type Server } from 'node:http'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, screenshot } from '../helpers/browser'
import { serveWebEdition, shippedWebEdition, WEB_DIR, type RunningServer } from '../helpers/web-edition'

/**
 * Clickjacking: a page on another site shows the web edition in a frame under its own bait, so a
 * click meant for the bait lands on "Xóa gói" or "Xóa lịch sử". Every server of ours forbids the
 * frame (CSP frame-ancestors, X-Frame-Options); Chromium then shows nothing of the app.
 */
let browser: Browser
let node: RunningServer
let attacker: Server
let attackerOrigin: string

beforeAll(async () => {
  node = await serveWebEdition(WEB_DIR)
  attacker = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const target = url.searchParams.get('frame') ?? ''
    const body =
      url.pathname === '/own.html'
        ? '<!doctype html><h1>Trang của chính nơi này</h1>'
        : `<!doctype html><title>Trúng thưởng</title><h1>Bấm vào đây để nhận quà</h1><iframe id="victim" src="${target}" width="900" height="600" onload="document.body.dataset.frameLoaded = 'yes'"></iframe>`
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body)
  })
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve))
  const address = attacker.address()
  attackerOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await node?.close()
  await new Promise((resolve) => attacker?.close(resolve))
})

/** Opens the attacker's page framing `target` and waits for the frame to finish loading, shown or blocked. */
async function framedBy(target: string) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 760 } })
  const page = await context.newPage()
  await page.goto(`${attackerOrigin}/?frame=${encodeURIComponent(target)}`)
  // The frame's load event fires whether Chromium shows the page or its blocked-frame placeholder.
  await page.locator('body[data-frame-loaded="yes"]').waitFor()
  return { page, context, victim: page.frameLocator('#victim') }
}

describe('a page on another site that frames the web edition', () => {
  it('sees the frame of its own pages rendered (the check below can see a rendered frame)', async () => {
    const { victim, context } = await framedBy(`${attackerOrigin}/own.html`)
    await expect.poll(() => victim.locator('h1').textContent()).toBe('Trang của chính nơi này')
    await context.close()
  })

  it.each([
    ['nginx (build/web/nginx.conf)', 'nginx', () => shippedWebEdition().origin],
    ['npm run web (Node)', 'node', () => node.origin],
  ])('gets nothing of the app rendered from %s', async (_name, key, originOf) => {
    const { page, context, victim } = await framedBy(`${originOf()}/#/entry/viet-nam`)
    // Long enough for the app to have drawn its heading had it loaded (it does within a second).
    await page.waitForTimeout(1_500)
    // Chromium puts its own blocked-frame page in place of the app: none of the app is there.
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())
    expect(frame?.url()).toBe('chrome-error://chromewebdata/')
    expect(await victim.locator('#root').count()).toBe(0)
    const shown = await victim.locator('body').innerText()
    expect(shown).not.toContain('Việt Nam')
    expect(shown).not.toContain('Bách khoa APEC')
    expect(await page.locator('h1').textContent()).toBe('Bấm vào đây để nhận quà')
    await screenshot(page, `framing-blocked-${key}`)
    await context.close()
  })
})
