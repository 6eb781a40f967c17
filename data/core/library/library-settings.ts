import { ZOOM_LEVELS, DEFAULT_SETTINGS, type LibraryDocument, type LibrarySettings, type ZoomLevel } from './library-schema'

export function updateSettings(library: LibraryDocument, change: Partial<LibrarySettings>): LibraryDocument {
  return { ...library, settings: { ...library.settings, ...change } }
}

/** The next text size up or down, staying within ZOOM_LEVELS. */
export function stepZoom(zoom: ZoomLevel, direction: 1 | -1): ZoomLevel {
  const index = ZOOM_LEVELS.indexOf(zoom)
  const next = ZOOM_LEVELS[Math.min(ZOOM_LEVELS.length - 1, Math.max(0, index + direction))]
  return next ?? DEFAULT_SETTINGS.zoom
}
