import type { EncyclopediaApi } from '../../../data/core/api-contract'
import type { DesktopMenuApi, DesktopPrintApi } from '../../../data/core/desktop-contract'
import type { LibraryStore } from '../../../data/core/library/library-contract'

declare global {
  /** Set at build time: which shell the renderer is built for. */
  const __APP_PLATFORM__: 'electron' | 'web'

  interface Window {
    /** Exposed by the desktop app's preload; absent in the web edition. */
    readonly encyclopedia?: EncyclopediaApi
    /** Print dialog and "Lưu PDF", exposed by the desktop app's preload; absent in the web edition. */
    readonly desktopPrint?: DesktopPrintApi
    /** The application menu's commands for the page, exposed by the desktop preload; absent in the web edition. */
    readonly desktopMenu?: DesktopMenuApi
    /** The user's library file in userData, exposed by the desktop preload; absent in the web edition. */
    readonly library?: LibraryStore
  }
}
