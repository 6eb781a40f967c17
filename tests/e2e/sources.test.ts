import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SourceDocument } from '../../data/core/api-contract'
import { guardedContext, screenshot, type GuardedContext } from '../helpers/browser'
import { openShippedCatalog } from '../helpers/pack'
import type { RunningServer } from '../helpers/web-edition'
import { openWebSession, type WebSession } from '../helpers/web-session'

let session: WebSession
let server: RunningServer
let guarded: GuardedContext
let sources: SourceDocument[]
let referenceCount: number

beforeAll(async () => {
  const catalog = await openShippedCatalog()
  // Primary documents only: reference sources have no paragraphs (entries.test.ts covers them).
  sources = catalog
    .listSources()
    .filter((source) => source.kind === 'primary')
    .map((source) => catalog.getSource(source.id))
  referenceCount = catalog.packInfo().counts.referenceSources
  session = await openWebSession()
  ;({ server, guarded } = session)
})

afterAll(async () => {
  await session?.close()
})

describe('web edition: reading the source documents', () => {
  it('opens the home page with the pack title and what the pack holds', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/`)
    await expect.poll(() => page.locator('.shell__title').textContent()).toBe('Bách khoa APEC')
    const stats = await page.locator('.stats__item').allInnerTexts()
    expect(stats.map((text) => text.replace(/\s+/g, ' '))).toContain('5 tài liệu nguồn')
    await expect.poll(() => page.locator('.source-card').count()).toBe(5)
    expect(await page.title()).toBe('Bách khoa APEC')
    await screenshot(page, 'home')
    await page.close()
  })

  it('opens every source from the list and shows all its numbered paragraphs', async () => {
    const page = await guarded.newPage()
    for (const source of sources) {
      await page.goto(`${server.origin}/#/sources`)
      await page.getByRole('link', { name: source.title, exact: true }).click()
      await expect.poll(() => page.locator('h1.page__title').textContent()).toBe(source.title)
      expect(page.url()).toContain(`#/source/${source.id}`)
      const numbered = source.blocks.filter((block) => block.number !== null)
      await expect.poll(() => page.locator('.paragraph').count()).toBe(numbered.length)
      const last = numbered.at(-1)
      expect(await page.locator(`#p-${last?.number}`).innerText()).toContain(last?.text.slice(0, 40))
      expect(await page.locator('.source-reader__attribution').innerText()).toContain(source.publisher.split(' ')[0])
      expect(await page.title()).toBe(`${source.title} — Bách khoa APEC`)
      await screenshot(page, `source-${source.id}`)
    }
    await page.close()
  })

  it('shows the Chinese half of the China.org.cn glossary in a Chinese font', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/source/chinaorg-apec-khai-niem`)
    const chinese = page.locator('p[lang="zh"]')
    await expect.poll(() => chinese.count()).toBe(1)
    expect(await chinese.innerText()).toContain('亚太经济合作组织是亚太地区层级最高')
    expect(await page.locator('h2[lang="zh"]').innerText()).toBe('亚太经济合作组织')
    // The bundled font must actually be used for the Han characters, not a system fallback.
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '亚太经济合作组织')))
      .toBe(true)
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready
      return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family)
    })
    expect(loaded).toContain('Noto Sans SC')
    expect(loaded).toContain('Noto Serif')
  })

  it('opens a cited paragraph highlighted and scrolled into view', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/source/wikipedia-apec?p=20`)
    const target = page.locator('#p-20')
    await expect.poll(() => target.getAttribute('class')).toContain('paragraph--highlighted')
    expect(await target.innerText()).toContain('Bob Hawke')
    expect(await page.locator('.paragraph--highlighted').count()).toBe(1)
    await expect.poll(() => target.isVisible()).toBe(true)
    const box = await target.boundingBox()
    expect(box && box.y >= 0 && box.y < 900).toBe(true)
    await screenshot(page, 'source-paragraph-highlighted')
    await page.close()
  })

  it('lists the shipped pack on one page with no pager, at #/sources even when the address asked for page 2', async () => {
    for (const width of [1366, 1024]) {
      const sized = await guardedContext(session.browser, server.origin, { viewport: { width, height: 768 } })
      const page = await sized.newPage()
      await page.goto(`${server.origin}/#/sources?page=2`)
      const primary = page.locator('section[aria-labelledby="sources-primary"] .source-card')
      await expect.poll(() => primary.count()).toBe(sources.length)
      // A page 2 the pack does not have is its one page, and the address says so.
      await expect.poll(() => new URL(page.url()).hash).toBe('#/sources')
      expect(await primary.locator('.source-card__title').allTextContents()).toEqual(sources.map((source) => source.title))
      await expect.poll(() => page.locator('section[aria-labelledby="sources-reference"] .source-card').count()).toBe(referenceCount)
      expect(await page.getByRole('navigation', { name: /Chuyển trang/ }).count()).toBe(0)
      expect(await page.locator('.source-pages__summary').count()).toBe(0)
      expect(await page.title()).toBe('Tài liệu nguồn — Bách khoa APEC')
      expect(await page.locator('.page__lead').innerText()).toContain('Các văn bản gốc mà Bách khoa APEC dựa vào')
      await screenshot(page, `sources-shipped-${width}`, { fullPage: false })
      await sized.context.close()
      expect(sized.pageErrors).toEqual([])
    }
  })

  it('says in Vietnamese when a source or page does not exist', async () => {
    const page = await guarded.newPage()
    await page.goto(`${server.origin}/#/source/khong-co-nguon-nay`)
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Không tìm thấy nội dung')
    await page.goto(`${server.origin}/#/khong/co/trang/nay`)
    await expect.poll(() => page.locator('h1').innerText()).toBe('Không có trang này')
    await page.close()
  })

  it('never made a request off the local server and logged no errors', () => {
    expect(guarded.offOriginRequests).toEqual([])
    expect(guarded.pageErrors).toEqual([])
  })
})
