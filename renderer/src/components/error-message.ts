import type { ErrorCode } from '../../../data/core/error-codes'
import { errorMessageVi } from '../../../data/core/error-messages'

/** The message for `code` in the words this build's reader can act on: the web edition's or the desktop app's. */
export function errorMessage(code: ErrorCode): { title: string; advice: string } {
  return errorMessageVi(code, __APP_PLATFORM__ === 'web' ? 'web' : 'desktop')
}
