import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { securityHeaders } from '../../data/core/content-security-policy'
import { mimeTypeFor } from '../../data/core/static-files'
import { APP_SCHEME, DESKTOP_CONTENT_SECURITY_POLICY, resolveAppFile } from './app-url'

/** Must run before `app.ready`: app:// behaves like https (secure, standard, fetch allowed). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

export const SECURITY_HEADERS = securityHeaders(DESKTOP_CONTENT_SECURITY_POLICY)

/**
 * Serves the built renderer from `rootDir`. Every answer, the refusals included, carries the
 * security headers: an error page is a page too, and must not be framed or sniffed either.
 */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') {
      return new Response('Method not allowed', { status: 405, headers: { ...SECURITY_HEADERS, allow: 'GET' } })
    }
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
