import type { FigureExpectation } from './figure-text'

/**
 * Where each indicator of data/core/economy/indicators.ts is in a Factbook file and what its text
 * must look like. `notes` lists the notes the field may carry, by how they begin, with the basis
 * they give in Vietnamese (null: the usual basis, not repeated); a note not listed stops the build,
 * so a figure measured another way is never shown as if it were comparable. Free-text fields
 * (economic overview, industries, commodities) are not read at all.
 */
export interface FigureSpec {
  key: string
  path: readonly string[]
  expect: FigureExpectation
  /** One sub-key per year ("Exports 2024") rather than one text. */
  perYear: boolean
  notes: 'ignored' | readonly (readonly [prefix: string, basis: string | null])[]
}

const CURRENT_DOLLARS = 'data are in current dollars'
const BALANCE_OF_PAYMENTS: readonly (readonly [string, string | null])[] = [
  ['balance of payments', null],
  ['figures complied according to the General Trade System', 'theo Hệ thống thương mại chung (General Trade System)'],
]

export const FIGURE_SPECS: readonly FigureSpec[] = [
  {
    key: 'population',
    path: ['People and Society', 'Population', 'total'],
    expect: { unit: 'people', dated: true },
    perYear: false,
    notes: 'ignored',
  },
  {
    key: 'population-growth',
    path: ['People and Society', 'Population growth rate'],
    expect: { unit: 'percent', dated: true },
    perYear: false,
    notes: 'ignored',
  },
  { key: 'area', path: ['Geography', 'Area', 'total'], expect: { unit: 'km2', dated: false }, perYear: false, notes: 'ignored' },
  {
    key: 'urban-population',
    path: ['People and Society', 'Urbanization', 'urban population'],
    expect: { unit: 'percent', percentOf: ' of total population', dated: true },
    perYear: false,
    notes: 'ignored',
  },
  {
    key: 'median-age',
    path: ['People and Society', 'Median age', 'total'],
    expect: { unit: 'years', dated: true },
    perYear: false,
    notes: 'ignored',
  },
  {
    key: 'life-expectancy',
    path: ['People and Society', 'Life expectancy at birth', 'total population'],
    expect: { unit: 'years', dated: true },
    perYear: false,
    notes: 'ignored',
  },
  {
    key: 'gdp-ppp',
    path: ['Economy', 'Real GDP (purchasing power parity)'],
    expect: { unit: 'usd', dated: true },
    perYear: true,
    notes: [['data in 2021 dollars', 'USD năm 2021']],
  },
  {
    key: 'gdp-official',
    path: ['Economy', 'GDP (official exchange rate)'],
    expect: { unit: 'usd', dated: true },
    perYear: false,
    notes: [['data in current dollars at official exchange rate', null]],
  },
  {
    key: 'gdp-growth',
    path: ['Economy', 'Real GDP growth rate'],
    expect: { unit: 'percent', dated: true },
    perYear: true,
    notes: [['annual GDP % growth based on constant local currency', null]],
  },
  {
    key: 'gdp-per-capita-ppp',
    path: ['Economy', 'Real GDP per capita'],
    expect: { unit: 'usd', dated: true },
    perYear: true,
    notes: [
      ['data in 2021 dollars', 'USD năm 2021'],
      [CURRENT_DOLLARS, 'USD hiện hành'],
    ],
  },
  {
    key: 'inflation',
    path: ['Economy', 'Inflation rate (consumer prices)'],
    expect: { unit: 'percent', dated: true },
    perYear: true,
    notes: [['annual % change based on consumer prices', null]],
  },
  {
    key: 'unemployment',
    path: ['Economy', 'Unemployment rate'],
    expect: { unit: 'percent', dated: true },
    perYear: true,
    notes: [['% of labor force seeking employment', null]],
  },
  {
    key: 'public-debt',
    path: ['Economy', 'Public debt'],
    expect: { unit: 'percent', percentOf: ' of GDP', dated: true },
    perYear: true,
    notes: [
      ['central government debt as a % of GDP', 'nợ của chính phủ trung ương'],
      ['data for central government', 'nợ của chính phủ trung ương'],
      ['official data; data cover both central and local government debt', 'nợ của chính quyền trung ương và địa phương'],
      ['official data; data cover general government debt', 'nợ của khu vực chính phủ nói chung'],
    ],
  },
  {
    key: 'current-account',
    path: ['Economy', 'Current account balance'],
    expect: { unit: 'usd', dated: true },
    perYear: true,
    notes: [['balance of payments - net trade and primary/secondary income in current dollars', null]],
  },
  { key: 'exports', path: ['Economy', 'Exports'], expect: { unit: 'usd', dated: true }, perYear: true, notes: BALANCE_OF_PAYMENTS },
  { key: 'imports', path: ['Economy', 'Imports'], expect: { unit: 'usd', dated: true }, perYear: true, notes: BALANCE_OF_PAYMENTS },
]

export const PARTNER_SPECS = [
  { key: 'export-partner', path: ['Economy', 'Exports - partners'] },
  { key: 'import-partner', path: ['Economy', 'Imports - partners'] },
] as const

export const CAPITAL_PATH = ['Government', 'Capital', 'name'] as const

/** Where the Factbook lists an economy's memberships: "ASEAN" alone means a member. */
export const ORGANISATIONS_PATH = ['Government', 'International organization participation'] as const
