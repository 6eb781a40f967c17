import { BrowserWindow } from 'electron'
import { APP_START_URL } from './app-url'
import { secureWindowOptions } from './window-options'
import type { WindowPlacement, WindowState } from './window-state'

/** The one window factory: every window the app opens gets the same hardening and start page. */
export function createMainWindow(preloadPath: string, packaged: boolean, placement: WindowPlacement): BrowserWindow {
  // Only the rectangle comes from the saved state; every other option is the hardened one.
  const window = new BrowserWindow({ ...secureWindowOptions(preloadPath, packaged), ...placement.bounds })
  // Shown only once painted, so the user never sees a white flash.
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize()
    window.show()
  })
  void window.loadURL(APP_START_URL)
  return window
}

/** Saves where the window is as it closes: its normal rectangle even when maximised or minimised. */
export function rememberWindowState(window: BrowserWindow, save: (state: WindowState) => void): void {
  window.on('close', () => save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }))
}
