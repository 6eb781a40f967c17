import { updateSettings } from '../../../../data/core/library/library-settings'
import { STRINGS } from '../../strings'
import { changeLibrary } from '../library/library-state'
import { PRINT_PRESETS, type PrintPreset } from '../../routing/print-presets'

/**
 * The three presets as links, so the choice lives in the URL and survives a reload; the choice is
 * also remembered in the library, and the entry page's print link opens with it next time.
 */
export function PresetChooser({ preset, hrefFor }: { preset: PrintPreset; hrefFor: (preset: PrintPreset) => string }) {
  return (
    <nav className="preset-chooser" aria-label={STRINGS.print.presets}>
      <ul>
        {PRINT_PRESETS.map((option) => (
          <li key={option}>
            <a
              href={hrefFor(option)}
              onClick={() => void changeLibrary((library) => updateSettings(library, { printPreset: option }))}
              aria-current={option === preset ? 'page' : undefined} title={STRINGS.print.presetHints[option]}>
              {STRINGS.print.presetNames[option]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
