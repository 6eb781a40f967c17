import type { IpcMainInvokeEvent } from 'electron'
import { isAppUrl } from './app-url'

/**
 * IPC is answered only for the app's own top frame: a sub-frame, a frame showing anything but
 * app://bundle, or a web contents that is not one of our windows is refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, isAppWindow: (sender: IpcMainInvokeEvent['sender']) => boolean): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  if (frame !== event.sender.mainFrame) return false
  if (!isAppUrl(frame.url)) return false
  return isAppWindow(event.sender)
}
