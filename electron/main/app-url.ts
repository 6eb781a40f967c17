import { join, normalize, sep } from 'node:path'
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../data/core/content-security-policy'
import { safeRelativePath } from '../../data/core/static-files'

/** Pages are served as app://bundle/...; nothing else is ever loaded into a window. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_START_URL = `${APP_ORIGIN}/index.html`
/** Names the app's own origin rather than 'self': nothing but app://bundle may serve a script. */
export const DESKTOP_CONTENT_SECURITY_POLICY = contentSecurityPolicy(APP_ORIGIN)
/** What index.html's meta tag says: the same policy minus what only a header can carry. */
export const DESKTOP_META_CONTENT_SECURITY_POLICY = metaContentSecurityPolicy(APP_ORIGIN)

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST
  } catch {
    return false
  }
}

/**
 * Maps an app:// URL to a file inside the renderer folder, or null. The containment check stops
 * `..`, encoded `%2e%2e`, backslashes and absolute paths from escaping the app folder; the final
 * prefix test is a second line of defence.
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  if (!isAppUrl(url)) return null
  const relativePath = safeRelativePath(new URL(url).pathname)
  if (relativePath === null) return null
  const root = normalize(rootDir)
  const candidate = normalize(join(root, relativePath))
  return candidate.startsWith(root.endsWith(sep) ? root : root + sep) ? candidate : null
}
