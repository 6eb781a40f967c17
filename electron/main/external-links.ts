import { dialog, shell, type BrowserWindow, type MessageBoxOptions } from 'electron'

export type ExternalLinkOutcome = 'opened' | 'cancelled' | 'refused' | 'failed'

/** Longer than any address a person would read before agreeing to open it. */
const MAX_URL_LENGTH = 2048

/**
 * The only addresses the app will hand to the system browser: https, with a host, and no user
 * name or password (which can disguise where a link really goes). Returns the normalised address,
 * whose host is in punycode, so a look-alike domain shows as what it is; null for anything else.
 */
export function openableExternalUrl(url: string): string | null {
  if (url.length > MAX_URL_LENGTH) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' || parsed.hostname === '') return null
  if (parsed.username !== '' || parsed.password !== '') return null
  return parsed.href
}

/**
 * The app's one call to shell.openExternal: only an https address, and only after the user has
 * read it and agreed. "Huỷ" is both the default button and what Escape does.
 */
export async function openExternalLink(url: string, owner: BrowserWindow | null): Promise<ExternalLinkOutcome> {
  const href = openableExternalUrl(url)
  if (href === null) return 'refused'
  const options = confirmationOptions(href)
  const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options)
  if (response !== OPEN_BUTTON) return 'cancelled'
  try {
    await shell.openExternal(href)
    return 'opened'
  } catch {
    return 'failed'
  }
}

const OPEN_BUTTON = 0
const CANCEL_BUTTON = 1

function confirmationOptions(href: string): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Liên kết ngoài',
    message: 'Mở liên kết ngoài trong trình duyệt?',
    detail: `${href}\n\nTrang này nằm ngoài Bách khoa APEC và cần kết nối Internet.`,
    buttons: ['Mở trong trình duyệt', 'Huỷ'],
    defaultId: CANCEL_BUTTON,
    cancelId: CANCEL_BUTTON,
    noLink: true,
  }
}
