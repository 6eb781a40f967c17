/** HTML and its plain-text twin, as "Sao chép" puts them on the clipboard. */
export interface RichText {
  html: string
  text: string
}

/**
 * Puts rich text on the clipboard; false if the browser refused. It answers the browser's own
 * copy command rather than calling navigator.clipboard: a copy the user clicked needs no
 * permission that way, and the desktop app denies every permission request (navigation-guard.ts),
 * so the asynchronous clipboard API would fail there. Must run inside the click.
 */
export function copyRichText(content: RichText): boolean {
  let written = false
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return
    event.clipboardData.setData('text/html', content.html)
    event.clipboardData.setData('text/plain', content.text)
    event.preventDefault()
    written = true
  }
  document.addEventListener('copy', onCopy, true)
  try {
    // The one synchronous way to a user-initiated copy; deprecated, but kept by every browser for this.
    document.execCommand('copy')
  } catch {
    written = false
  } finally {
    document.removeEventListener('copy', onCopy, true)
  }
  return written
}
