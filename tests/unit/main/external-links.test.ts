import type { MessageBoxOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  /** The button the user presses in the confirmation dialog. */
  answer: 0,
  showMessageBox: vi.fn(),
  openExternal: vi.fn((_url: string) => Promise.resolve()),
}))

vi.mock('electron', () => ({
  dialog: { showMessageBox: electron.showMessageBox },
  shell: { openExternal: electron.openExternal },
}))

const { openExternalLink, openableExternalUrl } = await import('../../../electron/main/external-links')

beforeEach(() => {
  electron.showMessageBox.mockReset()
  electron.showMessageBox.mockImplementation(() => Promise.resolve({ response: electron.answer }))
  electron.openExternal.mockClear()
  electron.answer = 0
})

function dialogOptions(): MessageBoxOptions {
  const call = electron.showMessageBox.mock.calls[0] ?? []
  return call[call.length - 1] as MessageBoxOptions
}

describe('openExternalLink: the one openExternal', () => {
  it('opens an https link only after the user confirms, showing the address in Vietnamese', async () => {
    const owner = { id: 1 }
    expect(await openExternalLink('https://www.apec.org/about-us', owner as never)).toBe('opened')
    expect(electron.showMessageBox).toHaveBeenCalledOnce()
    expect(electron.showMessageBox.mock.calls[0]?.[0]).toBe(owner)
    const options = dialogOptions()
    expect(options.message).toBe('Mở liên kết ngoài trong trình duyệt?')
    expect(options.detail).toContain('https://www.apec.org/about-us')
    expect(options.buttons).toEqual(['Mở trong trình duyệt', 'Huỷ'])
    expect(electron.openExternal.mock.calls).toEqual([['https://www.apec.org/about-us']])
  })

  it('makes "Huỷ" the default button and the answer to Escape, and opens nothing when chosen', async () => {
    electron.answer = 1
    expect(await openExternalLink('https://www.apec.org/', null)).toBe('cancelled')
    const options = dialogOptions()
    expect(options.buttons?.[options.defaultId ?? -1]).toBe('Huỷ')
    expect(options.buttons?.[options.cancelId ?? -1]).toBe('Huỷ')
    expect(electron.openExternal).not.toHaveBeenCalled()
  })

  it.each([
    ['http', 'http://www.apec.org/'],
    ['file', 'file:///C:/Windows/System32/calc.exe'],
    ['javascript', 'javascript:alert(1)'],
    ['mailto', 'mailto:someone@example.org'],
    ['the app itself', 'app://bundle/index.html'],
    ['a smb share', 'smb://server/share'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['a user name and password in the address', 'https://user:secret@example.org/'],
    ['a user name disguising the host', 'https://www.apec.org@evil.example/'],
    ['no address at all', 'not a url'],
    ['an address too long to read', `https://example.org/${'a'.repeat(3000)}`],
  ])('refuses %s without asking or opening anything', async (_kind, url) => {
    expect(await openExternalLink(url, null)).toBe('refused')
    expect(electron.showMessageBox).not.toHaveBeenCalled()
    expect(electron.openExternal).not.toHaveBeenCalled()
  })

  it('shows a look-alike domain (Cyrillic "а") in punycode, as it really is', async () => {
    electron.answer = 1
    await openExternalLink('https://аpec.org/', null)
    expect(dialogOptions().detail).toContain('https://xn--pec-5cd.org/')
    expect(openableExternalUrl('https://аpec.org/')).toBe('https://xn--pec-5cd.org/')
  })

  it('reports a browser that would not start as failed, not as a crash', async () => {
    electron.openExternal.mockImplementationOnce(() => Promise.reject(new Error('no handler')))
    expect(await openExternalLink('https://www.apec.org/', null)).toBe('failed')
  })
})
