/**
 * The one Content-Security-Policy of the app, for a given origin of its own: the desktop app names
 * app://bundle (sent as a header by its protocol handler and written into index.html), the web
 * edition says 'self' because any static server may host it. Nothing may load from anywhere but
 * the app itself; 'wasm-unsafe-eval' lets sql.js compile its WebAssembly. No other site may show
 * the app in a frame (frame-ancestors), so a page elsewhere cannot trick a click on "Xóa gói".
 */
export function contentSecurityPolicy(ownOrigin: string): string {
  return [...metaDirectives(ownOrigin), ...HEADER_ONLY_DIRECTIVES].join('; ')
}

/**
 * The same policy for index.html's meta tag, which browsers read before any header-less host
 * (file copy, a server without our headers) could weaken it. A meta tag cannot carry
 * frame-ancestors: browsers ignore it there and log an error, so only the header sends it.
 */
export function metaContentSecurityPolicy(ownOrigin: string): string {
  return metaDirectives(ownOrigin).join('; ')
}

const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"]

function metaDirectives(ownOrigin: string): string[] {
  return [
    "default-src 'none'",
    `script-src ${ownOrigin} 'wasm-unsafe-eval'`,
    `worker-src ${ownOrigin}`,
    `style-src ${ownOrigin}`,
    `img-src ${ownOrigin} data:`,
    `font-src ${ownOrigin}`,
    `connect-src ${ownOrigin}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    `manifest-src ${ownOrigin}`,
  ]
}

export const WEB_CONTENT_SECURITY_POLICY = contentSecurityPolicy("'self'")
export const WEB_META_CONTENT_SECURITY_POLICY = metaContentSecurityPolicy("'self'")

/**
 * The headers every answer of ours carries, errors included: the desktop protocol handler, the
 * web edition's Node server, and the shipped nginx and IIS configurations (tests compare them).
 * X-Frame-Options says the same as frame-ancestors for browsers that predate it.
 */
export function securityHeaders(policy: string) {
  return {
    'content-security-policy': policy,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  } as const
}

export const WEB_SECURITY_HEADERS = securityHeaders(WEB_CONTENT_SECURITY_POLICY)
