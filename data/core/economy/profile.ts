import type { Citation, Fact } from '../api-contract'
import { FIGURE_KEYS, INDICATORS, SHEET_INDICATOR_KEYS, isFigureKey, type Indicator } from './indicators'

/** One indicator of an economy: its figures oldest year first, and the latest of them. */
export interface ProfileIndicator {
  indicator: Indicator
  figures: Fact[]
  latest: Fact
}

/** An economy's Factbook figures as the entry page and the sheet lay them out. */
export interface EconomyProfile {
  capital: Fact | null
  /** In the order of INDICATORS; indicators the economy has no figure for are left out. */
  indicators: ProfileIndicator[]
  exportPartners: Fact[]
  importPartners: Fact[]
  /** The source every figure cites (the Factbook). */
  citation: Citation
}

const yearOf = (fact: Fact): number => fact.quantity?.year ?? 0

/** Groups an entry's figures; null for an entry without any (all but the 21 economies). */
export function economyProfile(facts: readonly Fact[]): EconomyProfile | null {
  const figures = facts.filter((fact) => isFigureKey(fact.key))
  const first = figures[0]
  if (!first) return null
  const indicators = INDICATORS.flatMap((indicator): ProfileIndicator[] => {
    const series = figures.filter((fact) => fact.key === indicator.key && fact.quantity).sort((a, b) => yearOf(a) - yearOf(b))
    const latest = series.at(-1)
    return latest ? [{ indicator, figures: series, latest }] : []
  })
  return {
    capital: figures.find((fact) => fact.key === FIGURE_KEYS.capital) ?? null,
    indicators,
    exportPartners: figures.filter((fact) => fact.key === FIGURE_KEYS.exportPartner),
    importPartners: figures.filter((fact) => fact.key === FIGURE_KEYS.importPartner),
    citation: first.citation,
  }
}

/** The entry's own facts, without the figures (they have their own section). */
export function ownFacts(facts: readonly Fact[]): Fact[] {
  return facts.filter((fact) => !isFigureKey(fact.key))
}

/** The indicators the one-page sheet shows under "Chỉ số chính", in SHEET_INDICATOR_KEYS order. */
export function sheetIndicators(profile: EconomyProfile): ProfileIndicator[] {
  return SHEET_INDICATOR_KEYS.flatMap((key) => profile.indicators.filter((item) => item.indicator.key === key))
}
