import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }))
vi.mock('electron', () => ({ protocol: electron }))

import { DESKTOP_CONTENT_SECURITY_POLICY } from '../../../electron/main/app-url'
const { createAppProtocolHandler, registerAppScheme, serveAppProtocol } =
  await import('../../../electron/main/app-protocol')

const INDEX_HTML = '<!doctype html><title>Bách khoa APEC</title>'
const SECRET = 'outside the app folder: must never be served'

let rendererDir: string
let handler: (request: Request) => Promise<Response>

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'apec-protocol-'))
  rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML)
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'secret.txt'), SECRET)
  await mkdir(join(root, 'renderer-private'))
  await writeFile(join(root, 'renderer-private', 'secret.txt'), SECRET)
  handler = createAppProtocolHandler(rendererDir)
})

/**
 * A request with the URL exactly as written. Chromium (and `new Request`) would already have
 * resolved dot segments; passing the raw string makes the handler face the worst case.
 */
const raw = (url: string, method = 'GET'): Request => ({ url, method }) as Request

describe('app:// protocol handler', () => {
  it('serves index.html for the start page with the CSP and nosniff headers', async () => {
    for (const url of ['app://bundle/index.html', 'app://bundle/']) {
      const response = await handler(new Request(url))
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(INDEX_HTML)
      expect(response.headers.get('content-security-policy')).toBe(DESKTOP_CONTENT_SECURITY_POLICY)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    }
  })

  it('serves files in subfolders with their type', async () => {
    const response = await handler(new Request('app://bundle/assets/app.js'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it.each([
    'app://bundle/%2F../secret.txt',
    'app://bundle/..%2Fsecret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/..\\secret.txt',
    'app://bundle/%5C..%5Csecret.txt',
    'app://bundle/assets%5C..%5C..%5Csecret.txt',
    'app://bundle/index.html%00.js',
    'app://bundle/C:/Windows/win.ini',
    'app://evil/index.html',
    'app://bundle.evil.org/index.html',
    'https://bundle/index.html',
    'file:///etc/passwd',
  ])('refuses %s with 403', async (url) => {
    const response = await handler(raw(url))
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain(SECRET)
    expect(response.headers.get('content-security-policy')).toBe(DESKTOP_CONTENT_SECURITY_POLICY)
  })

  it.each([
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/.%2e/secret.txt',
    'app://bundle/assets/../../secret.txt',
    'app://bundle/../renderer-private/secret.txt',
    'app://bundle//etc/passwd',
  ])('never serves a file outside the app folder for %s', async (url) => {
    const response = await handler(raw(url))
    expect(response.status).not.toBe(200)
    expect(await response.text()).not.toContain(SECRET)
  })

  it('answers 404 with the CSP for a file that does not exist', async () => {
    const response = await handler(new Request('app://bundle/nope.js'))
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(DESKTOP_CONTENT_SECURITY_POLICY)
  })

  it('refuses anything but GET with 405 and says which method it takes', async () => {
    const response = await handler(
      new Request('app://bundle/index.html', { method: 'POST', body: 'x' }),
    )
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET')
  })

  it('forbids framing the app, in the policy and in X-Frame-Options', async () => {
    expect(DESKTOP_CONTENT_SECURITY_POLICY.split('; ')).toContain("frame-ancestors 'none'")
    const response = await handler(new Request('app://bundle/index.html'))
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  })

  it.each([
    ['a refused path (403)', raw('app://bundle/..%2Fsecret.txt'), 403],
    ['a missing file (404)', new Request('app://bundle/nope.js'), 404],
    ['a refused method (405)', new Request('app://bundle/index.html', { method: 'POST', body: 'x' }), 405],
    ['a served file (200)', new Request('app://bundle/index.html'), 200],
  ])('sends every security header with %s', async (_name, request, status) => {
    const response = await handler(request)
    expect(response.status).toBe(status)
    expect({
      'content-security-policy': response.headers.get('content-security-policy'),
      'x-frame-options': response.headers.get('x-frame-options'),
      'x-content-type-options': response.headers.get('x-content-type-options'),
      'referrer-policy': response.headers.get('referrer-policy'),
      'cross-origin-opener-policy': response.headers.get('cross-origin-opener-policy'),
    }).toEqual({
      'content-security-policy': DESKTOP_CONTENT_SECURITY_POLICY,
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    })
  })
})

describe('app:// scheme registration', () => {
  it('registers app:// as a secure standard scheme and serves it from the renderer folder', async () => {
    registerAppScheme()
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ])
    serveAppProtocol(rendererDir)
    const [scheme, registered] = electron.handle.mock.calls[0] ?? []
    expect(scheme).toBe('app')
    const response = await (registered as typeof handler)(new Request('app://bundle/'))
    expect(await response.text()).toBe(INDEX_HTML)
  })
})
