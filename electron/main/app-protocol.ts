import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { mimeTypeFor } from '../../data/core/static-files'
import { APP_SCHEME, DESKTOP_CONTENT_SECURITY_POLICY, resolveAppFile } from './app-url'

/** Must run before `app.ready`: app:// behaves like https (secure, standard, fetch allowed). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

export const SECURITY_HEADERS = {
  'content-security-policy': DESKTOP_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
} as const

/** Serves the built renderer from `rootDir` with the CSP on every response. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 })
    const file = resolveAppFile(rootDir, request.url)
    if (file === null) return new Response('Forbidden', { status: 403, headers: SECURITY_HEADERS })
    try {
      const body = await readFile(file)
      return new Response(body, { headers: { ...SECURITY_HEADERS, 'content-type': mimeTypeFor(file) } })
    } catch {
      return new Response('Not found', { status: 404, headers: SECURITY_HEADERS })
    }
  }
}

export function serveAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir))
}
