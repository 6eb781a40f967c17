import type { App, BrowserWindow } from 'electron'

/**
 * One running copy of the app: a second launch quits at once and the first copy's window comes to
 * the front instead (two copies would write the same library file). Returns whether this process
 * is the one that runs.
 */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>, currentWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', () => bringToFront(currentWindow()))
  return true
}

/** Restores a minimised or hidden window and focuses it; before the first window exists, nothing to do. */
export function bringToFront(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  if (!window.isVisible()) window.show()
  window.focus()
}
