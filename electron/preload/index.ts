import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { API_CHANNELS, type EncyclopediaApi } from '../../data/core/api-contract'
import { DESKTOP_PRINT_CHANNELS, type DesktopPrintApi, DESKTOP_MENU_CHANNEL, parsePageCommandMessage, type DesktopMenuApi } from '../../data/core/desktop-contract'
import { LIBRARY_CHANNELS, type LibraryStore } from '../../data/core/library/library-contract'

/**
 * Exposes exactly the contract's methods and nothing of ipcRenderer itself. `satisfies` makes a
 * missing or extra method a compile error.
 */
const encyclopedia = {
  getPackInfo: () => ipcRenderer.invoke(API_CHANNELS.getPackInfo),
  listSources: (input) => ipcRenderer.invoke(API_CHANNELS.listSources, input),
  getSource: (input) => ipcRenderer.invoke(API_CHANNELS.getSource, input),
  listEntries: (input) => ipcRenderer.invoke(API_CHANNELS.listEntries, input),
  getEntry: (input) => ipcRenderer.invoke(API_CHANNELS.getEntry, input),
  listMembers: () => ipcRenderer.invoke(API_CHANNELS.listMembers),
  getTimeline: () => ipcRenderer.invoke(API_CHANNELS.getTimeline),
  listApecYears: () => ipcRenderer.invoke(API_CHANNELS.listApecYears),
  search: (input) => ipcRenderer.invoke(API_CHANNELS.search, input),
  suggest: (input) => ipcRenderer.invoke(API_CHANNELS.suggest, input),
  answer: (input) => ipcRenderer.invoke(API_CHANNELS.answer, input),
  getComparison: (input) => ipcRenderer.invoke(API_CHANNELS.getComparison, input),
} satisfies EncyclopediaApi

contextBridge.exposeInMainWorld('encyclopedia', encyclopedia)

/** Printing the page on screen, saving it as PDF, and saving its Word export: the desktop app's only extras. */
const desktopPrint = {
  print: () => ipcRenderer.invoke(DESKTOP_PRINT_CHANNELS.print),
  savePdf: (input) => ipcRenderer.invoke(DESKTOP_PRINT_CHANNELS.savePdf, input),
  saveDocx: (input) => ipcRenderer.invoke(DESKTOP_PRINT_CHANNELS.saveDocx, input),
} satisfies DesktopPrintApi

contextBridge.exposeInMainWorld('desktopPrint', desktopPrint)

/**
 * The application menu's commands for the page. The page gets the command name only, never the
 * IPC event (whose `sender` would hand it ipcRenderer), and anything but a known name is dropped.
 */
const desktopMenu = {
  onMenuCommand(listener) {
    const forward = (_event: IpcRendererEvent, message: unknown) => {
      const command = parsePageCommandMessage(message)
      if (command !== null) listener(command)
    }
    ipcRenderer.on(DESKTOP_MENU_CHANNEL, forward)
    return () => {
      ipcRenderer.removeListener(DESKTOP_MENU_CHANNEL, forward)
    }
  },
} satisfies DesktopMenuApi

contextBridge.exposeInMainWorld('desktopMenu', desktopMenu)

/** The user's library (bookmarks, notes, history, packs, settings): load, save, export and import. */
const library = {
  load: () => ipcRenderer.invoke(LIBRARY_CHANNELS.load),
  save: (request) => ipcRenderer.invoke(LIBRARY_CHANNELS.save, request),
  exportTo: (document) => ipcRenderer.invoke(LIBRARY_CHANNELS.exportTo, document),
  importFrom: () => ipcRenderer.invoke(LIBRARY_CHANNELS.importFrom),
} satisfies LibraryStore

contextBridge.exposeInMainWorld('library', library)
