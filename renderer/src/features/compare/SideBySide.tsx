import type { ComparisonTable } from '../../../../data/core/economy/comparison-types'
import { MAX_PICKED, MIN_PICKED } from '../../routing/compare-view'
import { STRINGS } from '../../strings'
import { HIGHLIGHTED_ECONOMY } from '../../../../data/core/compare/compare-sheet-model'

/**
 * The picked economies in columns, every indicator in rows, each figure with its own qualifier (in
 * this view no column shares one). Fewer than two picked: how to pick.
 */
export function SideBySide({ table, picked, onClear }: { table: ComparisonTable; picked: readonly string[]; onClear: () => void }) {
  const strings = STRINGS.compare
  const economies = picked.flatMap((id) => table.rows.filter((row) => row.id === id))
  return (
    <section className="compare-side" aria-labelledby="compare-side-heading">
      <h2 id="compare-side-heading" className="section-title">
        {strings.sideBySide}
      </h2>
      <p className="compare-side__status" role="status">
        {economies.length < MIN_PICKED ? strings.pickHint(MIN_PICKED, MAX_PICKED) : strings.pickCount(economies.length, MAX_PICKED)}
        {economies.length >= MAX_PICKED && ` ${strings.pickFull(MAX_PICKED)}`}
      </p>
      {economies.length > 0 && (
        <button type="button" className="button button--quiet button--small" onClick={onClear}>
          {strings.clearPicks}
        </button>
      )}
      {economies.length >= MIN_PICKED && (
        <div className="compare-table__scroll">
          <table className="compare-side__table">
            <caption className="visually-hidden">{strings.sideBySideCaption(economies.map((row) => row.title))}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.indicator}</th>
                {economies.map((row) => (
                  <th key={row.id} scope="col" data-economy={row.id} className={row.id === HIGHLIGHTED_ECONOMY ? 'compare-side__head--highlight' : undefined}>
                    {row.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.indicators.map((indicator) => (
                <tr key={indicator.key} data-indicator={indicator.key}>
                  <th scope="row">{indicator.label}</th>
                  {economies.map((row) => {
                    const value = row.values[indicator.key]
                    return (
                      <td key={row.id} className={row.id === HIGHLIGHTED_ECONOMY ? 'compare-side__cell--highlight' : undefined}>
                        {value ? (
                          value.display
                        ) : (
                          <>
                            <span aria-hidden="true">—</span>
                            <span className="visually-hidden">{strings.missing}</span>
                          </>
                        )}
                        {value?.note && <span className="compare-table__cell-note"> ({value.note})</span>}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
