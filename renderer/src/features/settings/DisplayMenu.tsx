import { useDisclosure } from '../../components/useDisclosure'
import { STRINGS } from '../../strings'
import { stepZoom, updateSettings, type ThemeSetting, ZOOM_LEVELS } from './settings-store'
import { useSettings } from './useSettings'

const THEMES: readonly { value: ThemeSetting; label: string }[] = [
  { value: 'light', label: STRINGS.toolbar.themeLight },
  { value: 'dark', label: STRINGS.toolbar.themeDark },
  { value: 'system', label: STRINGS.toolbar.themeSystem },
]

/** "Hiển thị": theme and text size, one button in the header that opens both. */
export function DisplayMenu() {
  const settings = useSettings()
  const menu = useDisclosure()
  const smallest = settings.zoom <= ZOOM_LEVELS[0]
  const largest = settings.zoom >= (ZOOM_LEVELS.at(-1) ?? 200)
  return (
    <div className="menu menu--end">
      <button className="tools__button tools__button--text menu__button" {...menu.buttonProps}>
        {STRINGS.toolbar.display}
      </button>
      <div className="menu__panel display-menu" {...menu.panelProps}>
        <p className="display-menu__label" id="display-theme">
          {STRINGS.toolbar.theme}
        </p>
        <div className="tools__group" role="group" aria-labelledby="display-theme">
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
        <p className="display-menu__label" id="display-zoom">
          {STRINGS.toolbar.zoom}
        </p>
        <div className="tools__group" role="group" aria-labelledby="display-zoom">
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
    </div>
  )
}
