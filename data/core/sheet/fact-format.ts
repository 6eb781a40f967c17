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

/**
 * One row of the fact box and the sheets: the claims of one key that read alike (one row citing
 * every source that gives them), or a group of claims the sources disagree on.
 */
export type FactRow = { kind: 'fact'; claims: [Fact, ...Fact[]] } | { kind: 'conflict'; key: string; facts: Fact[] }

/**
 * The rows of a fact table, the entry page's and the sheets' alike. Claims of one key the sources
 * disagree on (claimsConflict) are grouped in the place of the first of them. Claims that read the
 * same (label, value and "tính đến" as shown) are one row citing each source: the 12 founders'
 * "Tư cách: Thành viên sáng lập" from the APEC history and from Wikipedia is one row, not the same
 * line twice. A label of its own ("Năm (theo Wikipedia tiếng Việt)") or another date keeps its row.
 */
export function groupFacts(facts: readonly Fact[]): FactRow[] {
  const conflicting = new Set<string>()
  for (const a of facts) {
    for (const b of facts) {
      if (a.key === b.key && claimsConflict(a, b)) conflicting.add(a.key)
    }
  }
  const rows: FactRow[] = []
  const placedConflicts = new Set<string>()
  const claimsOf = new Map<string, [Fact, ...Fact[]]>()
  for (const fact of facts) {
    if (conflicting.has(fact.key)) {
      if (placedConflicts.has(fact.key)) continue
      placedConflicts.add(fact.key)
      rows.push({ kind: 'conflict', key: fact.key, facts: facts.filter((other) => other.key === fact.key) })
      continue
    }
    const reading = agreementKey(fact)
    const claims = claimsOf.get(reading)
    if (claims) {
      // The row stands where its first claim does; later claims only add their sources to it.
      claims.push(fact)
    } else {
      const first: [Fact, ...Fact[]] = [fact]
      claimsOf.set(reading, first)
      rows.push({ kind: 'fact', claims: first })
    }
  }
  return rows
}

/** What a reader compares: the shown label, value and "tính đến", spacing and Unicode form aside. */
function agreementKey(fact: Fact): string {
  const shown = [fact.label, formatFactValue(fact.value, fact.valueKind), fact.asOf ? formatAsOf(fact.asOf) : '']
  return [fact.key, ...shown.map(normalised)].join('\u0000')
}

function normalised(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}
