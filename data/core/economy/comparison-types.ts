import type { Citation } from '../api-contract'
import type { Quantity, QuantityUnit } from './quantity'

/** The groups an economy comparison covers: APEC's 21 members, or ASEAN's 10 (three of them outside APEC). */
export const COMPARISON_GROUPS = ['apec', 'asean'] as const
export type ComparisonGroup = (typeof COMPARISON_GROUPS)[number]

export interface ComparisonInput {
  group: ComparisonGroup
}

/** A column of the comparison: an indicator key, its Vietnamese label and unit. */
export interface IndicatorInfo {
  key: string
  label: string
  unit: QuantityUnit
}

/** One economy's latest figure for an indicator, with the year it describes. */
export interface ComparisonValue extends Quantity {
  /** In Vietnamese number style: "1,456 nghìn tỷ USD". */
  display: string
  /** "ước tính 2024", with the basis where the source states one ("USD năm 2021"). */
  note: string | null
  citation: Citation
}

export interface ComparisonRow {
  /** The entry id of an APEC member; for an ASEAN member outside APEC a plain id ("myanmar"). */
  id: string
  title: string
  /** The entry to link to; null for an ASEAN member that is not an APEC economy (it has no entry). */
  entryId: string | null
  values: Record<string, ComparisonValue>
}

/** The members' figures summed, with the years summed and the world's figure it is a share of. */
export interface GroupTotal {
  key: string
  label: string
  unit: QuantityUnit
  amount: number
  display: string
  /**
   * Which year's figure of each member went into the sum: one year for all when every member has it
   * (the latest such year), else each member's latest, listed by year.
   */
  years: { year: number; members: string[] }[]
  /** Members without the figure, left out of the sum (named, never silently). */
  missing: string[]
  world: { amount: number; year: number; display: string } | null
  /** The total as a percentage of the world's figure; null when the world's figure is missing. */
  share: { amount: number; display: string } | null
}

export interface ComparisonTable {
  group: ComparisonGroup
  indicators: IndicatorInfo[]
  rows: ComparisonRow[]
  totals: GroupTotal[]
  /** Where every figure of the table comes from. */
  citation: Citation
}
