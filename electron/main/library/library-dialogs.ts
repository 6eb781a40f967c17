import { app, dialog, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { libraryExportFileName } from '../../../data/core/library/library-text'

/** The two file dialogs of the library; null when the user cancels. */
export interface LibraryDialogs {
  chooseExportPath(owner: BrowserWindow | null): Promise<string | null>
  chooseImportPath(owner: BrowserWindow | null): Promise<string | null>
}

const JSON_FILTERS = [{ name: 'Tệp thư viện (JSON)', extensions: ['json'] }]

export const electronLibraryDialogs: LibraryDialogs = {
  async chooseExportPath(owner) {
    const options = {
      title: 'Xuất thư viện ra tệp',
      buttonLabel: 'Xuất',
      defaultPath: join(app.getPath('documents'), libraryExportFileName(new Date())),
      filters: JSON_FILTERS,
    }
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  },
  async chooseImportPath(owner) {
    const options = { title: 'Nhập thư viện từ tệp', buttonLabel: 'Nhập', filters: JSON_FILTERS, properties: ['openFile' as const] }
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  },
}
