import type { App, Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  guardAllWebContents,
  guardWebContents,
  isAllowedRequest,
  lockDownSession,
} from '../../../electron/main/navigation-guard'

vi.mock('electron', () => ({}))

type Listener = (event: { preventDefault: () => void }, url?: string) => void

/** Just enough of a WebContents to record the guard's listeners and fire events at them. */
function fakeContents() {
  const listeners = new Map<string, Listener>()
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener)
      return contents
    },
    setWindowOpenHandler(handler: typeof windowOpenHandler) {
      windowOpenHandler = handler
    },
  }
  return {
    contents: contents as unknown as WebContents,
    /** Fires an event and tells whether the guard prevented it. */
    prevented(event: string, url?: string): boolean {
      const listener = listeners.get(event)
      if (!listener) throw new Error(`no listener for ${event}`)
      const preventDefault = vi.fn()
      listener({ preventDefault }, url)
      return preventDefault.mock.calls.length > 0
    },
    openWindow: (url: string) => windowOpenHandler?.({ url }),
  }
}

describe('guardWebContents', () => {
  it('keeps the window on app://bundle', () => {
    const fake = fakeContents()
    guardWebContents(fake.contents)
    expect(fake.prevented('will-navigate', 'https://example.org/')).toBe(true)
    expect(fake.prevented('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(fake.prevented('will-navigate', 'app://evil/index.html')).toBe(true)
    expect(fake.prevented('will-navigate', 'app://bundle/index.html#/nguon/wikipedia-apec')).toBe(
      false,
    )
  })

  it('stops redirects away from the app', () => {
    const fake = fakeContents()
    guardWebContents(fake.contents)
    expect(fake.prevented('will-redirect', 'https://example.org/')).toBe(true)
    expect(fake.prevented('will-redirect', 'app://bundle/index.html')).toBe(false)
  })

  it('denies every new window, even one for the app itself', () => {
    const fake = fakeContents()
    guardWebContents(fake.contents)
    expect(fake.openWindow('https://example.org/')).toEqual({ action: 'deny' })
    expect(fake.openWindow('app://bundle/index.html')).toEqual({ action: 'deny' })
  })

  it('prevents attaching a <webview>', () => {
    const fake = fakeContents()
    guardWebContents(fake.contents)
    expect(fake.prevented('will-attach-webview')).toBe(true)
  })
})

describe('guardAllWebContents', () => {
  it('guards every web contents the app creates', () => {
    let created: ((event: unknown, contents: WebContents) => void) | undefined
    const app = {
      on: (event: string, listener: typeof created) => {
        if (event === 'web-contents-created') created = listener
      },
    }
    guardAllWebContents(app as unknown as App)
    const fake = fakeContents()
    created?.({}, fake.contents)
    expect(fake.prevented('will-navigate', 'https://example.org/')).toBe(true)
  })
})

describe('lockDownSession', () => {
  function lockedSession() {
    let beforeRequest:
      | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void)
      | undefined
    let permissionRequest:
      | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | undefined
    let permissionCheck: ((...args: unknown[]) => boolean) | undefined
    const setSpellCheckerEnabled = vi.fn()
    const session = {
      webRequest: {
        onBeforeRequest: (listener: typeof beforeRequest) => (beforeRequest = listener),
      },
      setPermissionRequestHandler: (handler: typeof permissionRequest) =>
        (permissionRequest = handler),
      setPermissionCheckHandler: (handler: typeof permissionCheck) => (permissionCheck = handler),
      setSpellCheckerEnabled,
    }
    lockDownSession(session as unknown as Session)
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
    }
  }

  it('cancels every request that is not for the app files', () => {
    const session = lockedSession()
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:5180/index.html',
      'file:///etc/passwd',
      'app://evil/index.html',
      'ws://localhost/',
    ]) {
      expect(session.cancelled(url), url).toBe(true)
    }
    expect(session.cancelled('app://bundle/index.html')).toBe(false)
    expect(session.cancelled('app://bundle/assets/sql-wasm.wasm')).toBe(false)
  })

  it('denies every permission request and check', () => {
    const session = lockedSession()
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(session.granted(permission), permission).toBe(false)
      expect(session.checked(permission), permission).toBe(false)
    }
  })

  it('turns off the spell checker, which would download dictionaries', () => {
    expect(lockedSession().setSpellCheckerEnabled).toHaveBeenCalledWith(false)
  })

  it('agrees with isAllowedRequest', () => {
    expect(isAllowedRequest('https://example.org/')).toBe(false)
    expect(isAllowedRequest('app://bundle/index.html')).toBe(true)
  })
})
