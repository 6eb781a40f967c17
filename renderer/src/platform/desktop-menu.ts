import type { PageCommand } from '../../../data/core/desktop-contract'

/**
 * The desktop application menu's commands for the page. The web edition has no application menu
 * (the browser's own shortcuts and the page's buttons do the same), so nothing ever arrives there.
 */
export function onMenuCommand(listener: (command: PageCommand) => void): () => void {
  const bridge = __APP_PLATFORM__ === 'electron' ? window.desktopMenu : undefined
  return bridge ? bridge.onMenuCommand(listener) : () => undefined
}
