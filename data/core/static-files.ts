/**
 * Rules for serving the built app as static files, shared by the desktop protocol handler and the
 * web edition's server so both refuse the same paths and label files the same way.
 */

/**
 * A URL path as a safe relative file path, or null. Refuses `..` (also percent-encoded), NUL and
 * backslashes, so no request can name a file outside the app folder.
 */
export function safeRelativePath(pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.')
  if (segments.some((segment) => segment === '..' || segment.includes(':'))) return null
  return segments.length === 0 ? 'index.html' : segments.join('/')
}

/** Every kind of file the built app has; the shipped nginx and IIS configurations declare the same. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
  sqlite: 'application/vnd.sqlite3',
}

export function mimeTypeFor(path: string): string {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  return MIME_TYPES[extension] ?? 'application/octet-stream'
}

/**
 * Files under assets/ carry a content hash in their names (Vite), so a browser may keep them for
 * a year without asking again: a new release names new files.
 */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable'
/**
 * index.html and the pack keep their names across releases: the browser asks every time, and an
 * unchanged file costs a 304 (ETag, Last-Modified), never a stale page or pack.
 */
export const REVALIDATE_CACHE_CONTROL = 'no-cache'

/** Cache-Control for a file of the web edition, by its path relative to the folder. */
export function cacheControlFor(relativePath: string): string {
  return relativePath.startsWith('assets/') ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL
}
