import { contextBridge, ipcRenderer } from 'electron'
import { API_CHANNELS, type EncyclopediaApi } from '../../data/core/api-contract'

/**
 * Exposes exactly the contract's methods and nothing of ipcRenderer itself. `satisfies` makes a
 * missing or extra method a compile error.
 */
const encyclopedia = {
  getPackInfo: () => ipcRenderer.invoke(API_CHANNELS.getPackInfo),
  listSources: () => ipcRenderer.invoke(API_CHANNELS.listSources),
  getSource: (input) => ipcRenderer.invoke(API_CHANNELS.getSource, input),
} satisfies EncyclopediaApi

contextBridge.exposeInMainWorld('encyclopedia', encyclopedia)
