import type { Fact } from '../api-contract'
import type { FactValueKind } from '../entry-types'
import { claimsConflict } from '../fact-conflict'
import { SHEET_WORDING } from './sheet-wording'

const MONTH = /^(\d{4})-(\d{2})$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** "1998-11" → "tháng 11/1998", "2020-11-16" → "16/11/2020"; anything else is shown as written. */
export function formatDateValue(value: string): string {
  const day = DAY.exec(value)
  if (day) return `${day[3]}/${day[2]}/${day[1]}`
  const month = MONTH.exec(value)
  if (month) return SHEET_WORDING.month(Number(month[2]), month[1] ?? '')
  return value
}

export function formatFactValue(value: string, kind: FactValueKind): string {
  switch (kind) {
    case 'year':
    case 'month':
    case 'date':
      return formatDateValue(value)
    case 'number': {
      const number = Number(value)
      return Number.isFinite(number) ? number.toLocaleString('vi-VN') : value
    }
    case 'text':
      return value
  }
}

export function formatAsOf(asOf: string): string {
  return SHEET_WORDING.asOf(formatDateValue(asOf))
}

/** One row of the fact box, or a group of claims the sources disagree on. */
export type FactRow = { kind: 'fact'; fact: Fact } | { kind: 'conflict'; key: string; facts: Fact[] }

/** Groups the facts of one key whose sources disagree (claimsConflict), in the place of the first of them. */
export function groupFacts(facts: readonly Fact[]): FactRow[] {
  const conflicting = new Set<string>()
  for (const a of facts) {
    for (const b of facts) {
      if (a.key === b.key && claimsConflict(a, b)) conflicting.add(a.key)
    }
  }
  const rows: FactRow[] = []
  const placed = new Set<string>()
  for (const fact of facts) {
    if (!conflicting.has(fact.key)) {
      rows.push({ kind: 'fact', fact })
    } else if (!placed.has(fact.key)) {
      placed.add(fact.key)
      rows.push({ kind: 'conflict', key: fact.key, facts: facts.filter((other) => other.key === fact.key) })
    }
  }
  return rows
}
