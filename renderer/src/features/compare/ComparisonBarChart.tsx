import { useId } from 'react'
import { axisUnit, formatNumber, type QuantityUnit } from '../../../../data/core/economy/quantity'
import { STRINGS } from '../../strings'
import { barGeometry, SCREEN_LAYOUT, type BarInput, type BarLayout } from './bar-chart-geometry'

interface ComparisonBarChartProps {
  label: string
  unit: QuantityUnit
  bars: readonly BarInput[]
  /** Economies without the figure, named under the chart rather than drawn as zero. */
  missing: readonly string[]
  layout?: BarLayout
}

/**
 * The chosen indicator as horizontal bars in the table's order, Viet Nam's bar set apart. The
 * drawing is hidden from assistive technology: the table above holds the same figures as text.
 */
export function ComparisonBarChart({ label, unit, bars, missing, layout = SCREEN_LAYOUT }: ComparisonBarChartProps) {
  const id = useId()
  const geometry = barGeometry(bars, layout)
  const axis = axisUnit(Math.max(0, ...bars.map((bar) => Math.abs(bar.amount))), unit)
  const tickText = (value: number) => {
    const scaled = value / axis.divisor
    return formatNumber(scaled, Number.isInteger(scaled) ? 0 : 1)
  }
  return (
    <figure className="compare-chart" aria-labelledby={`${id}-title`} data-chart-key={label}>
      <figcaption id={`${id}-title`} className="compare-chart__title">
        {STRINGS.compare.chartTitle(label)} <span className="compare-chart__unit">({axis.label})</span>
      </figcaption>
      <svg className="compare-chart__svg" viewBox={`0 0 ${geometry.width} ${geometry.height}`} aria-hidden="true" focusable="false">
        {geometry.ticks.map((tick) => (
          <g key={tick.value}>
            <line className="compare-chart__grid" x1={tick.x} x2={tick.x} y1={geometry.plot.top} y2={geometry.plot.bottom} />
            <text className="compare-chart__tick" x={tick.x} y={geometry.plot.bottom + 13} textAnchor="middle">
              {tickText(tick.value)}
            </text>
          </g>
        ))}
        {geometry.bars.map((bar) => (
          <g key={bar.id} className={bar.highlight ? 'compare-chart__row compare-chart__row--highlight' : 'compare-chart__row'} data-economy={bar.id}>
            <text className="compare-chart__name" x={geometry.plot.left - 6} y={bar.labelY} textAnchor="end" dominantBaseline="middle">
              {bar.label}
            </text>
            <rect className="compare-chart__bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
            <text className="compare-chart__value" x={bar.valueX} y={bar.labelY} dominantBaseline="middle">
              {bar.display}
            </text>
          </g>
        ))}
        <line className="compare-chart__axis" x1={geometry.zeroX} x2={geometry.zeroX} y1={geometry.plot.top} y2={geometry.plot.bottom} />
      </svg>
      <p className="compare-chart__note">
        {STRINGS.compare.chartNote}
        {missing.length > 0 && ` ${STRINGS.compare.chartMissing(missing)}`}
      </p>
    </figure>
  )
}
