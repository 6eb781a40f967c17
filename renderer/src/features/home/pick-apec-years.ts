import type { ApecYear } from '../../../../data/core/api-contract'

/** The year to feature and the years before it, newest first. */
export interface PickedYears {
  /** The APEC year under way, when the pack has an entry for it. */
  thisYear: ApecYear | null
  /** The year shown first when there is none for this year: the latest the pack has up to now. */
  featured: ApecYear | null
  recent: ApecYear[]
}

/**
 * Picks what the home page shows of the APEC years: this year's (by the machine's clock) and the
 * `count` before it; or, when the pack has no entry for this year (an old pack, a new year), the
 * latest year it has up to now and the ones before that.
 */
export function pickApecYears(years: readonly ApecYear[], currentYear: number, count: number): PickedYears {
  const newestFirst = [...years].sort((a, b) => b.year - a.year)
  const thisYear = newestFirst.find((year) => year.year === currentYear) ?? null
  const upToNow = newestFirst.filter((year) => year.year <= currentYear)
  const featured = thisYear ?? upToNow[0] ?? newestFirst[0] ?? null
  const recent = newestFirst.filter((year) => featured !== null && year.year < featured.year).slice(0, count)
  return { thisYear, featured, recent }
}
