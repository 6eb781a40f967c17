import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardedContext, launchBrowser, type GuardedContext } from '../helpers/browser'
import { editedPackBytes } from '../helpers/pack'
import { serveWebEdition, webEditionWithPack, type RunningServer } from '../helpers/web-edition'

/**
 * A pack file can be swapped or edited, so an entry body is hostile HTML until proven otherwise:
 * DOMPurify keeps only reading markup and in-app links, and the CSP stops what might get past it.
 */
const HOSTILE_BODY = [
  '<p>Đoạn an toàn với <a href="#/entry/apec" data-entry="apec">APEC</a>.</p>',
  '<p onclick="window.__pwned = 1">Ảnh theo dõi <img src="https://tracker.example/pixel.png" alt=""> <img src="x" onerror="window.__pwned = 2"></p>',
  '<script>window.__pwned = 3</script>',
  '<iframe src="https://evil.example/"></iframe>',
  '<p><a href="https://evil.example/phish">Liên kết ngoài</a> <a href="javascript:window.__pwned = 4">js</a></p>',
  '<svg><image href="https://tracker.example/svg.png"></image></svg>',
  '<style>body { background: url(https://tracker.example/bg.png) }</style>',
  '<p style="background: url(https://tracker.example/inline.png)">Kiểu nội tuyến</p>',
].join('\n')

let browser: Browser
let server: RunningServer
let guarded: GuardedContext

beforeAll(async () => {
  const pack = await editedPackBytes((db) => db.run("UPDATE entries SET body_html = ? WHERE id = 'viet-nam'", [HOSTILE_BODY]))
  server = await serveWebEdition(await webEditionWithPack(pack))
  browser = await launchBrowser()
  guarded = await guardedContext(browser, server.origin)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function openHostileEntry(): Promise<Page> {
  const page = await guarded.newPage()
  await page.goto(`${server.origin}/#/entry/viet-nam`)
  await expect.poll(() => page.locator('.entry__body').innerText()).toContain('Đoạn an toàn với APEC')
  return page
}

describe('hostile entry HTML from a tampered pack', () => {
  it('is sanitised: no script, handler, frame, style, outside link or remote image survives, and nothing leaves the machine', async () => {
    const page = await openHostileEntry()
    const body = page.locator('.entry__body')
    expect(await body.locator('script, iframe, img, svg, style, [style], [onclick], [onerror]').count()).toBe(0)
    const hrefs = await body.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs.filter((href) => href !== null)).toEqual(['#/entry/apec'])
    // The text of a dropped link stays readable; only its address goes.
    expect(await body.innerText()).toContain('Liên kết ngoài')
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(guarded.offOriginRequests).toEqual([])
    await page.close()
  })

  it('is also blocked by the CSP: a remote image and an inline script put past the sanitiser never run or load', async () => {
    const page = await openHostileEntry()
    const violations = await page.evaluate(async () => {
      const seen: string[] = []
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`))
      const body = document.querySelector('.entry__body')
      const image = document.createElement('img')
      image.src = 'https://tracker.example/csp.png'
      const script = document.createElement('script')
      script.textContent = 'window.__pwned = 5'
      body?.append(image, script)
      await new Promise((resolve) => image.addEventListener('error', resolve, { once: true }))
      return seen
    })
    expect(violations).toEqual(expect.arrayContaining(['img-src https://tracker.example/csp.png', 'script-src-elem inline']))
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(guarded.offOriginRequests).toEqual([])
    await page.close()
  })
})
