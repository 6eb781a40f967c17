import { updateSettings } from '../../../../data/core/library/library-settings'
import { STRINGS } from '../../strings'
import { changeLibrary } from '../library/library-state'
import { PRINT_PRESETS, type PrintPreset } from '../../routing/print-presets'
import { replaceRoute } from '../../routing/useHashRoute'

interface PresetChooserProps {
  preset: PrintPreset
  hrefFor: (preset: PrintPreset) => string
  /** A briefing pack names them by what each sheet becomes ("Mỗi hồ sơ 1 trang"); a sheet by what it is. */
  of?: 'sheet' | 'pack'
}

/**
 * The three presets as links, so the choice lives in the URL and survives a reload; the choice is
 * also remembered in the library, and the entry page's print link opens with it next time. A
 * preset replaces the address rather than adding a page to the history: Back leaves the preview.
 */
export function PresetChooser({ preset, hrefFor, of = 'sheet' }: PresetChooserProps) {
  const { presetNames: names, presetHints: hints } = of === 'pack' ? STRINGS.print.pack : STRINGS.print
  return (
    <nav className="preset-chooser" aria-label={STRINGS.print.presets}>
      <ul>
        {PRINT_PRESETS.map((option) => (
          <li key={option}>
            <a
              href={hrefFor(option)}
              onClick={(event) => {
                void changeLibrary((library) => updateSettings(library, { printPreset: option }))
                if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return
                event.preventDefault()
                replaceRoute(hrefFor(option))
              }}
              aria-current={option === preset ? 'page' : undefined} title={hints[option]}>
              {names[option]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
