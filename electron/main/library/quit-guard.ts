import type { App } from 'electron'
import type { LibraryFileStore } from './library-file-store'

/**
 * Quitting waits for a library save that is under way (the last note typed before closing the
 * window), then quits for real. The save is atomic either way; this keeps the newest words.
 */
export function finishSavesBeforeQuit(app: Pick<App, 'on' | 'quit'>, library: Pick<LibraryFileStore, 'busy' | 'settled'>): void {
  app.on('will-quit', (event) => {
    if (!library.busy()) return
    event.preventDefault()
    void library.settled().then(() => app.quit())
  })
}
