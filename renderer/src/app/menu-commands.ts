import type { PageCommand } from '../../../data/core/desktop-contract'
import type { PrintActions } from '../features/print/print-controller'
import type { PrintPreset } from '../routing/print-presets'
import { STRINGS } from '../strings'
import { routeHref, type Route } from '../routing/routes'

/** Where Tệp › In... (Ctrl+P), Lưu PDF... (Ctrl+S) and Xuất Word... (Ctrl+Shift+S) lead from the page on screen. */
export type PrintTarget = { kind: 'toolbar' } | { kind: 'preview'; route: Route } | { kind: 'page' }

/**
 * What a user expects printing to do from each page:
 * - in a print preview, exactly what its "In...", "Lưu PDF" and "Xuất Word..." buttons do;
 * - on an entry, a briefing pack or the comparison, open its print preview, in the preset last chosen: the printed
 *   form of an entry is its fact sheet, the preview is where the preset is picked, and pressing
 *   Ctrl+P again there prints;
 * - on any other page (search results, timeline, a source...), that page as it is: print.css lays
 *   every page out for A4 without the screen chrome.
 */
export function printTarget(route: Route, preset: PrintPreset): PrintTarget {
  switch (route.name) {
    case 'print':
    case 'print-pack':
    case 'print-briefing':
    case 'print-compare':
      return { kind: 'toolbar' }
    case 'compare':
      return { kind: 'preview', route: { name: 'print-compare', view: route.view } }
    case 'entry':
      return { kind: 'preview', route: { name: 'print', id: route.id, preset } }
    case 'pack':
      return { kind: 'preview', route: { name: 'print-pack', id: route.id, preset } }
    default:
      return { kind: 'page' }
  }
}

/** The page's own actions, the ones its buttons and shortcuts already take. */
export interface PageActions {
  focusSearch(): void
  findInPage(): void
  goBack(): void
  goForward(): void
  /** Goes to an in-app address (`#/...`). */
  navigate(href: string): void
  zoom(change: 1 | -1 | 'reset'): void
  /** The buttons of the print preview on screen, if one is. */
  printActions(): PrintActions | null
  printPage(): void
  savePageAsPdf(): void
  /** Opens the entry page's "add to pack" chooser; false when no entry is on screen. */
  openAddToPack(): boolean
  /** A short message at the foot of the window. */
  tell(message: string): void
  /** The print preset the user chose last (library settings). */
  printPreset(): PrintPreset
}

/** Runs one menu command on the page showing `route`. */
export function runPageCommand(command: PageCommand, route: Route, actions: PageActions): void {
  switch (command) {
    case 'focusSearch':
      return actions.focusSearch()
    case 'findInPage':
      return actions.findInPage()
    case 'back':
      return actions.goBack()
    case 'forward':
      return actions.goForward()
    case 'zoomIn':
      return actions.zoom(1)
    case 'zoomOut':
      return actions.zoom(-1)
    case 'zoomReset':
      return actions.zoom('reset')
    case 'goHome':
      return actions.navigate(routeHref({ name: 'home' }))
    case 'goHistory':
      return actions.navigate(routeHref({ name: 'history' }))
    case 'goPacks':
      return actions.navigate(routeHref({ name: 'packs' }))
    case 'addEntryToPack':
      if (!actions.openAddToPack()) actions.tell(STRINGS.menu.addToPackNeedsEntry)
      return
    case 'print':
    case 'savePdf':
    case 'exportWord':
      return runPrintCommand(command, route, actions)
  }
}

function runPrintCommand(command: 'print' | 'savePdf' | 'exportWord', route: Route, actions: PageActions): void {
  const target = printTarget(route, actions.printPreset())
  if (target.kind === 'preview') return actions.navigate(routeHref(target.route))
  if (target.kind === 'page') {
    // Word export is made from a sheet model; a search page or a source has none.
    if (command === 'exportWord') return actions.tell(STRINGS.menu.exportWordNeedsSheet)
    return command === 'print' ? actions.printPage() : actions.savePageAsPdf()
  }
  // A preview still laying out has not offered its buttons yet: nothing happens, as with the greyed buttons.
  const buttons = actions.printActions()
  if (command === 'print') buttons?.print()
  else if (command === 'savePdf') buttons?.savePdf()
  else buttons?.exportWord()
}
