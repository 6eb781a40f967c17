import { updateSettings as updateLibrarySettings } from '../../../../data/core/library/library-settings'
import type { LibrarySettings } from '../../../../data/core/library/library-schema'
import { changeLibrary, getLibrary, subscribeLibrary } from '../library/library-state'

export { stepZoom } from '../../../../data/core/library/library-settings'
export { ZOOM_LEVELS, type ThemeSetting } from '../../../../data/core/library/library-schema'

/**
 * Display settings (theme and text size) are part of the user's library, and are applied as data
 * attributes on <html>: the CSP forbids inline styles, so CSS rules keyed on `data-theme` /
 * `data-zoom` do the work.
 */
export function getSettings(): LibrarySettings {
  return getLibrary().settings
}

export function updateSettings(change: Partial<LibrarySettings>): void {
  void changeLibrary((library) => updateLibrarySettings(library, change))
}

export const subscribeSettings = subscribeLibrary

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)')

/** Writes the resolved theme and zoom onto <html>; called once the library is open and on every change. */
export function applySettings(): void {
  const { theme, zoom } = getSettings()
  const root = document.documentElement
  root.dataset.theme = theme === 'system' ? (darkQuery().matches ? 'dark' : 'light') : theme
  root.dataset.themeSetting = theme
  root.dataset.zoom = String(zoom)
}

/** Follows the system theme while the setting is "Theo hệ thống". */
export function watchSystemTheme(): () => void {
  const query = darkQuery()
  const onChange = () => applySettings()
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}
