import type { BrowserWindowConstructorOptions } from 'electron'
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from './window-state'

/**
 * Every hardening option of Electron's security checklist for our one kind of window, in one
 * place so a test can assert them all.
 */
export function secureWindowOptions(preloadPath: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: DEFAULT_WINDOW_SIZE.width,
    height: DEFAULT_WINDOW_SIZE.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Bách khoa APEC',
    backgroundColor: '#f7f5f0',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: !packaged,
    },
  }
}
