import { max, min } from 'd3-array'
import { scaleBand, scaleLinear, type ScaleBand } from 'd3-scale'
import { line } from 'd3-shape'

/**
 * The one module that uses d3 (scales, shapes, extents): it turns figures into the coordinates of
 * a small bar chart with an optional line on its own right-hand scale. React draws the SVG.
 */
export interface ChartSeries {
  name: string
  /** One value per category; null where the source has no figure for that year. */
  values: readonly (number | null)[]
}

export interface ChartInput {
  categories: readonly string[]
  bars: readonly ChartSeries[]
  line?: ChartSeries
}

export interface Tick {
  value: number
  /** Pixel offset along the axis. */
  at: number
}

export interface ChartGeometry {
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  bars: { series: number; category: number; x: number; y: number; width: number; height: number }[]
  barTicks: Tick[]
  categories: { label: string; x: number }[]
  line: { path: string; points: { x: number; y: number }[]; ticks: Tick[] } | null
}

const WIDTH = 320
const HEIGHT = 170
const MARGIN = { top: 10, right: 40, bottom: 24, left: 44 }

/** Bars start at zero (a bar's length is its value); a line's scale takes in zero and its extremes. */
export function chartGeometry(input: ChartInput): ChartGeometry {
  const plot = { left: MARGIN.left, right: WIDTH - MARGIN.right, top: MARGIN.top, bottom: HEIGHT - MARGIN.bottom }
  const band = scaleBand<string>().domain(input.categories).range([plot.left, plot.right]).paddingInner(0.3).paddingOuter(0.15)
  const barValues = input.bars.flatMap((series) => series.values.filter((value): value is number => value !== null))
  const barScale = scaleLinear()
    .domain([Math.min(0, min(barValues) ?? 0), Math.max(0, max(barValues) ?? 1)])
    .nice(4)
    .range([plot.bottom, plot.top])
  const slot = band.bandwidth() / Math.max(1, input.bars.length)
  const bars = input.bars.flatMap((series, seriesIndex) =>
    series.values.flatMap((value, category) => {
      const start = band(input.categories[category] ?? '')
      if (value === null || start === undefined) return []
      const y = barScale(Math.max(0, value))
      return [{ series: seriesIndex, category, x: start + seriesIndex * slot, y, width: slot * 0.92, height: Math.abs(barScale(value) - barScale(0)) }]
    }),
  )
  return {
    width: WIDTH,
    height: HEIGHT,
    plot,
    bars,
    barTicks: barScale.ticks(4).map((value) => ({ value, at: barScale(value) })),
    categories: input.categories.map((label) => ({ label, x: (band(label) ?? 0) + band.bandwidth() / 2 })),
    line: input.line ? lineGeometry(input.line, input.categories, band, plot) : null,
  }
}

function lineGeometry(
  series: ChartSeries,
  categories: readonly string[],
  band: ScaleBand<string>,
  plot: ChartGeometry['plot'],
): ChartGeometry['line'] {
  const values = series.values.filter((value): value is number => value !== null)
  const scale = scaleLinear()
    .domain([Math.min(0, min(values) ?? 0), Math.max(0, max(values) ?? 1)])
    .nice(4)
    .range([plot.bottom, plot.top])
  const points = series.values.flatMap((value, index) =>
    value === null ? [] : [{ x: (band(categories[index] ?? '') ?? 0) + band.bandwidth() / 2, y: scale(value) }],
  )
  const path = line<{ x: number; y: number }>()
    .x((point) => point.x)
    .y((point) => point.y)(points)
  return { path: path ?? '', points, ticks: scale.ticks(4).map((value) => ({ value, at: scale(value) })) }
}
