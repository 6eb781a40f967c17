import type { App, Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  guardAllWebContents,
  guardWebContents,
  isAllowedRequest,
  lockDownSession,
  type OpenExternal,
} from '../../../electron/main/navigation-guard'

vi.mock('electron', () => ({}))

type Listener = (...args: unknown[]) => void

/** Just enough of a WebContents to record the guard's listeners and fire events at them. */
function fakeContents() {
  const listeners = new Map<string, Listener>()
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  const closeDevTools = vi.fn()
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener)
      return contents
    },
    setWindowOpenHandler(handler: typeof windowOpenHandler) {
      windowOpenHandler = handler
    },
    closeDevTools,
  }
  const fire = (event: string, ...args: unknown[]) => {
    const listener = listeners.get(event)
    if (!listener) throw new Error(`no listener for ${event}`)
    listener(...args)
  }
  return {
    contents: contents as unknown as WebContents,
    closeDevTools,
    has: (event: string) => listeners.has(event),
    /** Fires an (event, url) event as will-navigate and will-redirect are, and tells whether the guard prevented it. */
    prevented(event: string, url?: string): boolean {
      const preventDefault = vi.fn()
      fire(event, { preventDefault }, url)
      return preventDefault.mock.calls.length > 0
    },
    /** will-frame-navigate hands one details object carrying the URL and preventDefault. */
    preventedFrame(url: string): boolean {
      const preventDefault = vi.fn()
      fire('will-frame-navigate', { url, isMainFrame: false, preventDefault })
      return preventDefault.mock.calls.length > 0
    },
    fire,
    openWindow: (url: string) => windowOpenHandler?.({ url }),
  }
}

function guarded(packaged = true) {
  const fake = fakeContents()
  const openExternal = vi.fn<OpenExternal>()
  guardWebContents(fake.contents, { packaged, openExternal })
  return { ...fake, openExternal }
}

