/**
 * Parsed figures and their Vietnamese display: "1,456 nghìn tỷ USD", "106,7 triệu người", "7,1 %",
 * "331.210 km²". Vietnamese writes a decimal comma and a dot between thousands. The digits are
 * written here rather than by Intl, so a pack built on one machine shows what another builds.
 */
export const QUANTITY_UNITS = ['usd', 'people', 'km2', 'percent', 'years'] as const
export type QuantityUnit = (typeof QUANTITY_UNITS)[number]

/** A figure as a number: its amount in the unit, and the year it describes (none for an area). */
export interface Quantity {
  amount: number
  unit: QuantityUnit
  year: number | null
}

/** The magnitude words of the source ("trillion", "billion", "million") as powers of ten. */
export const SCALES = { trillion: 12, billion: 9, million: 6, none: 0 } as const
export type Scale = keyof typeof SCALES

const SCALE_WORDS: { readonly [K in Scale]: string } = {
  trillion: 'nghìn tỷ',
  billion: 'tỷ',
  million: 'triệu',
  none: '',
}

/** How a figure was written: its magnitude word and the digits after the decimal point. */
export interface Precision {
  scale: Scale
  digits: number
}

/** "1456000.5" with 1 digit → "1.456.000,5"; negative numbers keep their minus. */
export function formatNumber(value: number, digits: number): string {
  const fixed = Math.abs(value).toFixed(digits)
  const [whole = '0', fraction] = fixed.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : ''
  return `${sign}${grouped}${fraction === undefined ? '' : `,${fraction}`}`
}

/**
 * The precision a computed figure (a group total, a share) is shown with: people in millions to one
 * decimal ("106,7 triệu người") or billions to two, money in the largest magnitude word to two.
 */
export function defaultPrecision(amount: number, unit: QuantityUnit): Precision {
  const size = Math.abs(amount)
  switch (unit) {
    case 'people':
      if (size >= 1e9) return { scale: 'billion', digits: 2 }
      return size >= 1e6 ? { scale: 'million', digits: 1 } : { scale: 'none', digits: 0 }
    case 'usd':
      if (size >= 1e12) return { scale: 'trillion', digits: 2 }
      if (size >= 1e9) return { scale: 'billion', digits: 2 }
      return size >= 1e6 ? { scale: 'million', digits: 2 } : { scale: 'none', digits: 0 }
    case 'km2':
      return size >= 1e6 ? { scale: 'million', digits: 2 } : { scale: 'none', digits: 0 }
    case 'percent':
    case 'years':
      return { scale: 'none', digits: 1 }
  }
}

const UNIT_WORDS: { readonly [K in QuantityUnit]: string } = {
  usd: 'USD',
  people: 'người',
  km2: 'km²',
  percent: '%',
  years: 'tuổi',
}

/** "1,456 nghìn tỷ USD", "7,1 %", "331.210 km²"; `precision` defaults to defaultPrecision. */
export function formatQuantity(amount: number, unit: QuantityUnit, precision?: Precision): string {
  const { scale, digits } = precision ?? defaultPrecision(amount, unit)
  const number = formatNumber(amount / 10 ** SCALES[scale], digits)
  return [number, SCALE_WORDS[scale], UNIT_WORDS[unit]].filter(Boolean).join(' ')
}

/** "ước tính 2024" for an estimate, "2023" for a figure the source dates without one. */
export function yearNote(year: number, estimate: boolean): string {
  return estimate ? `ước tính ${year}` : String(year)
}

/** The magnitude a chart's axis is drawn in for its largest amount: divide by `divisor`, say `label`. */
export function axisUnit(largest: number, unit: QuantityUnit): { divisor: number; label: string } {
  const { scale } = defaultPrecision(largest, unit)
  return { divisor: 10 ** SCALES[scale], label: [SCALE_WORDS[scale], UNIT_WORDS[unit]].filter(Boolean).join(' ') }
}
