import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardedContext, launchBrowser, screenshot, type GuardedContext } from '../helpers/browser'
import { editedPackBytes } from '../helpers/pack'
import { serveWebEdition, webEditionWithPack, type RunningServer } from '../helpers/web-edition'

/**
 * A pack file can be swapped or edited by anyone, so an entry body is treated as hostile. Every
 * trick below tries to run code (which would set window.__hostile) or reach another origin.
 */
const EVIL = 'https://evil.example'
const HOSTILE_BODY = [
  '<p id="kept">Văn bản an toàn vẫn được giữ.</p>',
  '<p>Liên kết trong ứng dụng tới <a href="#/entry/apec" data-entry="apec">APEC</a> vẫn dùng được.</p>',
  "<script>window.__hostile = 'script'</script>",
  `<img src="missing.png" onerror="window.__hostile = 'onerror'">`,
  `<img src="${EVIL}/pixel.png" alt="ảnh từ xa">`,
  `<a id="js-link" href="javascript:window.__hostile='link'">Liên kết độc</a>`,
  `<a href="${EVIL}/page">Liên kết ra ngoài</a>`,
  `<iframe src="${EVIL}/frame"></iframe>`,
  `<div style="background: url(${EVIL}/style-attribute.png); height: 20px">Nền từ xa</div>`,
  `<style>body { background: url(${EVIL}/style-element.png) }</style>`,
  `<svg><image href="${EVIL}/svg.png" /><script>window.__hostile = 'svg'</script></svg>`,
  `<form action="${EVIL}/form"><button>Gửi</button></form>`,
  `<object data="${EVIL}/object"></object>`,
  `<link rel="stylesheet" href="${EVIL}/sheet.css">`,
  `<meta http-equiv="refresh" content="0;url=${EVIL}/refresh">`,
].join('\n')

/** Tags and attributes none of which may survive into the page. */
const FORBIDDEN = 'script, img, iframe, style, svg, form, object, link, meta, [style], [onerror], [src]'

let browser: Browser
let server: RunningServer

beforeAll(async () => {
  browser = await launchBrowser()
  const pack = await editedPackBytes((db) => db.run("UPDATE entries SET body_html = ? WHERE id = 'viet-nam'", [HOSTILE_BODY]))
  server = await serveWebEdition(await webEditionWithPack(pack))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A page that records every CSP violation from its first script on. */
async function watchedPage(guarded: GuardedContext): Promise<Page> {
  const page = await guarded.newPage()
  await page.addInitScript(() => {
    const violations: string[] = []
    Object.assign(window, { __violations: violations })
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`))
  })
  return page
}

const hostileMark = (page: Page) => page.evaluate(() => (window as unknown as { __hostile?: string }).__hostile ?? null)
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)

describe('hostile HTML in an entry body', () => {
  it('leaves ordinary pages without a single CSP violation, so a real one stands out', async () => {
    const guarded = await guardedContext(browser, server.origin)
    try {
      const page = await watchedPage(guarded)
      for (const route of ['#/', '#/entry/apec', '#/search?q=da%20nang', '#/members']) {
        await page.goto(`${server.origin}/${route}`)
        await expect.poll(() => page.locator('main h1').count()).toBeGreaterThan(0)
      }
      expect(await violations(page)).toEqual([])
      expect(guarded.pageErrors).toEqual([])
    } finally {
      await guarded.context.close()
    }
  })

  it('is cut down to reading markup on the entry page: nothing runs, nothing is fetched, the text stays', async () => {
    const guarded = await guardedContext(browser, server.origin)
    try {
      const page = await watchedPage(guarded)
      await page.goto(`${server.origin}/#/entry/viet-nam`)
      const body = page.locator('.entry__body')
      await expect.poll(() => body.locator('#kept, p').first().textContent()).toContain('Văn bản an toàn vẫn được giữ.')
      await screenshot(page, 'hostile-html-entry')

      expect(await body.locator(FORBIDDEN).count()).toBe(0)
      // An in-app link stays; the others keep their words but lose their targets.
      const links = body.locator('a')
      expect(await links.allTextContents()).toEqual(['APEC', 'Liên kết độc', 'Liên kết ra ngoài'])
      expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(['#/entry/apec', null, null])
      await body.getByText('Liên kết độc').click()

      await page.waitForTimeout(500)
      expect(await hostileMark(page)).toBeNull()
      expect(page.url()).toBe(`${server.origin}/#/entry/viet-nam`)
      expect(guarded.offOriginRequests).toEqual([])
      // Chromium logs each refused inline handler or style as a console error; nothing else may appear.
      expect(guarded.pageErrors.filter((error) => !error.includes('Content Security Policy'))).toEqual([])
    } finally {
      await guarded.context.close()
    }
  })

  it('is cut down the same way on the printed sheet ("Đầy đủ" prints the body)', async () => {
    const guarded = await guardedContext(browser, server.origin)
    try {
      const page = await watchedPage(guarded)
      await page.goto(`${server.origin}/#/print/viet-nam?preset=full`)
      await expect.poll(() => page.getByText('Văn bản an toàn vẫn được giữ.').count()).toBe(1)
      expect(await page.locator('.sheet-body').locator(FORBIDDEN).count()).toBe(0)
      expect(await hostileMark(page)).toBeNull()
      expect(guarded.offOriginRequests).toEqual([])
    } finally {
      await guarded.context.close()
    }
  })

  it('is still stopped by the Content-Security-Policy if it ever got past the sanitiser', async () => {
    const guarded = await guardedContext(browser, server.origin)
    try {
      const page = await watchedPage(guarded)
      await page.goto(`${server.origin}/#/entry/viet-nam`)
      await expect.poll(() => page.getByText('Văn bản an toàn vẫn được giữ.').count()).toBe(1)
      // Straight into the DOM, around DOMPurify: only the CSP stands in the way now.
      await page.evaluate((evil) => {
        document.body.insertAdjacentHTML(
          'beforeend',
          `<img src="missing.png" onerror="window.__hostile = 'onerror'">` +
            `<img src="${evil}/pixel.png">` +
            `<iframe src="${evil}/frame"></iframe>` +
            `<div style="background: url(${evil}/style.png); width: 20px; height: 20px"></div>` +
            `<a id="injected-link" href="javascript:window.__hostile='link'">x</a>`,
        )
        const script = document.createElement('script')
        script.textContent = "window.__hostile = 'script'"
        document.body.append(script)
      }, EVIL)
      await page.locator('#injected-link').click()
      await expect.poll(() => violations(page)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-attr /),
          expect.stringMatching(/^script-src-elem /),
          `img-src ${EVIL}/pixel.png`,
          expect.stringMatching(/^frame-src https:\/\/evil\.example/),
          expect.stringMatching(/^style-src-attr /),
        ]),
      )
      expect(await hostileMark(page)).toBeNull()
      expect(guarded.offOriginRequests).toEqual([])
    } finally {
      await guarded.context.close()
    }
  })
})
