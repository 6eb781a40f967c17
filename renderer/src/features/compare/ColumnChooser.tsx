import type { IndicatorInfo } from '../../../../data/core/economy/comparison-types'
import { STRINGS } from '../../strings'

interface ColumnChooserProps {
  indicators: readonly IndicatorInfo[]
  columns: readonly string[]
  onToggle: (key: string) => void
}

/** The table's columns as checkboxes, folded away until wanted; the last column shown cannot be unchecked. */
export function ColumnChooser({ indicators, columns, onToggle }: ColumnChooserProps) {
  const strings = STRINGS.compare
  const last = columns.length === 1
  return (
    <details className="compare-columns">
      <summary className="compare-columns__summary">{strings.columnsLabel(columns.length, indicators.length)}</summary>
      <fieldset className="compare-columns__set">
        <legend className="compare-columns__legend">{strings.columnsLegend}</legend>
        {indicators.map((indicator) => {
          const shown = columns.includes(indicator.key)
          return (
            <label key={indicator.key} className="compare-columns__option">
              <input type="checkbox" checked={shown} disabled={shown && last} data-column={indicator.key} onChange={() => onToggle(indicator.key)} />{' '}
              {indicator.label}
            </label>
          )
        })}
        {last && <p className="compare-columns__hint">{strings.lastColumn}</p>}
      </fieldset>
    </details>
  )
}
