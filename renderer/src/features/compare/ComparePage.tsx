import { COMPARISON_GROUPS, type ComparisonTable } from '../../../../data/core/economy/comparison-types'
import { ErrorScreen } from '../../components/ErrorScreen'
import { Loading } from '../../components/Loading'
import { usePageTitle } from '../../components/usePageTitle'
import { comparisonItemId, type ComparisonView } from '../../routing/compare-view'
import { routeHref } from '../../routing/routes'
import { replaceRoute } from '../../routing/useHashRoute'
import { STRINGS } from '../../strings'
import { AddToPackButton } from '../packs/AddToPackButton'
import { ColumnChooser } from './ColumnChooser'
import { CompareTable } from './CompareTable'
import { ComparisonBarChart } from './ComparisonBarChart'
import { SideBySide } from './SideBySide'
import { chartBy, chooseGroup, clearPicks, sortBy, toggleColumn, togglePick } from './compare-selection'
import { compareChartModel, compareSheetModel, sortLabel } from '../../../../data/core/compare/compare-sheet-model'
import { comparisonTitle } from '../../../../data/core/compare/compare-sheet-model'
import { useComparison } from './useComparison'

/**
 * `#/compare`: the economies of a group in one sortable table with a bar chart of one indicator,
 * and up to five side by side. Every choice lives in the address (replaced, not pushed, so Back
 * leaves the page), which is also what the print preview and a briefing pack are given.
 */
export function ComparePage({ view }: { view: ComparisonView }) {
  usePageTitle(STRINGS.compare.pageTitle)
  const [table, retry] = useComparison(view.group)
  const strings = STRINGS.compare
  const change = (next: ComparisonView) => {
    if (next !== view) replaceRoute(routeHref({ name: 'compare', view: next }))
  }
  return (
    <article className="page compare">
      <h1 className="page__title">{strings.title}</h1>
      <p className="page__lead">{strings.lead}</p>
      <nav className="compare-groups" aria-label={strings.groupLabel}>
        {COMPARISON_GROUPS.map((group) => (
          <a
            key={group}
            href={routeHref({ name: 'compare', view: chooseGroup(view, group) })}
            aria-current={group === view.group ? 'page' : undefined}
            onClick={(event) => {
              if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return
              event.preventDefault()
              change(chooseGroup(view, group))
            }}
          >
            {strings.groups[group]}
          </a>
        ))}
      </nav>
      {table.status === 'loading' && <Loading />}
      {table.status === 'failed' && <ErrorScreen error={table.error} onRetry={retry} />}
      {table.status === 'ready' && <Comparison table={table.value} view={view} change={change} />}
    </article>
  )
}

function Comparison({ table, view, change }: { table: ComparisonTable; view: ComparisonView; change: (next: ComparisonView) => void }) {
  const strings = STRINGS.compare
  const model = compareSheetModel(table, view)
  const chart = compareChartModel(table, view)
  const direction = view.sort.direction === 'asc' ? strings.ascending : strings.descending
  const shown = table.indicators.filter((indicator) => view.columns.includes(indicator.key))
  return (
    <>
      <div className="compare-tools">
        <ColumnChooser indicators={table.indicators} columns={view.columns} onToggle={(key) => change(toggleColumn(view, key))} />
        <label className="compare-tools__chart">
          {strings.chartLabel}{' '}
          <select value={view.chart} onChange={(event) => change(chartBy(view, event.target.value))}>
            {shown.map((indicator) => (
              <option key={indicator.key} value={indicator.key}>
                {indicator.label}
              </option>
            ))}
          </select>
        </label>
        <a className="print-link compare-tools__print" href={routeHref({ name: 'print-compare', view })}>
          {strings.print}
        </a>
        <AddToPackButton entryId={comparisonItemId(view)} title={comparisonTitle(table.group, chart?.label ?? '')} />
      </div>
      <CompareTable
        model={model}
        view={view}
        caption={strings.caption(strings.groupTitle[table.group], sortLabel(table, view), direction)}
        onSort={(key) => change(sortBy(view, key))}
        onPick={(id) => change(togglePick(view, id))}
      />
      <p className="compare__notes">
        {[...model.notes, strings.source].join(' ')}
      </p>
      {chart && <ComparisonBarChart label={chart.label} unit={chart.unit} bars={chart.bars} missing={chart.missing} />}
      <SideBySide table={table} picked={view.picked} onClear={() => change(clearPicks(view))} />
    </>
  )
}