describe('guardWebContents', () => {
  it('keeps the window on app://bundle: will-navigate to anything else is denied', () => {
    const fake = guarded()
    expect(fake.prevented('will-navigate', 'https://example.org/')).toBe(true)
    expect(fake.prevented('will-navigate', 'http://example.org/')).toBe(true)
    expect(fake.prevented('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(fake.prevented('will-navigate', 'app://evil/index.html')).toBe(true)
    expect(fake.prevented('will-navigate', 'app://bundle/index.html#/nguon/wikipedia-apec')).toBe(false)
  })

  it('denies redirects away from the app (will-redirect)', () => {
    const fake = guarded()
    expect(fake.prevented('will-redirect', 'https://example.org/')).toBe(true)
    expect(fake.prevented('will-redirect', 'data:text/html,<script>alert(1)</script>')).toBe(true)
    expect(fake.prevented('will-redirect', 'app://bundle/index.html')).toBe(false)
  })

  it('denies any frame, an iframe included, navigating away from the app (will-frame-navigate)', () => {
    const fake = guarded()
    expect(fake.preventedFrame('https://example.org/')).toBe(true)
    expect(fake.preventedFrame('javascript:alert(1)')).toBe(true)
    expect(fake.preventedFrame('app://bundle/index.html')).toBe(false)
  })

  it('denies every new window, even one for the app itself', () => {
    const fake = guarded()
    for (const url of ['https://example.org/', 'http://example.org/', 'app://bundle/index.html', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(fake.openWindow(url), url).toEqual({ action: 'deny' })
    }
  })

  it('hands an https link that asked for a new window to the confirmed openExternal, and nothing else', () => {
    const fake = guarded()
    fake.openWindow('https://www.apec.org/')
    for (const url of ['http://example.org/', 'app://bundle/index.html', 'file:///etc/passwd', 'mailto:a@example.org']) fake.openWindow(url)
    expect(fake.openExternal.mock.calls).toEqual([['https://www.apec.org/', fake.contents]])
  })

  it('blocks <webview>: attaching one is prevented (will-attach-webview)', () => {
    expect(guarded().prevented('will-attach-webview')).toBe(true)
  })

  it('closes developer tools at once if anything opens them in the packaged app', () => {
    const fake = guarded(true)
    fake.fire('devtools-opened')
    expect(fake.closeDevTools).toHaveBeenCalledOnce()
  })

  it('leaves developer tools alone in development', () => {
    expect(guarded(false).has('devtools-opened')).toBe(false)
  })
})

describe('guardAllWebContents', () => {
  it('guards every web contents the app creates, as packaged as the app is', () => {
    let created: ((event: unknown, contents: WebContents) => void) | undefined
    const app = {
      isPackaged: true,
      on: (event: string, listener: typeof created) => {
        if (event === 'web-contents-created') created = listener
      },
    }
    const openExternal = vi.fn<OpenExternal>()
    guardAllWebContents(app as unknown as App, openExternal)
    const fake = fakeContents()
    created?.({}, fake.contents)
    expect(fake.prevented('will-navigate', 'https://example.org/')).toBe(true)
    fake.openWindow('https://www.apec.org/')
    expect(openExternal).toHaveBeenCalledOnce()
    fake.fire('devtools-opened')
    expect(fake.closeDevTools).toHaveBeenCalledOnce()
  })
})

describe('lockDownSession', () => {
  function lockedSession(packaged = true) {
    let beforeRequest:
      | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void)
      | undefined
    let permissionRequest:
      | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | undefined
    let permissionCheck: ((...args: unknown[]) => boolean) | undefined
    const setSpellCheckerEnabled = vi.fn()
    const setSpellCheckerDictionaryDownloadURL = vi.fn()
    const session = {
      webRequest: {
        onBeforeRequest: (listener: typeof beforeRequest) => (beforeRequest = listener),
      },
      setPermissionRequestHandler: (handler: typeof permissionRequest) =>
        (permissionRequest = handler),
      setPermissionCheckHandler: (handler: typeof permissionCheck) => (permissionCheck = handler),
      setSpellCheckerEnabled,
      setSpellCheckerDictionaryDownloadURL,
    }
    lockDownSession(session as unknown as Session, { packaged })
    return {
      cancelled(url: string): boolean | undefined {
        let cancel: boolean | undefined
        beforeRequest?.({ url }, (response) => (cancel = response.cancel))
        return cancel
      },
      granted(permission: string): boolean | undefined {
        let granted: boolean | undefined
        permissionRequest?.({}, permission, (answer) => (granted = answer))
        return granted
      },
      checked: (permission: string) => permissionCheck?.({}, permission, 'app://bundle', {}),
      setSpellCheckerEnabled,
      setSpellCheckerDictionaryDownloadURL,
    }
  }

  it('offline guarantee: cancels every request that is not for the app files', () => {
    const session = lockedSession()
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:5180/index.html',
      'https://clients2.google.com/service/update2/crx',
      'https://redirector.gvt1.com/edgedl/chrome/dict/vi-vn-3-0.bdic',
      'file:///etc/passwd',
      'app://evil/index.html',
      'ws://localhost/',
      'wss://example.org/socket',
      'ftp://example.org/',
      'data:text/html,<h1>x</h1>',
      'blob:app://bundle/1234',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(session.cancelled(url), url).toBe(true)
    }
    expect(session.cancelled('app://bundle/index.html')).toBe(false)
    expect(session.cancelled('app://bundle/assets/sql-wasm.wasm')).toBe(false)
  })

  it('lets the developer tools load their own pages in development only', () => {
    expect(lockedSession(false).cancelled('devtools://devtools/bundled/inspector.html')).toBe(false)
    expect(lockedSession(false).cancelled('https://example.org/')).toBe(true)
  })

  it('denies every permission request and check', () => {
    const session = lockedSession()
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'pointerLock',
    ]) {
      expect(session.granted(permission), permission).toBe(false)
      expect(session.checked(permission), permission).toBe(false)
    }
  })

  it('turns off the spell checker, and would fetch no dictionary from outside the app', () => {
    const session = lockedSession()
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
    const [url] = session.setSpellCheckerDictionaryDownloadURL.mock.calls[0] ?? []
    expect(url).toMatch(/^app:\/\/bundle\/.*\/$/)
  })

  it('agrees with isAllowedRequest', () => {
    expect(isAllowedRequest('https://example.org/', true)).toBe(false)
    expect(isAllowedRequest('app://bundle/index.html', true)).toBe(true)
  })
})
