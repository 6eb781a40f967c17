/**
 * Display settings (theme and text size), kept in localStorage and applied as data attributes on
 * <html>: the CSP forbids inline styles, so CSS rules keyed on `data-theme` / `data-zoom` do the work.
 */
export type ThemeSetting = 'light' | 'dark' | 'system'

export interface DisplaySettings {
  theme: ThemeSetting
  /** Text size in percent, one of ZOOM_LEVELS. */
  zoom: number
}

export const SETTINGS_KEY = 'apec.settings'
export const ZOOM_LEVELS = [80, 90, 100, 110, 125, 150, 175, 200] as const
export const DEFAULT_SETTINGS: DisplaySettings = { theme: 'system', zoom: 100 }

type Listener = () => void

let current: DisplaySettings | undefined
const listeners = new Set<Listener>()

export function parseSettings(raw: string | null): DisplaySettings {
  if (raw === null) return DEFAULT_SETTINGS
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return DEFAULT_SETTINGS
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS
  const record = value as Record<string, unknown>
  const theme = record.theme === 'light' || record.theme === 'dark' || record.theme === 'system' ? record.theme : DEFAULT_SETTINGS.theme
  const zoom = (ZOOM_LEVELS as readonly unknown[]).includes(record.zoom) ? (record.zoom as number) : DEFAULT_SETTINGS.zoom
  return { theme, zoom }
}

export function getSettings(): DisplaySettings {
  if (current === undefined) {
    let raw: string | null = null
    try {
      raw = localStorage.getItem(SETTINGS_KEY)
    } catch {
      // Storage disabled: defaults for this session.
    }
    current = parseSettings(raw)
  }
  return current
}

export function updateSettings(change: Partial<DisplaySettings>): void {
  current = { ...getSettings(), ...change }
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(current))
  } catch {
    // Storage full or disabled: the setting still holds for this session.
  }
  applySettings()
  for (const listener of listeners) listener()
}

export function subscribeSettings(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function stepZoom(zoom: number, direction: 1 | -1): number {
  const index = ZOOM_LEVELS.findIndex((level) => level === zoom)
  const next = ZOOM_LEVELS[Math.min(ZOOM_LEVELS.length - 1, Math.max(0, (index < 0 ? 2 : index) + direction))]
  return next ?? DEFAULT_SETTINGS.zoom
}

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)')

/** Writes the resolved theme and zoom onto <html>; called before the first render and on every change. */
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
