import { dialog, type BrowserWindow } from 'electron'
import { ERROR_MESSAGES_VI } from '../../data/core/error-messages'
import type { ApiError } from '../../data/core/result'
import { APP_START_URL } from './app-url'
import { createSerialQueue } from './library/serial-queue'
import { importPack, type PackImportOptions } from './pack/import-pack'
import { loadPackApi, openPackFile, type OpenPack } from './pack-loader'

export type OpenPackOutcome = 'opened' | 'cancelled' | 'refused'

/** Puts a pack in use and releases the one it replaces. */
export type ActivatePack = (pack: OpenPack) => void

export interface PackSwitcherOptions extends PackImportOptions {
  /** The pack that ships with the app, always there to return to. */
  shippedPack: string
}

/** Which pack the window uses: the shipped one, or a checked copy of one the user chose. */
export interface PackSwitcher {
  /** The last pack the user opened if it still opens, otherwise the shipped pack. */
  openAtStart(): Promise<OpenPack>
  /** Once the window is up: says why the last pack was not reopened, if it was not. */
  tellWhyLastPackWasDropped(window: BrowserWindow): Promise<void>
  /** File → "Mở gói dữ liệu...": asks for a pack file, then opens it as openChosen does. */
  openFromDialog(window: BrowserWindow, activate: ActivatePack): Promise<OpenPackOutcome>
  /** Checks the pack at `path` (importPack) and switches to it, or says why not and keeps the current one. */
  openChosen(window: BrowserWindow, path: string, activate: ActivatePack): Promise<OpenPackOutcome>
  /** File → "Dùng gói dữ liệu có sẵn": back to the shipped pack, forgetting the last one. */
  openShipped(window: BrowserWindow, activate: ActivatePack): Promise<OpenPackOutcome>
}

export function createPackSwitcher(options: PackSwitcherOptions): PackSwitcher {
  const { folder, shippedPack } = options
  // One switch at a time: a slow check never lands after a choice made while it ran.
  const serial = createSerialQueue()
  let droppedAtStart: ApiError | null = null

  /** `record` saves the choice for the next start once the pack is in use. */
  async function switchTo(
    window: BrowserWindow,
    pack: OpenPack,
    activate: ActivatePack,
    record: () => Promise<unknown>,
  ): Promise<OpenPackOutcome> {
    activate(pack)
    await record()
    // A fresh load: the page caches what the old pack answered, and its route may not exist here.
    await window.loadURL(APP_START_URL)
    return 'opened'
  }

  const switcher: PackSwitcher = {
    openAtStart: () =>
      serial(async () => {
        const last = await folder.remembered()
        const checked = folder.checkedPacks
        if (last !== null) {
          const opened = await openPackFile(last, last, { checked })
          if (opened.ok) {
            await folder.sweep(last)
            return opened.value
          }
          droppedAtStart = opened.error
        }
        // Gone, or unusable by this version of the app: the shipped pack, and the copy is dropped.
        await folder.forget()
        return loadPackApi(shippedPack, checked)
      }),

    async tellWhyLastPackWasDropped(window) {
      const error = droppedAtStart
      droppedAtStart = null
      if (error === null) return
      const message = ERROR_MESSAGES_VI[error.code]
      await dialog.showMessageBox(window, {
        type: 'warning',
        title: 'Không mở lại được gói dữ liệu dùng lần trước',
        message: message.title,
        detail: `${message.advice}\n\nỨng dụng đang dùng gói dữ liệu có sẵn. Chọn Tệp → "Mở gói dữ liệu..." để mở lại gói của bạn.\n\nChi tiết: ${error.message}`,
        buttons: ['Đóng'],
      })
    },

    async openFromDialog(window, activate) {
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
      return switcher.openChosen(window, path, activate)
    },

    openChosen: (window, path, activate) =>
      serial(async () => {
        const imported = await importPack(path, options)
        if (!imported.ok) return showRefusal(window, imported.error)
        const { pack, copy } = imported.value
        // A failure to remember only changes which pack the next start opens; this one is in use.
        return switchTo(window, pack, activate, () => folder.remember(copy))
      }),

    openShipped: (window, activate) =>
      serial(async () => {
        const opened = await openPackFile(shippedPack, shippedPack, { checked: folder.checkedPacks })
        if (!opened.ok) return showRefusal(window, opened.error)
        return switchTo(window, opened.value, activate, () => folder.forget())
      }),
  }
  return switcher
}

/** The reason in Vietnamese; the pack in use is left as it was. */
async function showRefusal(window: BrowserWindow, error: ApiError): Promise<OpenPackOutcome> {
  const message = ERROR_MESSAGES_VI[error.code]
  await dialog.showMessageBox(window, {
    type: 'warning',
    title: 'Không mở được gói dữ liệu',
    message: message.title,
    detail: `${message.advice}\n\nGói dữ liệu đang dùng vẫn được giữ nguyên.\n\nChi tiết: ${error.message}`,
    buttons: ['Đóng'],
  })
  return 'refused'
}
