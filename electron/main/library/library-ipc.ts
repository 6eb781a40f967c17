import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { LIBRARY_CHANNELS, type LibraryMethod, type LibraryStore } from '../../../data/core/library/library-contract'
import { LIBRARY_INPUT_SCHEMAS } from '../../../data/core/library/library-inputs'
import { fail, ok, type Result } from '../../../data/core/result'
import { isAppWindow } from '../ipc'
import { isTrustedSender } from '../sender-check'
import { exportLibraryTo, importLibraryFrom } from './library-exchange'
import type { LibraryDialogs } from './library-dialogs'
import type { LibraryFileStore } from './library-file-store'

/** What each channel does, given its validated input and the window that asked (to own a dialog). */
export type LibraryHandlers = {
  readonly [K in LibraryMethod]: (input: Parameters<LibraryStore[K]>[0], owner: BrowserWindow | null) => ReturnType<LibraryStore[K]>
}

/**
 * Like the encyclopedia's handlers: the sender must be the app's top frame and the input must pass
 * the method's schema (a whole library document for save and export) before anything is touched.
 */
export function handleLibraryCall<K extends LibraryMethod>(
  method: K,
  handler: LibraryHandlers[K],
): (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<unknown>> {
  return async (event, input) => {
    if (!isTrustedSender(event, isAppWindow)) return fail('forbidden-sender', `${method}: sender is not the app's top frame`)
    const parsed = LIBRARY_INPUT_SCHEMAS[method].safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return fail('invalid-input', `${method}: ${issue ? `${issue.path.join('.') || '(input)'}: ${issue.message}` : 'invalid input'}`)
    }
    try {
      const answer: Promise<Result<unknown>> = handler(parsed.data, BrowserWindow.fromWebContents(event.sender))
      return await answer
    } catch (error) {
      return fail('internal', error instanceof Error ? error.message : String(error))
    }
  }
}

export function libraryHandlers(files: LibraryFileStore, dialogs: LibraryDialogs): LibraryHandlers {
  return {
    load: () => files.load(),
    save: (request) => files.save(request),
    async exportTo(library, owner) {
      const path = await dialogs.chooseExportPath(owner)
      return path === null ? ok(null) : exportLibraryTo(path, library)
    },
    async importFrom(_input, owner) {
      const path = await dialogs.chooseImportPath(owner)
      return path === null ? ok(null) : importLibraryFrom(path)
    },
  }
}

export function registerLibraryHandlers(files: LibraryFileStore, dialogs: LibraryDialogs): void {
  const handlers = libraryHandlers(files, dialogs)
  const register = <K extends LibraryMethod>(method: K) =>
    ipcMain.handle(LIBRARY_CHANNELS[method], handleLibraryCall(method, handlers[method]))
  for (const method of Object.keys(LIBRARY_CHANNELS) as LibraryMethod[]) register(method)
}
