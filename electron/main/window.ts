import { BrowserWindow } from 'electron'
import { APP_START_URL } from './app-url'
import { secureWindowOptions } from './window-options'

/** The one window factory: every window the app opens gets the same hardening and start page. */
export function createMainWindow(preloadPath: string, packaged: boolean): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(preloadPath, packaged))
  // Shown only once painted, so the user never sees a white flash.
  window.once('ready-to-show', () => window.show())
  void window.loadURL(APP_START_URL)
  return window
}
