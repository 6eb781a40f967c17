import { useId } from 'react'
import { formatNumber } from '../../../../data/core/economy/quantity'
import { STRINGS } from '../../strings'
import { chartGeometry, type ChartInput } from './chart-geometry'

/** One row of the table under a chart: the category (a year) and each series' value as displayed. */
export interface ChartRow {
  category: string
  cells: string[]
}

interface BarLineChartProps {
  title: string
  input: ChartInput
  /** Bars are drawn in this many units of their amount ("tỷ USD" divides by 1e9). */
  barUnit: { divisor: number; label: string }
  lineUnit?: string
  /** The same figures as text: read by screen readers and printed, where the drawing says nothing. */
  rows: ChartRow[]
}

/**
 * A small inline SVG chart: bars (one or two series) with an optional line on a right-hand scale,
 * then a table of its numbers. The drawing is hidden from assistive technology; the table is not.
 */
export function BarLineChart({ title, input, barUnit, lineUnit, rows }: BarLineChartProps) {
  const id = useId()
  const geometry = chartGeometry(input)
  const { plot } = geometry
  const series = [...input.bars.map((bar) => bar.name), ...(input.line ? [input.line.name] : [])]
  return (
    <figure className="economy-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="economy-chart__title">
        {title}
      </figcaption>
      <ul className="economy-chart__legend" aria-hidden="true">
        {input.bars.map((bar, index) => (
          <li key={bar.name} className={`economy-chart__key economy-chart__key--bar${index}`}>
            {bar.name} ({barUnit.label})
          </li>
        ))}
        {input.line && <li className="economy-chart__key economy-chart__key--line">{input.line.name} ({lineUnit})</li>}
      </ul>
      <svg className="economy-chart__svg" viewBox={`0 0 ${geometry.width} ${geometry.height}`} aria-hidden="true" focusable="false">
        {geometry.barTicks.map((tick) => (
          <g key={`b${tick.value}`}>
            <line className="economy-chart__grid" x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} />
            <text className="economy-chart__tick" x={plot.left - 4} y={tick.at} textAnchor="end" dominantBaseline="middle">
              {formatNumber(tick.value / barUnit.divisor, tick.value / barUnit.divisor < 10 && tick.value !== 0 ? 1 : 0)}
            </text>
          </g>
        ))}
        {geometry.bars.map((bar) => (
          <rect
            key={`${bar.series}-${bar.category}`}
            className={`economy-chart__bar economy-chart__bar--${bar.series}`}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={Math.max(bar.height, 0.5)}
          />
        ))}
        {geometry.categories.map((category) => (
          <text key={category.label} className="economy-chart__tick" x={category.x} y={plot.bottom + 16} textAnchor="middle">
            {category.label}
          </text>
        ))}
        {geometry.line && (
          <g>
            {geometry.line.ticks.map((tick) => (
              <text key={`l${tick.value}`} className="economy-chart__tick" x={plot.right + 4} y={tick.at} dominantBaseline="middle">
                {formatNumber(tick.value, Number.isInteger(tick.value) ? 0 : 1)}
              </text>
            ))}
            <path className="economy-chart__line" d={geometry.line.path} />
            {geometry.line.points.map((point) => (
              <circle key={point.x} className="economy-chart__point" cx={point.x} cy={point.y} r={3} />
            ))}
          </g>
        )}
      </svg>
      <table className="economy-chart__data">
        <caption className="visually-hidden">{STRINGS.economy.charts.dataTable(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{STRINGS.economy.charts.year}</th>
            {series.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category}>
              <th scope="row">{row.category}</th>
              {row.cells.map((cell, index) => (
                <td key={series[index] ?? index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
