import type { QuantityUnit } from './quantity'

/** One figure the Factbook gives every economy, as the comparison table and the entry page name it. */
export interface Indicator {
  key: string
  /** Vietnamese, as the fact box, the sheet and the comparison show it. */
  label: string
  unit: QuantityUnit
  /** Whether the Factbook gives it for several years (three, for GDP or trade), or once. */
  series: boolean
  /** Whether a group's total is the sum of its members' figures (population, GDP), and so comparable with the world's. */
  summable: boolean
}

const indicator = (key: string, label: string, unit: QuantityUnit, series = false, summable = false): Indicator => ({
  key,
  label,
  unit,
  series,
  summable,
})

/** In the order the entry page and the comparison list them: people and land, output, prices and jobs, trade. */
export const INDICATORS: readonly Indicator[] = [
  indicator('population', 'Dân số', 'people', false, true),
  indicator('population-growth', 'Tỷ lệ tăng dân số', 'percent'),
  indicator('area', 'Diện tích', 'km2'),
  indicator('urban-population', 'Dân số đô thị (% tổng dân số)', 'percent'),
  indicator('median-age', 'Tuổi trung vị', 'years'),
  indicator('life-expectancy', 'Tuổi thọ bình quân khi sinh', 'years'),
  indicator('gdp-ppp', 'GDP thực tế theo sức mua tương đương (PPP)', 'usd', true, true),
  indicator('gdp-official', 'GDP theo tỷ giá chính thức', 'usd', false, true),
  indicator('gdp-growth', 'Tăng trưởng GDP thực tế', 'percent', true),
  indicator('gdp-per-capita-ppp', 'GDP thực tế bình quân đầu người (PPP)', 'usd', true),
  indicator('inflation', 'Lạm phát (giá tiêu dùng)', 'percent', true),
  indicator('unemployment', 'Tỷ lệ thất nghiệp', 'percent', true),
  indicator('public-debt', 'Nợ công (% GDP)', 'percent'),
  indicator('current-account', 'Cán cân vãng lai', 'usd', true),
  indicator('exports', 'Xuất khẩu', 'usd', true),
  indicator('imports', 'Nhập khẩu', 'usd', true),
]

/** Figures that are not indicators: the capital (a name) and the top trade partners (a name and a share). */
export const FIGURE_KEYS = {
  capital: 'capital',
  exportPartner: 'export-partner',
  importPartner: 'import-partner',
} as const

export const FIGURE_LABELS: { readonly [K in (typeof FIGURE_KEYS)[keyof typeof FIGURE_KEYS]]: string } = {
  capital: 'Thủ đô',
  'export-partner': 'Đối tác xuất khẩu chính',
  'import-partner': 'Đối tác nhập khẩu chính',
}

const FIGURE_KEY_SET: ReadonlySet<string> = new Set([
  ...INDICATORS.map((item) => item.key),
  ...Object.values(FIGURE_KEYS),
])

/** Whether a fact key is one of the Factbook's figures (shown in "Kinh tế – xã hội", not the fact box). */
export function isFigureKey(key: string): boolean {
  return FIGURE_KEY_SET.has(key)
}

export function indicatorOf(key: string): Indicator | undefined {
  return INDICATORS.find((item) => item.key === key)
}

/** The about eight figures the one-page economy sheet shows under "Chỉ số chính", in order. */
export const SHEET_INDICATOR_KEYS = [
  'population',
  'area',
  'gdp-official',
  'gdp-ppp',
  'gdp-per-capita-ppp',
  'gdp-growth',
  'inflation',
  'unemployment',
  'exports',
  'imports',
] as const
