import { SCALES, type Precision, type QuantityUnit, type Scale } from '../../core/economy/quantity'

const SCALE_NAMES: readonly Scale[] = ['trillion', 'billion', 'million']

/** What a Factbook figure says: an amount in a unit, the year it describes, whether it is an estimate. */
export interface ParsedFigure {
  amount: number
  unit: QuantityUnit
  year: number | null
  estimate: boolean
  /** As the source wrote it, so the Vietnamese display keeps its digits ("$1.456 trillion" → 3). */
  precision: Precision
}

/** "NA": the Factbook has no figure. Not an error and not a zero: the figure is left out. */
export const NOT_AVAILABLE = 'not-available'

/** What a field is expected to hold: its unit, the words after a percentage, whether a year must follow. */
export interface FigureExpectation {
  unit: QuantityUnit
  /** Words after "%": " of GDP", " of total population". */
  percentOf?: string
  /** Area is undated; every other figure must name its year. */
  dated: boolean
}

export class FigureTextError extends Error {}

// One pattern per unit, with the same named groups: minus, digits, scale, words (after "%"), year, est.
const PATTERNS: { readonly [K in QuantityUnit]: RegExp } = {
  usd: /^(?<minus>-)?\$(?<digits>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?: (?<scale>trillion|billion|million))?(?: \((?<year>\d{4})(?<est> est\.)?\))?$/,
  people: /^(?<digits>\d{1,3}(?:,\d{3})*)(?: \((?<year>\d{4})(?<est> est\.)?\))?$/,
  km2: /^(?<digits>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?: (?<scale>million))? sq km(?: \((?<year>\d{4})(?<est> est\.)?\))?$/,
  years: /^(?<digits>\d+(?:\.\d+)?) years(?: \((?<year>\d{4})(?<est> est\.)?\))?$/,
  // The words after "%" are checked apart: they differ per field and must match exactly.
  percent: /^(?<minus>-)?(?<digits>\d+(?:\.\d+)?)%(?<words>[^(]*?)(?: \((?<year>\d{4})(?<est> est\.)?\))?$/,
}

/**
 * Reads one Factbook figure ("$1.456 trillion (2024 est.)", "-0.08% (2025 est.)", "331,210 sq km",
 * "39.5% of total population (2023)"). Anything else is refused with the reason, never guessed.
 */
export function parseFigureText(text: string, expect: FigureExpectation): ParsedFigure | typeof NOT_AVAILABLE {
  const trimmed = text.trim()
  if (/^NA(?:%| |$)/.test(trimmed)) return NOT_AVAILABLE
  const groups = PATTERNS[expect.unit].exec(trimmed)?.groups
  if (!groups) throw new FigureTextError(`không đọc được "${text}" như một số liệu ${UNIT_NAMES[expect.unit]}`)
  const { minus = '', digits = '', scale: scaleWord, words = '', year, est } = groups
  if (expect.unit === 'percent' && words !== (expect.percentOf ?? '')) {
    throw new FigureTextError(`"${text}": sau dấu % cần "${expect.percentOf ?? ''}", gặp "${words}"`)
  }
  if (expect.dated && year === undefined) throw new FigureTextError(`"${text}" không ghi năm`)
  if (!expect.dated && year !== undefined) throw new FigureTextError(`"${text}": trường này không ghi năm`)
  const scale = SCALE_NAMES.find((name) => name === scaleWord) ?? 'none'
  const plain = digits.replace(/,/g, '')
  const fraction = plain.split('.')[1] ?? ''
  // "1.456e12" is parsed to the nearest double directly; 1.456 * 1e12 would add a rounding error.
  const amount = Number(`${minus}${plain}e${SCALES[scale]}`)
  return {
    amount,
    unit: expect.unit,
    year: year === undefined ? null : Number(year),
    estimate: est !== undefined,
    precision: { scale, digits: fraction.length },
  }
}

const UNIT_NAMES: { readonly [K in QuantityUnit]: string } = {
  usd: 'USD ("$1.456 trillion (2024 est.)")',
  people: 'người ("106,688,169 (2025 est.)")',
  km2: 'km² ("331,210 sq km")',
  years: 'năm tuổi ("33.5 years (2025 est.)")',
  percent: 'phần trăm ("7.1% (2024 est.)")',
}
