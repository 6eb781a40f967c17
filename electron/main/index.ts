import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, Menu, screen, session } from 'electron'
import { showAboutDialog } from './about-dialog'
import { registerAppScheme, serveAppProtocol } from './app-protocol'
import { resolveAppPaths } from './app-paths'
import { openExternalLink } from './external-links'
import { registerApiHandlers } from './ipc'
import { electronLibraryDialogs } from './library/library-dialogs'
import { createLibraryFileStore } from './library/library-file-store'
import { registerLibraryHandlers } from './library/library-ipc'
import { finishSavesBeforeQuit } from './library/quit-guard'
import { buildApplicationMenu } from './menu'
import { guardAllWebContents, lockDownSession } from './navigation-guard'
import { createPackSwitcher } from './open-pack'
import { createPackFolder } from './pack/pack-folder'
import type { OpenPack } from './pack-loader'
import { sendPageCommand } from './page-commands'
import { portableUserDataDir } from './portable-mode'
import { registerPrintHandlers } from './print/print-handlers'
import { claimSingleInstance } from './single-instance'
import { createMainWindow, rememberWindowState } from './window'
import { restoredPlacement } from './window-state'
import { createWindowStateFile } from './window-state-file'
import { zoomWithMouseWheel } from './wheel-zoom'

let mainWindow: BrowserWindow | null = null

/** Lifecycle only: every decision lives in the modules it wires together. */
// First, before the single-instance lock: the lock is keyed on the user data folder, so each
// portable copy runs as its own app.
const portableUserData = portableUserDataDir({
  execPath: process.execPath,
  packaged: app.isPackaged,
  exists: existsSync,
})
if (portableUserData) app.setPath('userData', portableUserData)

if (claimSingleInstance(app, () => mainWindow)) {
  registerAppScheme()
  guardAllWebContents(app, (url, contents) => void openExternalLink(url, BrowserWindow.fromWebContents(contents)))

  app.on('window-all-closed', () => app.quit())

  void app.whenReady().then(async () => {
    const paths = resolveAppPaths({
      mainDir: __dirname,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
      packaged: app.isPackaged,
    })
    lockDownSession(session.defaultSession, { packaged: app.isPackaged })
    serveAppProtocol(paths.rendererDir)
    const packs = createPackSwitcher({
      shippedPack: paths.pack,
      folder: createPackFolder(join(app.getPath('userData'), 'packs')),
      checkWorker: { script: paths.packCheckWorker },
    })
    let pack: OpenPack = await packs.openAtStart()
    registerApiHandlers(() => pack.api)
    registerPrintHandlers()
    const activate = (opened: OpenPack) => {
      const previous = pack
      pack = opened
      previous.close()
    }
    Menu.setApplicationMenu(
      buildApplicationMenu(
        {
          openPack: () => mainWindow && void packs.openFromDialog(mainWindow, activate),
          openShippedPack: () => mainWindow && void packs.openShipped(mainWindow, activate),
          showAbout: () => void showAboutDialog(mainWindow, pack.api, { name: app.getName(), version: app.getVersion() }),
          sendToPage: (command) => sendPageCommand(mainWindow, command),
        },
        { packaged: app.isPackaged },
      ),
    )
    const library = createLibraryFileStore(app.getPath('userData'))
    registerLibraryHandlers(library, electronLibraryDialogs)
    finishSavesBeforeQuit(app, library)
    const windowState = createWindowStateFile(app.getPath('userData'))
    finishSavesBeforeQuit(app, windowState)
    const workAreas = screen.getAllDisplays().map((display) => display.workArea)
    const window = createMainWindow(paths.preload, app.isPackaged, restoredPlacement(await windowState.load(), workAreas))
    mainWindow = window
    rememberWindowState(window, (state) => windowState.save(state))
    zoomWithMouseWheel(window.webContents, (command) => sendPageCommand(window, command))
    window.once('ready-to-show', () => void packs.tellWhyLastPackWasDropped(window))
    mainWindow.on('closed', () => {
      mainWindow = null
    })
  })
}
