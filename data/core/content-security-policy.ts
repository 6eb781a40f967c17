/**
 * The one Content-Security-Policy of the app, for a given origin of its own: the desktop app names
 * app://bundle (sent as a header by its protocol handler and written into index.html), the web
 * edition says 'self' because any static server may host it. Nothing may load from anywhere but
 * the app itself; 'wasm-unsafe-eval' lets sql.js compile its WebAssembly.
 */
export function contentSecurityPolicy(ownOrigin: string): string {
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
  ].join('; ')
}

export const WEB_CONTENT_SECURITY_POLICY = contentSecurityPolicy("'self'")
