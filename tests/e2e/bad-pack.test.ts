import { rm, writeFile } from 'node:fs/promises'
import { createServer, type RequestListener } from 'node:http'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticServer, listen } from '../../build/web/static-server'
import { seriousAxeViolations } from '../helpers/axe'
import { guardedContext, launchBrowser, screenshot } from '../helpers/browser'
import { buildShippedPack, editedPackBytes } from '../helpers/pack'
import { serveWebEdition, webEditionWithPack, type RunningServer } from '../helpers/web-edition'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** What the web edition is served with instead of its pack: other bytes, no file (404), or a server that hangs up. */
type BadPack = Uint8Array | string | { missing: true } | { unreachable: true }

async function serveBadPack(pack: BadPack): Promise<{ server: RunningServer; directory: string }> {
  const directory = await webEditionWithPack(pack instanceof Uint8Array || typeof pack === 'string' ? pack : '')
  if ('missing' in Object(pack)) await rm(join(directory, 'pack', 'encyclopedia.sqlite'))
  if (!('unreachable' in Object(pack))) return { server: await serveWebEdition(directory), directory }
  // The page loads, then the connection drops when the pack is asked for: a server gone or a network cut.
  const [serveFile] = createStaticServer(directory).listeners('request') as RequestListener[]
  const hangingUp = createServer((request, response) => {
    if (request.url?.startsWith('/pack/')) request.socket.destroy()
    else serveFile?.(request, response)
  })
  const port = await listen(hangingUp, 0)
  const close = () =>
    new Promise<void>((resolve) => {
      hangingUp.close(() => resolve())
      hangingUp.closeAllConnections()
    })
  return { server: { origin: `http://127.0.0.1:${port}`, close }, directory }
}

interface ErrorView {
  alert: string
  details: string
  title: string
  buttons: string[]
}

/** Opens the web edition served with `pack` and reads its error screen, details opened. */
async function errorScreenFor(pack: BadPack, name: string, size = { width: 1366, height: 768 }): Promise<ErrorView> {
  const { server } = await serveBadPack(pack)
  const guarded = await guardedContext(browser, server.origin)
  try {
    const page = await guarded.newPage()
    await page.setViewportSize(size)
    await page.goto(`${server.origin}/#/`)
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.count()).toBe(1)
    await page.getByText('Chi tiết kỹ thuật').click()
    await screenshot(page, `bad-pack-${name}`)
    expect(await seriousAxeViolations(page, server.origin)).toEqual([])
    expect(guarded.offOriginRequests).toEqual([])
    return {
      alert: await alert.innerText(),
      details: (await page.locator('.error-screen__details').innerText()).replace(/\s+/g, ' '),
      title: await page.title(),
      buttons: await alert.getByRole('button').allInnerTexts(),
    }
  } finally {
    await guarded.context.close()
    await server.close()
  }
}

/** The web edition's reader can reload and tell the site's administrator; nothing about installing or choosing packs. */
function expectWebAdvice(view: ErrorView): void {
  expect(view.alert).toContain('tải lại trang (F5)')
  expect(view.alert).toContain('người quản trị trang web')
  expect(view.alert).not.toMatch(/cài đặt lại|chọn (một |đúng )?(gói|tệp)/i)
  expect(view.buttons).toEqual(['Tải lại trang'])
}

/** The details keep the code and say the rest in Vietnamese: no English sentence from the core. */
function expectVietnameseDetails(view: ErrorView, code: string): void {
  expect(view.details).toContain(`Mã lỗi ${code}`)
  expect(view.details.replace(/https?:\S+|“[^”]*”|pack-[a-z-]+/g, '')).not.toMatch(/\b(the|file|pack|is|not|failed|fetch|version|HTTP\s\d+:)\b/i)
}

describe('web edition: a pack that cannot be used gets a Vietnamese error screen, not a white page', () => {
  it('0-byte pack', async () => {
    const view = await errorScreenFor(new Uint8Array(), 'empty')
    expect(view.alert).toContain('Gói dữ liệu rỗng')
    expectWebAdvice(view)
    expectVietnameseDetails(view, 'pack-empty')
  })

  it('a text file instead of a pack', async () => {
    const view = await errorScreenFor('Đây không phải cơ sở dữ liệu.\n', 'text')
    expect(view.alert).toContain('Tệp không phải gói dữ liệu')
    expectWebAdvice(view)
  })

  it('a pack cut off half way', async () => {
    const { bytes } = await buildShippedPack()
    const view = await errorScreenFor(bytes.subarray(0, bytes.length / 2), 'truncated')
    expect(view.alert).toContain('bị thiếu phần cuối')
    expectWebAdvice(view)
  })

  it('a pack of another schema version', async () => {
    const bytes = await editedPackBytes((db) => db.run('PRAGMA user_version = 99'))
    const view = await errorScreenFor(bytes, 'schema')
    expect(view.alert).toContain('Phiên bản gói dữ liệu không phù hợp')
    expectWebAdvice(view)
    expect(view.details).toContain('lược đồ phiên bản 99')
  })

  it('no pack on the server (404): says so, with the address and status in the details and the tab title', async () => {
    const view = await errorScreenFor({ missing: true }, 'missing-404')
    expect(view.title).toBe('Không tìm thấy gói dữ liệu — Bách khoa APEC')
    expect(view.alert).toContain('Máy chủ của trang web không có tệp gói dữ liệu')
    expectWebAdvice(view)
    expectVietnameseDetails(view, 'pack-missing')
    expect(view.details).toMatch(/Máy chủ trả lời mã HTTP 404 khi tải http:\/\/127\.0\.0\.1:\d+\/pack\/encyclopedia\.sqlite/)
    await errorScreenFor({ missing: true }, 'missing-404-1024', { width: 1024, height: 768 })
  })

  it('a server that stops answering: a connection problem, told apart from a missing file', async () => {
    const view = await errorScreenFor({ unreachable: true }, 'unreachable')
    expect(view.title).toBe('Không kết nối được máy chủ — Bách khoa APEC')
    expect(view.alert).toContain('kiểm tra kết nối mạng')
    expectWebAdvice(view)
    expectVietnameseDetails(view, 'pack-unreachable')
  })

  it('"Tải lại trang" loads the app once the pack is back on the server', async () => {
    const { server, directory } = await serveBadPack(new Uint8Array())
    const page: Page = await browser.newPage()
    try {
      await page.goto(`${server.origin}/#/`)
      const reload = page.getByRole('button', { name: 'Tải lại trang' })
      await expect.poll(() => reload.count()).toBe(1)
      // The administrator puts the right file in place; the reader presses the button.
      await writeFile(join(directory, 'pack', 'encyclopedia.sqlite'), (await buildShippedPack()).bytes)
      await reload.click()
      await expect.poll(() => page.getByRole('navigation', { name: 'Điều hướng chính' }).count()).toBe(1)
      expect(await page.getByRole('alert').count()).toBe(0)
    } finally {
      await page.close()
      await server.close()
    }
  })
})
