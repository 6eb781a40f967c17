import type { ReactNode } from 'react'
import { axisUnit, formatNumber } from '../../../../data/core/economy/quantity'
import { comparisonSourcesLine } from '../../../../data/core/sheet/comparison-sheet'
import { STRINGS } from '../../strings'
import { inlineBars } from './bar-chart-geometry'
import type { CompareChartModel, CompareSheetModel } from '../../../../data/core/compare/compare-sheet-model'
import { FigureCell } from './CompareTable'

/** Beyond this many columns the sheet's type gets smaller (compare.css) to stay one page wide. */
const WIDE_FROM = 8

interface CompareSheetProps {
  model: CompareSheetModel
  chart: CompareChartModel | null
  printedOn: string
  /** 1 when the sheet is the page; 2 inside a briefing pack, under the pack's title. */
  titleLevel: 1 | 2
  /** Closing lines: the sheet's own sources, or a pointer to the pack's source list. */
  children?: ReactNode
}

/**
 * The comparison as a printed sheet (A4 landscape): the table, the charted indicator as a bar in
 * each row on one scale (so the bars line up with the names), the notes and the sources.
 */
export function CompareSheet({ model, chart, printedOn, titleLevel, children }: CompareSheetProps) {
  const Title = titleLevel === 1 ? 'h1' : 'h2'
  const strings = STRINGS.compare
  const amounts = new Map(chart?.bars.map((bar) => [bar.id, bar]) ?? [])
  const scale = chart ? inlineBars(chart.bars.map((bar) => bar.amount)) : null
  const axis = chart ? axisUnit(Math.max(0, ...chart.bars.map((bar) => Math.abs(bar.amount))), chart.unit) : null
  // The figure beside its bar only when the table does not already show it in a column.
  const chartInTable = chart !== null && model.columns.some((column) => column.key === chart.key)
  return (
    <article className="sheet compare-sheet" data-sheet="comparison" data-columns={model.columns.length > WIDE_FROM ? 'wide' : undefined}>
      <header className="sheet__masthead print-whole">
        <p className="sheet__app">{STRINGS.appName}</p>
        <p className="sheet__kind">{strings.sheetKind}</p>
        <p className="sheet__printed">{printedOn}</p>
      </header>
      <div className="compare-sheet__heading print-whole">
        <Title className="sheet__title compare-sheet__title">{model.title}</Title>
        <p className="compare-sheet__subtitle">{model.subtitle}</p>
      </div>
      <table className="compare-sheet__table">
        <thead>
          <tr className="print-whole">
            <th scope="col" className="compare-sheet__name-head">
              {model.rowHeader}
            </th>
            {model.columns.map((column) => (
              <th key={column.key} scope="col" data-column={column.key}>
                {column.label}
                {column.note && <span className="compare-sheet__column-note"> {strings.columnNote(column.note)}</span>}
              </th>
            ))}
            {chart && axis && scale && (
              <th scope="col" className="compare-sheet__chart-head">
                {strings.chartTitle(chart.label)} <span className="compare-sheet__column-note">({axis.label})</span>
                <span className="compare-sheet__ticks" aria-hidden="true">
                  {scale.ticks.map((tick) => (
                    <span key={tick.value} className="compare-sheet__tick" style={{ left: `${tick.x}%` }}>
                      {formatNumber(tick.value / axis.divisor, Number.isInteger(tick.value / axis.divisor) ? 0 : 1)}
                    </span>
                  ))}
                </span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => {
            const bar = amounts.get(row.id)
            return (
              <tr key={row.id} data-economy={row.id} className={row.highlight ? 'print-whole compare-sheet__row--highlight' : 'print-whole'}>
                <th scope="row">
                  {row.title}
                  {row.entryId === null && <span className="compare-sheet__outside"> ({strings.outsideApec})</span>}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={model.columns[index]?.key ?? index}>
                    <FigureCell cell={cell} />
                  </td>
                ))}
                {chart && scale && (
                  <td className="compare-sheet__bar-cell">
                    {bar && (
                      <svg className="compare-sheet__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <line className="compare-sheet__zero" x1={scale.zero} x2={scale.zero} y1={0} y2={10} />
                        <rect x={scale.bar(bar.amount).x} y={1.5} width={scale.bar(bar.amount).width} height={7} />
                      </svg>
                    )}
                    {!chartInTable && <span className="compare-sheet__bar-value">{bar ? bar.display : '—'}</span>}
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="compare-sheet__notes print-whole">{model.notes.join(' ')}</p>
      {children}
    </article>
  )
}

/** The sheet's own source line, when it prints alone (the Word export writes the same line). */
export function CompareSheetSources({ model }: { model: CompareSheetModel }) {
  const line = comparisonSourcesLine(model)
  return (
    <p className="compare-sheet__sources print-whole">
      <span className="compare-sheet__sources-label">{line.label}</span>
      {line.text}
    </p>
  )
}
