import type { Citation, Fact } from '../api-contract'
import { CatalogError } from '../error-codes'
import type { SqlDatabase } from '../sql-database'
import type { ComparisonGroup, ComparisonRow, ComparisonTable, ComparisonValue, GroupTotal } from './comparison-types'
import { figuresByKeys, listEconomies, type EconomyRecord } from './economy-figures'
import { INDICATORS, type Indicator } from './indicators'
import { formatQuantity, type Quantity } from './quantity'

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })

/**
 * The comparison of a group's members over every indicator: each economy's latest figure (its own
 * year, which differs between economies), and for population and GDP the group's total as a share
 * of the world's, saying which years were added up.
 */
export function comparisonTable(db: SqlDatabase, group: ComparisonGroup): ComparisonTable {
  const economies = listEconomies(db)
  const members = economies.filter((economy) => economy[group]).sort((a, b) => collator.compare(a.title, b.title))
  if (members.length === 0) throw new CatalogError('not-found', `the pack has no economy figures for ${group}`)
  const world = economies.find((economy) => economy.world) ?? null
  const figures = figuresOf(db)
  const rows = members.map((member): ComparisonRow => {
    const values: Record<string, ComparisonValue> = {}
    for (const indicator of INDICATORS) {
      const latest = latestFigure(figures.get(member.id)?.get(indicator.key) ?? [])
      if (latest) values[indicator.key] = comparisonValue(latest)
    }
    return { id: member.id, title: member.title, entryId: member.entryId, values }
  })
  const citation = firstCitation(figures)
  if (citation === null) throw new CatalogError('not-found', 'the pack has no economy figures')
  return {
    group,
    indicators: INDICATORS.map(({ key, label, unit }) => ({ key, label, unit })),
    rows,
    totals: INDICATORS.filter((indicator) => indicator.summable).map((indicator) =>
      groupTotal(indicator, members, world, figures),
    ),
    citation,
  }
}

/** A figure with its number: indicators always have one. */
interface Figure {
  fact: Fact
  quantity: Quantity
}

/** economy id → indicator key → that indicator's figures (one per year). */
type FigureIndex = Map<string, Map<string, Figure[]>>

function figuresOf(db: SqlDatabase): FigureIndex {
  const index: FigureIndex = new Map()
  for (const { economyId, fact } of figuresByKeys(db, INDICATORS.map((indicator) => indicator.key))) {
    if (!fact.quantity) continue
    const byKey = index.get(economyId) ?? new Map<string, Figure[]>()
    byKey.set(fact.key, [...(byKey.get(fact.key) ?? []), { fact, quantity: fact.quantity }])
    index.set(economyId, byKey)
  }
  return index
}

/** The figure of the latest year; a figure without a year (an area) stands alone. */
function latestFigure(figures: readonly Figure[]): Figure | null {
  let latest: Figure | null = null
  for (const figure of figures) {
    if (latest === null || (figure.quantity.year ?? 0) > (latest.quantity.year ?? 0)) latest = figure
  }
  return latest
}

function comparisonValue({ fact, quantity }: Figure): ComparisonValue {
  return { ...quantity, display: fact.value, note: fact.note, citation: fact.citation }
}

function firstCitation(figures: FigureIndex): Citation | null {
  for (const byKey of figures.values()) {
    for (const list of byKey.values()) {
      const first = list[0]
      if (first) return first.fact.citation
    }
  }
  return null
}

/**
 * The sum of the members' figures. One year for everyone when every member has it (the latest such
 * year), so the total describes one year; otherwise each member's latest, and the years say so.
 */
function groupTotal(
  indicator: Indicator,
  members: readonly EconomyRecord[],
  world: EconomyRecord | null,
  figures: FigureIndex,
): GroupTotal {
  const dated = (economy: EconomyRecord) =>
    (figures.get(economy.id)?.get(indicator.key) ?? []).filter((figure) => figure.quantity.year !== null)
  const series = members.map((member) => ({ member, figures: dated(member) }))
  const present = series.filter((item) => item.figures.length > 0)
  const missing = series.filter((item) => item.figures.length === 0).map((item) => item.member.title)
  const hasYear = (list: readonly Figure[], year: number) => list.some((figure) => figure.quantity.year === year)
  const common = (present[0]?.figures ?? [])
    .map((figure) => figure.quantity.year ?? 0)
    .filter((year) => present.every((item) => hasYear(item.figures, year)))
  const commonYear = common.length > 0 ? Math.max(...common) : null
  const pick = (list: readonly Figure[]) =>
    (commonYear === null ? null : list.find((figure) => figure.quantity.year === commonYear)) ?? latestFigure(list)
  const chosen = present.flatMap((item) => {
    const figure = pick(item.figures)
    return figure ? [{ title: item.member.title, quantity: figure.quantity }] : []
  })
  const amount = chosen.reduce((sum, item) => sum + item.quantity.amount, 0)
  const byYear = new Map<number, string[]>()
  for (const item of chosen) {
    const year = item.quantity.year ?? 0
    byYear.set(year, [...(byYear.get(year) ?? []), item.title])
  }
  const worldFigure = world ? pick(dated(world)) : null
  const worldYear = worldFigure?.quantity.year ?? null
  const share = worldFigure && worldFigure.quantity.amount > 0 ? (amount / worldFigure.quantity.amount) * 100 : null
  return {
    key: indicator.key,
    label: indicator.label,
    unit: indicator.unit,
    amount,
    display: formatQuantity(amount, indicator.unit),
    years: [...byYear.entries()].sort(([a], [b]) => b - a).map(([year, names]) => ({ year, members: names })),
    missing,
    world:
      worldFigure && worldYear !== null
        ? { amount: worldFigure.quantity.amount, year: worldYear, display: worldFigure.fact.value }
        : null,
    share: share === null ? null : { amount: share, display: formatQuantity(share, 'percent') },
  }
}
