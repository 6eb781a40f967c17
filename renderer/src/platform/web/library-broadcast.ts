/**
 * Tabs of the web edition share one IndexedDB library. After a save, a tab says so on this
 * channel, and the others read the library again before their next change, so a tab opened
 * earlier never saves its stale copy over what another tab just added.
 */
const CHANNEL = 'bach-khoa-apec-library'

let channel: BroadcastChannel | null | undefined

function open(): BroadcastChannel | null {
  channel ??= typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null
  return channel
}

export function announceLibrarySaved(): void {
  open()?.postMessage('saved')
}

export function onLibrarySavedElsewhere(listener: () => void): () => void {
  const opened = open()
  if (!opened) return () => undefined
  opened.addEventListener('message', listener)
  return () => opened.removeEventListener('message', listener)
}
