import { useEffect } from 'react'
import { STRINGS } from '../../strings'
import { stepZoom, updateSettings, watchSystemTheme, type ThemeSetting, ZOOM_LEVELS } from './settings-store'
import { useSettings } from './useSettings'

const THEMES: readonly { value: ThemeSetting; label: string }[] = [
  { value: 'light', label: STRINGS.toolbar.themeLight },
  { value: 'dark', label: STRINGS.toolbar.themeDark },
  { value: 'system', label: STRINGS.toolbar.themeSystem },
]

/** Back/forward, theme and text size, in the header; Alt+←/Alt+→ also go back and forward. */
export function HeaderTools() {
  const settings = useSettings()
  useEffect(() => watchSystemTheme(), [])
  useEffect(() => {
    // The desktop window has no browser chrome, so the app provides the usual shortcuts itself.
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      if (event.key === 'ArrowLeft') {
        event.preventDefault()
        window.history.back()
      } else if (event.key === 'ArrowRight') {
        event.preventDefault()
        window.history.forward()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
  const smallest = settings.zoom <= ZOOM_LEVELS[0]
  const largest = settings.zoom >= (ZOOM_LEVELS.at(-1) ?? 200)
  return (
    <div className="tools" role="toolbar" aria-label={STRINGS.toolbar.label}>
      <div className="tools__group">
        <button type="button" className="tools__button" aria-label={STRINGS.toolbar.back} title={STRINGS.toolbar.back} onClick={() => window.history.back()}>
          <span aria-hidden="true">←</span>
        </button>
        <button type="button" className="tools__button" aria-label={STRINGS.toolbar.forward} title={STRINGS.toolbar.forward} onClick={() => window.history.forward()}>
          <span aria-hidden="true">→</span>
        </button>
      </div>
      <div className="tools__group" role="group" aria-label={STRINGS.toolbar.theme}>
        {THEMES.map((theme) => (
          <button
            key={theme.value}
            type="button"
            className="tools__button tools__button--text"
            aria-pressed={settings.theme === theme.value}
            data-theme-option={theme.value}
            onClick={() => updateSettings({ theme: theme.value })}
          >
            {theme.label}
          </button>
        ))}
      </div>
      <div className="tools__group" role="group" aria-label={STRINGS.toolbar.zoom}>
        <button type="button" className="tools__button" aria-label={STRINGS.toolbar.zoomOut} title={STRINGS.toolbar.zoomOut} disabled={smallest} onClick={() => updateSettings({ zoom: stepZoom(settings.zoom, -1) })}>
          A−
        </button>
        <button type="button" className="tools__button tools__button--text" aria-label={STRINGS.toolbar.zoomReset(settings.zoom)} title={STRINGS.toolbar.zoomReset(settings.zoom)} onClick={() => updateSettings({ zoom: 100 })}>
          {settings.zoom}%
        </button>
        <button type="button" className="tools__button" aria-label={STRINGS.toolbar.zoomIn} title={STRINGS.toolbar.zoomIn} disabled={largest} onClick={() => updateSettings({ zoom: stepZoom(settings.zoom, 1) })}>
          A+
        </button>
      </div>
    </div>
  )
}
