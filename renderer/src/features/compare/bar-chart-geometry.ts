import { max, min } from 'd3-array'
import { scaleBand, scaleLinear } from 'd3-scale'

/**
 * The comparison's bar chart as coordinates (d3 scales): one horizontal bar per economy, in the
 * table's order, from zero, so negative figures (a current-account deficit, a shrinking economy)
 * point left of the axis. React draws the SVG.
 */
export interface BarInput {
  id: string
  label: string
  amount: number
  /** The figure as the table shows it, printed at the bar's end. */
  display: string
  highlight: boolean
}

export interface BarGeometry {
  width: number
  height: number
  zeroX: number
  /** The drawn band of the bars: left of the value axis to its right. */
  plot: { left: number; right: number; top: number; bottom: number }
  bars: (BarInput & { x: number; y: number; width: number; height: number; labelY: number; valueX: number })[]
  ticks: { value: number; x: number }[]
}

export interface BarLayout {
  width: number
  /** Height of one economy's band. */
  rowHeight: number
  /** Room for the names at the left and the value labels at the right. */
  labelWidth: number
  valueWidth: number
}

export const SCREEN_LAYOUT: BarLayout = { width: 640, rowHeight: 22, labelWidth: 170, valueWidth: 130 }

const AXIS_HEIGHT = 18

export function barGeometry(input: readonly BarInput[], layout: BarLayout = SCREEN_LAYOUT): BarGeometry {
  const height = input.length * layout.rowHeight + AXIS_HEIGHT
  const plot = { left: layout.labelWidth, right: layout.width - layout.valueWidth, top: 0, bottom: input.length * layout.rowHeight }
  const amounts = input.map((bar) => bar.amount)
  const x = scaleLinear()
    .domain([Math.min(0, min(amounts) ?? 0), Math.max(0, max(amounts) ?? 1)])
    .nice(4)
    .range([plot.left, plot.right])
  const y = scaleBand<string>().domain(input.map((bar) => bar.id)).range([plot.top, plot.bottom]).paddingInner(0.2).paddingOuter(0.1)
  const zeroX = x(0)
  return {
    width: layout.width,
    height,
    zeroX,
    plot,
    bars: input.map((bar) => {
      const end = x(bar.amount)
      const top = y(bar.id) ?? 0
      const negative = bar.amount < 0
      return {
        ...bar,
        x: Math.min(zeroX, end),
        y: top,
        width: Math.max(Math.abs(end - zeroX), 0.5),
        height: y.bandwidth(),
        labelY: top + y.bandwidth() / 2,
        // Written left of a negative bar, the figure would run into the names: it goes right of zero.
        valueX: negative ? zeroX + 4 : end + 4,
      }
    }),
    ticks: x.ticks(4).map((value) => ({ value, x: x(value) })),
  }
}

/**
 * Bars drawn inside the table's rows on the printed sheet, all on one scale: where zero is and
 * where each bar starts and ends, as percentages of the cell's width, with the scale's ticks.
 */
export function inlineBars(amounts: readonly number[]): { zero: number; bar: (amount: number) => { x: number; width: number }; ticks: { value: number; x: number }[] } {
  const x = scaleLinear()
    .domain([Math.min(0, min(amounts) ?? 0), Math.max(0, max(amounts) ?? 1)])
    .nice(3)
    .range([0, 100])
  const zero = x(0)
  return {
    zero,
    bar: (amount) => ({ x: Math.min(zero, x(amount)), width: Math.max(Math.abs(x(amount) - zero), 0.4) }),
    ticks: x.ticks(3).map((value) => ({ value, x: x(value) })),
  }
}
