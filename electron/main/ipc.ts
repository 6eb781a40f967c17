import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { API_CHANNELS, API_METHODS, type EncyclopediaApi } from '../../data/core/api-contract'
import { callApi } from '../../data/core/api-dispatch'
import { errorResult } from '../../data/core/catalog-api'
import { fail, type Result } from '../../data/core/result'
import { isTrustedSender } from './sender-check'

/** Whether a web contents belongs to one of our windows (not a devtools or foreign contents). */
export const isAppWindow = (sender: IpcMainInvokeEvent['sender']): boolean =>
  BrowserWindow.fromWebContents(sender) !== null

/**
 * The one way main answers IPC: check the sender frame, validate the input from `unknown`, call
 * the API, and turn anything thrown into `{ ok: false, error }` so the renderer never sees a rejection.
 */
export function handleApiCall(
  getApi: () => EncyclopediaApi,
  method: (typeof API_METHODS)[number],
): (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<unknown>> {
  return async (event, input) => {
    if (!isTrustedSender(event, isAppWindow)) {
      return fail('forbidden-sender', `${method}: sender is not the app's top frame`)
    }
    try {
      return await callApi(getApi(), method, input)
    } catch (error) {
      return errorResult(error)
    }
  }
}

/** Registers one handler per contract method; `getApi` is read per call so a newly opened pack takes effect. */
export function registerApiHandlers(getApi: () => EncyclopediaApi): void {
  for (const method of API_METHODS) {
    ipcMain.handle(API_CHANNELS[method], handleApiCall(getApi, method))
  }
}
