import { useEffect } from 'react'
import { errorMessage } from '../components/error-message'
import { DEFAULT_SETTINGS } from '../../../data/core/library/library-schema'
import { pdfFileName } from '../../../data/core/pdf-file-name'
import type { Result } from '../../../data/core/result'
import { showToast } from '../components/toast-store'
import { openFindInPage } from '../features/find/find-controller'
import { openAddToPackChooser } from '../features/packs/add-to-pack-controller'
import { printActionsOnScreen } from '../features/print/print-controller'
import { focusSearchBox } from '../features/search/search-box-focus'
import { getSettings, stepZoom, updateSettings } from '../features/settings/settings-store'
import { onMenuCommand } from '../platform/desktop-menu'
import { getPrintPlatform } from '../platform/print-platform'
import { STRINGS } from '../strings'
import { runPageCommand, type PageActions } from './menu-commands'
import type { Route } from '../routing/routes'

/** Answers the desktop menu's commands on the page showing `route`; the web edition receives none. */
export function useMenuCommands(route: Route): void {
  useEffect(() => onMenuCommand((command) => runPageCommand(command, route, PAGE_ACTIONS)), [route])
}

const PAGE_ACTIONS: PageActions = {
  focusSearch: focusSearchBox,
  findInPage: openFindInPage,
  goBack: () => window.history.back(),
  goForward: () => window.history.forward(),
  navigate: (href) => {
    window.location.hash = href
  },
  // The same library setting as the header's A− / A+ buttons, so the size is remembered.
  zoom: (change) => updateSettings({ zoom: change === 'reset' ? DEFAULT_SETTINGS.zoom : stepZoom(getSettings().zoom, change) }),
  printActions: printActionsOnScreen,
  printPage: () => void getPrintPlatform().print().then(tellIfFailed),
  savePageAsPdf: () => void savePageAsPdf(),
  openAddToPack: openAddToPackChooser,
  tell: (message) => showToast(message),
  printPreset: () => getSettings().printPreset,
}

async function savePageAsPdf(): Promise<void> {
  const save = getPrintPlatform().savePdf
  if (!save) return
  const title = document.querySelector('#main h1')?.textContent ?? STRINGS.appName
  const result = await save(pdfFileName(title))
  if (!result.ok) return tellIfFailed(result)
  showToast(result.value.status === 'saved' ? STRINGS.print.saved(result.value.path) : STRINGS.print.saveCancelled)
}

function tellIfFailed(result: Result<unknown>): void {
  if (result.ok) return
  const message = errorMessage(result.error.code)
  showToast(STRINGS.menu.failed(message.title, message.advice))
}
