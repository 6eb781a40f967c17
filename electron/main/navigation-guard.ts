import type { App, Session, WebContents } from 'electron'
import { isAppUrl } from './app-url'

/**
 * One app-wide guard for every web contents ever created: no navigation away from app://, no new
 * windows, no <webview>. Registered once, before any window exists.
 */
export function guardAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents))
}

export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/**
 * The offline guarantee at the network layer: the session cancels every request that is not for
 * the app's own files, and grants no permission (camera, notifications, geolocation...).
 */
export function lockDownSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) })
  })
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setSpellCheckerEnabled(false)
}

export function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('devtools://')
}
