import { app, type BrowserWindow, Menu, session } from 'electron'
import type { EncyclopediaApi } from '../../data/core/api-contract'
import { registerAppScheme, serveAppProtocol } from './app-protocol'
import { resolveAppPaths } from './app-paths'
import { registerApiHandlers } from './ipc'
import { electronLibraryDialogs } from './library/library-dialogs'
import { createLibraryFileStore } from './library/library-file-store'
import { registerLibraryHandlers } from './library/library-ipc'
import { finishSavesBeforeQuit } from './library/quit-guard'
import { buildApplicationMenu } from './menu'
import { guardAllWebContents, lockDownSession } from './navigation-guard'
import { loadPackApi } from './pack-loader'
import { createMainWindow } from './window'

/** Lifecycle only: every decision lives in the modules it wires together. */
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  registerAppScheme()
  guardAllWebContents(app)
  let mainWindow: BrowserWindow | null = null

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('window-all-closed', () => app.quit())

  void app.whenReady().then(async () => {
    const paths = resolveAppPaths({
      mainDir: __dirname,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
      packaged: app.isPackaged,
    })
    lockDownSession(session.defaultSession)
    serveAppProtocol(paths.rendererDir)
    const api: EncyclopediaApi = await loadPackApi(paths.pack)
    registerApiHandlers(() => api)
    const library = createLibraryFileStore(app.getPath('userData'))
    registerLibraryHandlers(library, electronLibraryDialogs)
    finishSavesBeforeQuit(app, library)
    Menu.setApplicationMenu(buildApplicationMenu())
    mainWindow = createMainWindow(paths.preload, app.isPackaged)
    mainWindow.on('closed', () => {
      mainWindow = null
    })
  })
}
