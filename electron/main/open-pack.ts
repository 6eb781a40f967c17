import { dialog, type BrowserWindow } from 'electron'
import { ERROR_MESSAGES_VI } from '../../data/core/error-messages'
import { APP_START_URL } from './app-url'
import { openPackFile, type OpenPack } from './pack-loader'

export type OpenPackOutcome = 'opened' | 'cancelled' | 'refused'

/** File → "Mở gói dữ liệu...": asks for a pack file, then opens it as openPackAt does. */
export async function openPackFromDialog(
  window: BrowserWindow,
  activate: (pack: OpenPack) => void,
): Promise<OpenPackOutcome> {
  const choice = await dialog.showOpenDialog(window, {
    title: 'Mở gói dữ liệu',
    buttonLabel: 'Mở',
    properties: ['openFile'],
    filters: [
      { name: 'Gói dữ liệu Bách khoa APEC', extensions: ['sqlite', 'db'] },
      { name: 'Tất cả các tệp', extensions: ['*'] },
    ],
  })
  const path = choice.filePaths[0]
  if (choice.canceled || path === undefined) return 'cancelled'
  return openPackAt(window, path, activate)
}

/**
 * Switches the window to the pack at `path` and shows its home page. A pack that cannot be used
 * is refused with the reason in Vietnamese, and the pack already open stays in use.
 */
export async function openPackAt(
  window: BrowserWindow,
  path: string,
  activate: (pack: OpenPack) => void,
): Promise<OpenPackOutcome> {
  const opened = await openPackFile(path)
  if (!opened.ok) {
    const message = ERROR_MESSAGES_VI[opened.error.code]
    await dialog.showMessageBox(window, {
      type: 'warning',
      title: 'Không mở được gói dữ liệu',
      message: message.title,
      detail: `${message.advice}\n\nGói dữ liệu đang dùng vẫn được giữ nguyên.\n\nChi tiết: ${opened.error.message}`,
      buttons: ['Đóng'],
    })
    return 'refused'
  }
  activate(opened.value)
  // A fresh load: the page caches what the old pack answered, and its route may not exist here.
  await window.loadURL(APP_START_URL)
  return 'opened'
}
