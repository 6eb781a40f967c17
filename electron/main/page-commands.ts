import type { BrowserWindow } from 'electron'
import { DESKTOP_MENU_CHANNEL, type PageCommand, type PageCommandMessage } from '../../data/core/desktop-contract'

/** Sends a menu command to the page in `window`, on the one menu channel; no window, no message. */
export function sendPageCommand(window: BrowserWindow | null, command: PageCommand): void {
  if (!window || window.isDestroyed()) return
  window.webContents.send(DESKTOP_MENU_CHANNEL, { command } satisfies PageCommandMessage)
}
