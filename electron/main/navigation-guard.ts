import type { App, Session, WebContents } from 'electron'
import { APP_ORIGIN, isAppUrl } from './app-url'

/** Where an https link that asked for a new window goes: the one confirmed openExternal. */
export type OpenExternal = (url: string, from: WebContents) => void

export interface GuardOptions {
  /** The installed app: developer tools are closed again if anything opens them. */
  packaged: boolean
  openExternal: OpenExternal
}

/**
 * One app-wide guard for every web contents ever created: no navigation away from app://, no new
 * windows, no <webview>. Registered once, before any window exists.
 */
export function guardAllWebContents(app: App, openExternal: OpenExternal): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { packaged: app.isPackaged, openExternal }))
}

export function guardWebContents(contents: WebContents, { packaged, openExternal }: GuardOptions): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  // will-navigate covers the top frame only; this one sees every frame, an iframe's included.
  contents.on('will-frame-navigate', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https:')) openExternal(url, contents)
    return { action: 'deny' }
  })
  if (packaged) contents.on('devtools-opened', () => contents.closeDevTools())
}

/**
 * The offline guarantee at the network layer: the session cancels every request that is not for
 * the app's own files, and grants no permission (camera, notifications, geolocation...).
 */
export function lockDownSession(session: Session, { packaged }: Pick<GuardOptions, 'packaged'>): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, packaged) })
  })
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setSpellCheckerEnabled(false)
  // Were the spell checker ever switched on, it would ask the app for dictionaries, never Google's CDN.
  session.setSpellCheckerDictionaryDownloadURL(`${APP_ORIGIN}/no-dictionaries/`)
}

/** The app's own files; in development, also the developer tools' own pages. */
export function isAllowedRequest(url: string, packaged: boolean): boolean {
  return isAppUrl(url) || (!packaged && url.startsWith('devtools://'))
}
