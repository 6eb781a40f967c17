/**
 * The one Content-Security-Policy for every page of the app: sent as a header by the desktop
 * app's protocol handler and written into index.html for the web edition. Nothing may load from
 * anywhere but the app itself; 'wasm-unsafe-eval' lets sql.js compile its WebAssembly.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "manifest-src 'self'",
].join('; ')
