import { MAX_PICKED, NAME_SORT_KEY, type ComparisonView } from '../../routing/compare-view'
import { routeHref } from '../../routing/routes'
import { STRINGS } from '../../strings'
import type { CompareSheetCell, CompareSheetModel } from '../../../../data/core/compare/compare-sheet-model'

interface CompareTableProps {
  model: CompareSheetModel
  view: ComparisonView
  caption: string
  onSort: (key: string) => void
  onPick: (id: string) => void
}

/**
 * The comparison on screen: a column header is a button that sorts by it (aria-sort says how the
 * table is sorted), the first column sets economies side by side, Viet Nam's row is set apart.
 */
export function CompareTable({ model, view, caption, onSort, onPick }: CompareTableProps) {
  const strings = STRINGS.compare
  const full = view.picked.length >= MAX_PICKED
  const ariaSort = (key: string) =>
    view.sort.key === key ? (view.sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
  return (
    <div className="compare-table__scroll">
      <table className="compare-table" data-group={view.group}>
        <caption className="compare-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="compare-table__pick-head">
              {strings.pickColumn}
            </th>
            <th scope="col" aria-sort={ariaSort(NAME_SORT_KEY)} className="compare-table__name-head">
              <SortButton label={model.rowHeader} active={view.sort.key === NAME_SORT_KEY} direction={view.sort.direction} onClick={() => onSort(NAME_SORT_KEY)} />
            </th>
            {model.columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={ariaSort(column.key)} data-column={column.key}>
                <SortButton label={column.label} active={view.sort.key === column.key} direction={view.sort.direction} onClick={() => onSort(column.key)} />
                {column.note && <span className="compare-table__column-note">{strings.columnNote(column.note)}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => {
            const picked = view.picked.includes(row.id)
            return (
              <tr key={row.id} data-economy={row.id} className={row.highlight ? 'compare-table__row compare-table__row--highlight' : 'compare-table__row'}>
                <td className="compare-table__pick">
                  <input
                    type="checkbox"
                    checked={picked}
                    disabled={full && !picked}
                    aria-label={strings.pick(row.title)}
                    onChange={() => onPick(row.id)}
                  />
                </td>
                <th scope="row" className="compare-table__name">
                  {row.entryId ? <a href={routeHref({ name: 'entry', id: row.entryId })}>{row.title}</a> : row.title}
                  {row.entryId === null && <span className="compare-table__outside"> ({strings.outsideApec})</span>}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={model.columns[index]?.key ?? index} className="compare-table__figure">
                    <FigureCell cell={cell} />
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

function SortButton({ label, active, direction, onClick }: { label: string; active: boolean; direction: ComparisonView['sort']['direction']; onClick: () => void }) {
  return (
    <button type="button" className="compare-table__sort" onClick={onClick} title={STRINGS.compare.sortBy(label)}>
      {label}
      <span className="compare-table__arrow" aria-hidden="true">
        {active ? (direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
      </span>
    </button>
  )
}

/** A figure with its own qualifier when it is not the column's ("ước tính 2023"); a gap says so in words. */
export function FigureCell({ cell }: { cell: CompareSheetCell }) {
  if (cell.display === null) {
    return (
      <span className="compare-table__missing">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{STRINGS.compare.missing}</span>
      </span>
    )
  }
  return (
    <>
      <span className="compare-table__value">{cell.display}</span>
      {cell.note && <span className="compare-table__cell-note"> {STRINGS.compare.cellNote(cell.note)}</span>}
    </>
  )
}
